using Azure.Storage.Queues;
using Polly;

namespace NetralitasSearch.Storage;

/// <summary>
/// <see cref="IQueueStore"/> over Azure.Storage.Queues 12; messages are Base64, as the Functions queue trigger reads
/// them (host.json <c>messageEncoding</c>). Every call goes through <see cref="StorageRetry.Transient"/>.
/// </summary>
public sealed class AzureQueueStore(QueueServiceClient client) : IQueueStore
{
    private static readonly ResiliencePipeline Retry = StorageRetry.Transient;

    public async Task EnsureQueueAsync(string queue, CancellationToken cancellationToken = default) =>
        await Retry.ExecuteAsync(async token => await client.GetQueueClient(queue).CreateIfNotExistsAsync(cancellationToken: token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    public async Task AddAsync(string queue, string message, TimeSpan? initialVisibilityDelay = null, CancellationToken cancellationToken = default) =>
        await Retry.ExecuteAsync(async token => await client.GetQueueClient(queue).SendMessageAsync(message, initialVisibilityDelay, cancellationToken: token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<QueueMessage>> ReceiveAsync(string queue, int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxMessages, 32);
        var messages = await Retry.ExecuteAsync(async token => (await client.GetQueueClient(queue).ReceiveMessagesAsync(maxMessages, visibilityTimeout, token).ConfigureAwait(false)).Value, cancellationToken).ConfigureAwait(false);
        return messages.Select(m => new QueueMessage(m.MessageId, m.PopReceipt, (int)Math.Min(m.DequeueCount, int.MaxValue), m.Body.ToString(), m.InsertedOn)).ToList();
    }

    public async Task DeleteAsync(string queue, QueueMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        await Retry.ExecuteAsync(async token => await client.GetQueueClient(queue).DeleteMessageAsync(message.Id, message.PopReceipt, token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    public async Task<QueueMessage> SetVisibilityAsync(string queue, QueueMessage message, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var receipt = await Retry.ExecuteAsync(async token => (await client.GetQueueClient(queue).UpdateMessageAsync(message.Id, message.PopReceipt, visibilityTimeout: visibilityTimeout, cancellationToken: token).ConfigureAwait(false)).Value, cancellationToken).ConfigureAwait(false);
        return message with { PopReceipt = receipt.PopReceipt };
    }

    public async Task<int> ApproximateCountAsync(string queue, CancellationToken cancellationToken = default) =>
        await Retry.ExecuteAsync(async token => (await client.GetQueueClient(queue).GetPropertiesAsync(token).ConfigureAwait(false)).Value.ApproximateMessagesCount, cancellationToken).ConfigureAwait(false);
}

using Microsoft.WindowsAzure.Storage.Queue;

namespace NetralitasSearch.Storage;

/// <summary><see cref="IQueueStore"/> over WindowsAzure.Storage; messages are Base64 as the Functions queue trigger expects.</summary>
public sealed class CloudQueueStore(CloudQueueClient client) : IQueueStore
{
    private static readonly QueueRequestOptions RequestOptions = new()
    {
        ServerTimeout = TimeSpan.FromSeconds(30),
        MaximumExecutionTime = TimeSpan.FromSeconds(60),
        RetryPolicy = new Microsoft.WindowsAzure.Storage.RetryPolicies.ExponentialRetry(TimeSpan.FromMilliseconds(500), 3),
    };

    public async Task EnsureQueueAsync(string queue, CancellationToken cancellationToken = default) =>
        await client.GetQueueReference(queue).CreateIfNotExistsAsync(RequestOptions, null, cancellationToken).ConfigureAwait(false);

    public async Task AddAsync(string queue, string message, TimeSpan? initialVisibilityDelay = null, CancellationToken cancellationToken = default) =>
        await client.GetQueueReference(queue).AddMessageAsync(new CloudQueueMessage(message), null, initialVisibilityDelay, RequestOptions, null, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<QueueMessage>> ReceiveAsync(string queue, int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxMessages, 32);
        var messages = await client.GetQueueReference(queue).GetMessagesAsync(maxMessages, visibilityTimeout, RequestOptions, null, cancellationToken).ConfigureAwait(false);
        return messages.Select(m => new QueueMessage(m.Id, m.PopReceipt, m.DequeueCount, m.AsString, m.InsertionTime)).ToList();
    }

    public async Task DeleteAsync(string queue, QueueMessage message, CancellationToken cancellationToken = default) =>
        await client.GetQueueReference(queue).DeleteMessageAsync(message.Id, message.PopReceipt, RequestOptions, null, cancellationToken).ConfigureAwait(false);

    public async Task<QueueMessage> SetVisibilityAsync(string queue, QueueMessage message, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        var cloudMessage = new CloudQueueMessage(message.Id, message.PopReceipt);
        await client.GetQueueReference(queue).UpdateMessageAsync(cloudMessage, visibilityTimeout, MessageUpdateFields.Visibility, RequestOptions, null, cancellationToken).ConfigureAwait(false);
        return message with { PopReceipt = cloudMessage.PopReceipt };
    }

    public async Task<int> ApproximateCountAsync(string queue, CancellationToken cancellationToken = default)
    {
        var reference = client.GetQueueReference(queue);
        await reference.FetchAttributesAsync(RequestOptions, null, cancellationToken).ConfigureAwait(false);
        return reference.ApproximateMessageCount ?? 0;
    }
}

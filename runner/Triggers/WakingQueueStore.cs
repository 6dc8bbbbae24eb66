using NetralitasSearch.Storage;

namespace NetralitasSearch.LocalRunner.Triggers;

/// <summary>The app's <see cref="IQueueStore"/>, telling <see cref="QueueWakeups"/> of every message it puts on a queue visible at once.</summary>
public sealed class WakingQueueStore(IQueueStore queues, QueueWakeups wakeups) : IQueueStore
{
    public Task EnsureQueueAsync(string queue, CancellationToken cancellationToken = default) => queues.EnsureQueueAsync(queue, cancellationToken);

    public async Task AddAsync(string queue, string message, TimeSpan? initialVisibilityDelay = null, CancellationToken cancellationToken = default)
    {
        await queues.AddAsync(queue, message, initialVisibilityDelay, cancellationToken).ConfigureAwait(false);
        if (initialVisibilityDelay is null || initialVisibilityDelay <= TimeSpan.Zero)
        {
            wakeups.Notify(queue);
        }
    }

    public Task<IReadOnlyList<QueueMessage>> ReceiveAsync(string queue, int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default) =>
        queues.ReceiveAsync(queue, maxMessages, visibilityTimeout, cancellationToken);

    public Task DeleteAsync(string queue, QueueMessage message, CancellationToken cancellationToken = default) => queues.DeleteAsync(queue, message, cancellationToken);

    public Task<QueueMessage> SetVisibilityAsync(string queue, QueueMessage message, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default) =>
        queues.SetVisibilityAsync(queue, message, visibilityTimeout, cancellationToken);

    public Task<int> ApproximateCountAsync(string queue, CancellationToken cancellationToken = default) => queues.ApproximateCountAsync(queue, cancellationToken);
}

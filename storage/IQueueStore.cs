namespace NetralitasSearch.Storage;

/// <summary>The queue operations the trigger machinery needs: at-least-once delivery with visibility timeouts.</summary>
public interface IQueueStore
{
    Task EnsureQueueAsync(string queue, CancellationToken cancellationToken = default);

    Task AddAsync(string queue, string message, TimeSpan? initialVisibilityDelay = null, CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="maxMessages"/> (1..32) messages, hidden from others for <paramref name="visibilityTimeout"/>.</summary>
    Task<IReadOnlyList<QueueMessage>> ReceiveAsync(string queue, int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default);

    Task DeleteAsync(string queue, QueueMessage message, CancellationToken cancellationToken = default);

    /// <summary>Hides a held message for another <paramref name="visibilityTimeout"/> (a retry delay, or more time to finish).</summary>
    Task<QueueMessage> SetVisibilityAsync(string queue, QueueMessage message, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default);

    Task<int> ApproximateCountAsync(string queue, CancellationToken cancellationToken = default);
}

using System.Collections.Concurrent;

namespace NetralitasSearch.LocalRunner.Triggers;

/// <summary>
/// Lets a queue listener of this process stop waiting as soon as this process puts a message on its queue (the scan
/// queuing a change, a delivery queued by a match): the message is then taken at once instead of after the rest of the
/// listener's polling back-off. Messages from other processes are still found by polling, as the Functions host finds them.
/// </summary>
public sealed class QueueWakeups
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> waiting = new(StringComparer.Ordinal);

    public void Notify(string queue)
    {
        if (waiting.TryRemove(queue, out var signal))
        {
            signal.TrySetResult();
        }
    }

    /// <summary>Waits <paramref name="delay"/>, or less when a message is put on <paramref name="queue"/> meanwhile.</summary>
    public async Task WaitAsync(string queue, TimeSpan delay, CancellationToken cancellationToken)
    {
        var signal = waiting.GetOrAdd(queue, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        try
        {
            await signal.Task.WaitAsync(delay, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // The whole delay passed without a message from this process.
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}

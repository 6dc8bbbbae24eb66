using Microsoft.Extensions.Logging;
using NetralitasSearch.Storage;

namespace NetralitasSearch.LocalRunner.Triggers;

/// <summary>
/// Keeps a message hidden while its function runs: renews the visibility at half the lease, so a slow
/// invocation is not handed to another worker, and a crash lets the message reappear within one lease.
/// </summary>
internal sealed partial class MessageLease : IDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task renewal;
    private QueueMessage current;

    public MessageLease(IQueueStore queues, string queue, QueueMessage message, TimeSpan lease, ILogger logger)
    {
        current = message;
        renewal = Task.Run(async () =>
        {
            var interval = lease / 2;
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    await Task.Delay(interval, stop.Token).ConfigureAwait(false);
                    var renewed = await queues.SetVisibilityAsync(queue, current, lease, stop.Token).ConfigureAwait(false);
                    lock (stop)
                    {
                        current = renewed;
                    }
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                catch (Exception exception)
                {
                    LogRenewFailed(logger, exception, message.Id);
                }
            }
        });
    }

    /// <summary>The message with its latest pop receipt (renewing changes it).</summary>
    public QueueMessage Current
    {
        get
        {
            lock (stop)
            {
                return current;
            }
        }
    }

    /// <summary>Stops renewing and waits for a renewal in flight, so <see cref="Current"/> is final.</summary>
    public QueueMessage Stop()
    {
        if (!stop.IsCancellationRequested)
        {
            stop.Cancel();
            try
            {
                renewal.Wait(TimeSpan.FromSeconds(5));
            }
            catch (AggregateException)
            {
                // The renewal loop logs its own failures.
            }
        }

        return Current;
    }

    public void Dispose()
    {
        Stop();
        stop.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not renew the lease of message {MessageId}")]
    private static partial void LogRenewFailed(ILogger logger, Exception exception, string messageId);
}

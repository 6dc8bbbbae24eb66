using Azure.Storage.Queues.Models;
using NetralitasSearch.Functions.Triggers;
using NetralitasSearch.Storage;

namespace NetralitasSearch.LocalRunner.Triggers;

/// <summary>
/// The queue trigger of one function, as the Functions host runs it and with host.json's <c>extensions.queues</c>:
/// fetches up to batchSize messages, a new batch when fewer than newBatchThreshold are still running, at most
/// <paramref name="parallelism"/> at once; polling backs off to maxPollingInterval on an empty queue, and wakes at once
/// when this process puts a message on it (<see cref="QueueWakeups"/>). A message is
/// hidden while its invocation runs (renewed, <see cref="MessageLease"/>), deleted when it succeeds, shown again after
/// visibilityTimeout × 2^(attempt−1) (at most ten minutes) when it throws, and moved to <c>{queue}-poison</c> after
/// maxDequeueCount attempts, as the host names poison queues.
/// </summary>
public sealed partial class QueueTriggerListener(
    FunctionDescriptor function,
    int parallelism,
    IServiceProvider services,
    IQueueStore queues,
    QueueTriggerOptions queueOptions,
    HostExtensionOptions hostOptions,
    HostReadiness readiness,
    QueueWakeups wakeups,
    ILogger<QueueTriggerListener> logger) : BackgroundService
{
    private static readonly TimeSpan MinPollingInterval = TimeSpan.FromMilliseconds(100);

    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(10);

    private string Queue => function.Target;

    private string PoisonQueue => function.Target + "-poison";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.WaitAsync(stoppingToken).ConfigureAwait(false);
        await StorageRetry.UntilAvailable().ExecuteAsync(
            async token =>
            {
                await queues.EnsureQueueAsync(Queue, token).ConfigureAwait(false);
                await queues.EnsureQueueAsync(PoisonQueue, token).ConfigureAwait(false);
            },
            stoppingToken).ConfigureAwait(false);

        using var slots = new SemaphoreSlim(Math.Max(1, parallelism));
        var running = new List<Task>();
        var delay = MinPollingInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            running.RemoveAll(task => task.IsCompleted);
            if (running.Count > Math.Max(queueOptions.NewBatchThreshold, 0))
            {
                await Task.WhenAny(running).ConfigureAwait(false);
                continue;
            }

            IReadOnlyList<Storage.QueueMessage> messages;
            try
            {
                messages = await queues.ReceiveAsync(Queue, Math.Clamp(queueOptions.BatchSize, 1, 32), hostOptions.MessageLease, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogPollFailed(logger, exception, Queue);
                messages = [];
            }

            if (messages.Count == 0)
            {
                await wakeups.WaitAsync(Queue, delay, stoppingToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, Math.Max(queueOptions.MaxPollingInterval.Ticks, MinPollingInterval.Ticks)));
                continue;
            }

            delay = MinPollingInterval;
            foreach (var message in messages)
            {
                await slots.WaitAsync(stoppingToken).ConfigureAwait(false);
                running.Add(Task.Run(
                    async () =>
                    {
                        try
                        {
                            await ProcessAsync(message, stoppingToken).ConfigureAwait(false);
                        }
                        finally
                        {
                            slots.Release();
                        }
                    },
                    CancellationToken.None));
            }
        }

        await Task.WhenAll(running).ConfigureAwait(false);
    }

    private async Task ProcessAsync(Storage.QueueMessage message, CancellationToken stoppingToken)
    {
        if (message.DequeueCount > queueOptions.MaxDequeueCount)
        {
            // Its invocations never came back (the host died in each): given up without another try.
            await PoisonAsync(message, stoppingToken).ConfigureAwait(false);
            return;
        }

        using var lease = new MessageLease(queues, Queue, message, hostOptions.MessageLease, logger);
        try
        {
            var input = new FunctionInvoker.Input(Message: QueuesModelFactory.QueueMessage(message.Id, message.PopReceipt, message.Text, message.DequeueCount, null, message.InsertedOn, null));
            await FunctionInvoker.InvokeAsync(services, function, input, stoppingToken).ConfigureAwait(false);
            await queues.DeleteAsync(Queue, lease.Stop(), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            if (message.DequeueCount >= queueOptions.MaxDequeueCount)
            {
                LogFailedFinally(logger, exception, function.Name, message.Id, message.DequeueCount);
                await PoisonAsync(lease.Stop(), stoppingToken).ConfigureAwait(false);
                return;
            }

            var delay = Backoff(message.DequeueCount);
            LogFailedWillRetry(logger, exception, function.Name, message.Id, message.DequeueCount, delay);
            await TryReleaseAsync(lease.Stop(), delay).ConfigureAwait(false);
        }
    }

    /// <summary>visibilityTimeout × 2^(attempt−1), at most ten minutes.</summary>
    private TimeSpan Backoff(int attempt)
    {
        var first = queueOptions.VisibilityTimeout > TimeSpan.Zero ? queueOptions.VisibilityTimeout : TimeSpan.FromSeconds(1);
        return TimeSpan.FromTicks((long)Math.Min(first.Ticks * Math.Pow(2, Math.Clamp(attempt - 1, 0, 16)), MaxBackoff.Ticks));
    }

    private async Task PoisonAsync(Storage.QueueMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await queues.AddAsync(PoisonQueue, message.Text, cancellationToken: cancellationToken).ConfigureAwait(false);
            await queues.DeleteAsync(Queue, message, cancellationToken).ConfigureAwait(false);
            LogPoisoned(logger, function.Name, message.Id, PoisonQueue);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The message stays in the queue and comes back; poisoning is tried again then.
            LogPoisonFailed(logger, exception, message.Id);
        }
    }

    private async Task TryReleaseAsync(Storage.QueueMessage message, TimeSpan delay)
    {
        try
        {
            await queues.SetVisibilityAsync(Queue, message, delay, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            // Not fatal: the message reappears when its lease runs out.
            LogReleaseFailed(logger, exception, message.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Function}: message {MessageId} failed on attempt {Attempt}; retrying after {Delay}")]
    private static partial void LogFailedWillRetry(ILogger logger, Exception exception, string function, string messageId, int attempt, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Function}: message {MessageId} failed on attempt {Attempt}, the last one")]
    private static partial void LogFailedFinally(ILogger logger, Exception exception, string function, string messageId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Function}: message {MessageId} moved to {PoisonQueue}")]
    private static partial void LogPoisoned(ILogger logger, string function, string messageId, string poisonQueue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not poison message {MessageId}; it will come back")]
    private static partial void LogPoisonFailed(ILogger logger, Exception exception, string messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not release message {MessageId}; it reappears when its lease ends")]
    private static partial void LogReleaseFailed(ILogger logger, Exception exception, string messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Polling queue {Queue} failed; storage may be unreachable")]
    private static partial void LogPollFailed(ILogger logger, Exception exception, string queue);
}

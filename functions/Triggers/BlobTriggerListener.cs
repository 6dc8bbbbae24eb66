using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Triggers;

/// <summary>
/// The dispatching half of the Functions blob trigger: takes {container, name, etag} messages from the queue,
/// downloads the blob, runs the function, then writes the receipt and deletes the message. Up to
/// maxDegreeOfParallelism invocations run at once; polling backs off to maxPollingInterval on an empty queue; a
/// message that throws is retried after visibilityTimeout and goes to the poison queue after maxDequeueCount
/// attempts. Knows nothing about what the function does with the blob.
/// </summary>
public sealed partial class BlobTriggerListener<TFunction>(
    BlobTriggerBinding binding,
    TFunction function,
    IBlobStore blobs,
    IQueueStore queues,
    BlobReceipts receipts,
    QueueTriggerOptions queueOptions,
    BlobTriggerOptions blobOptions,
    HostExtensionOptions hostOptions,
    HostReadiness readiness,
    ILogger<BlobTriggerListener<TFunction>> logger) : BackgroundService
    where TFunction : IBlobTriggerFunction
{
    private static readonly TimeSpan MinPollingInterval = TimeSpan.FromMilliseconds(100);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.WaitAsync(stoppingToken).ConfigureAwait(false);
        var parallelism = Math.Max(1, blobOptions.MaxDegreeOfParallelism);
        using var slots = new SemaphoreSlim(parallelism);
        var running = new List<Task>();
        var delay = MinPollingInterval;

        while (!stoppingToken.IsCancellationRequested)
        {
            running.RemoveAll(task => task.IsCompleted);
            if (running.Count > Math.Max(queueOptions.NewBatchThreshold, 0) && running.Count > 0)
            {
                await Task.WhenAny(running).ConfigureAwait(false);
                continue;
            }

            IReadOnlyList<QueueMessage> messages;
            try
            {
                messages = await queues.ReceiveAsync(binding.Queue, Math.Clamp(queueOptions.BatchSize, 1, 32), hostOptions.MessageLease, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogPollFailed(logger, exception, binding.Queue);
                messages = [];
            }

            if (messages.Count == 0)
            {
                await Delay(delay, stoppingToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, Math.Max(queueOptions.MaxPollingInterval.Ticks, MinPollingInterval.Ticks)));
                continue;
            }

            delay = MinPollingInterval;
            foreach (var message in messages)
            {
                await slots.WaitAsync(stoppingToken).ConfigureAwait(false);
                running.Add(Task.Run(async () =>
                {
                    try
                    {
                        await ProcessAsync(message, stoppingToken).ConfigureAwait(false);
                    }
                    finally
                    {
                        slots.Release();
                    }
                }, CancellationToken.None));
            }
        }

        await Task.WhenAll(running).ConfigureAwait(false);
    }

    private async Task ProcessAsync(QueueMessage message, CancellationToken stoppingToken)
    {
        var trigger = BlobTriggerMessage.TryParse(message.Text);
        if (trigger is null)
        {
            await PoisonAsync(message, null, "The queue message is not a blob trigger message {container, name, etag}.", stoppingToken).ConfigureAwait(false);
            return;
        }

        if (message.DequeueCount > queueOptions.MaxDequeueCount)
        {
            await PoisonAsync(message, trigger, $"Gave up after {message.DequeueCount - 1} attempts.", stoppingToken).ConfigureAwait(false);
            return;
        }

        using var lease = new MessageLease(queues, binding.Queue, message, hostOptions.MessageLease, logger);
        try
        {
            var outcome = await InvokeAsync(trigger, message, stoppingToken).ConfigureAwait(false);
            await queues.DeleteAsync(binding.Queue, lease.Stop(), CancellationToken.None).ConfigureAwait(false);
            if (outcome is not null)
            {
                LogInvoked(logger, binding.FunctionName, trigger.Name, outcome);
            }
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            if (message.DequeueCount >= queueOptions.MaxDequeueCount)
            {
                LogFailedFinally(logger, exception, binding.FunctionName, trigger.Name, message.DequeueCount);
                await PoisonAsync(lease.Stop(), trigger, $"Failed {message.DequeueCount} times; last error: {exception.Message}", stoppingToken).ConfigureAwait(false);
                return;
            }

            // Retryable trouble (storage down, a locked index): back off exponentially from visibilityTimeout.
            var delay = Backoff(message.DequeueCount);
            LogFailedWillRetry(logger, exception, binding.FunctionName, trigger.Name, message.DequeueCount, delay);
            await TryRecordAsync(trigger, BlobReceiptStatus.Queued, $"Attempt {message.DequeueCount} failed ({exception.Message}); retrying in {delay.TotalSeconds:0} s.", message.DequeueCount).ConfigureAwait(false);
            await TryReleaseAsync(lease.Stop(), delay).ConfigureAwait(false);
        }
    }

    /// <summary>visibilityTimeout × 2^(attempt−1), at most ten minutes.</summary>
    private TimeSpan Backoff(int attempt)
    {
        var first = queueOptions.VisibilityTimeout > TimeSpan.Zero ? queueOptions.VisibilityTimeout : TimeSpan.FromSeconds(1);
        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 16));
        return TimeSpan.FromTicks((long)Math.Min(first.Ticks * factor, TimeSpan.FromMinutes(10).Ticks));
    }

    /// <summary>Runs the function on the current version of the blob and records the outcome; null when there was nothing to do.</summary>
    private async Task<string?> InvokeAsync(BlobTriggerMessage trigger, QueueMessage message, CancellationToken cancellationToken)
    {
        var receipt = await receipts.GetAsync(trigger.Container, trigger.Name, cancellationToken).ConfigureAwait(false);
        if (trigger.ETag is not null && receipt?.ETag == trigger.ETag && receipt.IsFinal)
        {
            return null;
        }

        var content = await blobs.DownloadAsync(trigger.Container, trigger.Name, hostOptions.MaxBlobBytes, cancellationToken).ConfigureAwait(false);
        var queuedAt = receipt?.QueuedAt ?? message.InsertedOn;
        var started = DateTimeOffset.UtcNow;
        if (content is null)
        {
            // Listed with an ETag a moment ago (the scanner may not have marked it queued yet), yet "not found" by that
            // name: deleted since (the next scan then records the removal), or its real name has "." or ".." segments
            // that the storage client resolves to this one.
            var unreadable = trigger.ETag is null ? null : $"Listed as version {trigger.ETag}, but storage finds no blob by this name: it was deleted since, or its real name has '.' or '..' segments that the storage client resolves to this one (rename it without them).";
            if (receipt?.Status == BlobReceiptStatus.Deleted || (receipt is null && unreadable is null))
            {
                return null;
            }

            var removal = await function.RunAsync(new BlobTriggerInput(trigger.Container, trigger.Name, null, null, 0, null, new Dictionary<string, string>()), cancellationToken).ConfigureAwait(false);
            await receipts.WriteAsync(trigger.Container, trigger.Name, (receipt ?? new BlobReceipt(trigger.ETag!, BlobReceiptStatus.Failed)) with
            {
                Status = unreadable is null ? BlobReceiptStatus.Deleted : BlobReceiptStatus.Failed,
                Reason = unreadable,
                Detail = removal.Detail,
                Attempts = message.DequeueCount,
                QueuedAt = queuedAt,
                StartedAt = started,
                FinishedAt = DateTimeOffset.UtcNow,
            }, cancellationToken).ConfigureAwait(false);
            return unreadable is null ? removal.Detail ?? "deleted" : $"failed: {unreadable}";
        }

        if (receipt?.ETag == content.ETag && receipt.IsFinal)
        {
            return null;
        }

        var hash = content.IsTruncated ? null : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content.Content.Span));
        var entry = new BlobReceipt(content.ETag, BlobReceiptStatus.Processing)
        {
            Attempts = message.DequeueCount,
            QueuedAt = queuedAt,
            StartedAt = started,
            ContentHash = receipt?.ContentHash,
        };
        if (binding.SkipUnchanged && hash is not null && hash == receipt?.ContentHash)
        {
            await receipts.WriteAsync(trigger.Container, trigger.Name, entry with
            {
                Status = BlobReceiptStatus.Skipped,
                Reason = "Unchanged: the same bytes as the version already processed.",
                FinishedAt = DateTimeOffset.UtcNow,
            }, cancellationToken).ConfigureAwait(false);
            return "skipped (unchanged)";
        }

        await receipts.WriteAsync(trigger.Container, trigger.Name, entry, cancellationToken).ConfigureAwait(false);
        var input = new BlobTriggerInput(trigger.Container, trigger.Name, content.ETag, content.IsTruncated ? null : content.Content, content.Length, content.ContentType, content.Metadata, content.IsTruncated);
        var result = await function.RunAsync(input, cancellationToken).ConfigureAwait(false);
        if (result.Succeeded)
        {
            await receipts.WriteAsync(trigger.Container, trigger.Name, entry with
            {
                Status = BlobReceiptStatus.Processed,
                Detail = result.Detail,
                ContentHash = hash,
                FinishedAt = DateTimeOffset.UtcNow,
            }, cancellationToken).ConfigureAwait(false);
            return result.Detail ?? "processed";
        }

        // A content failure: retrying cannot help, so it is recorded and poisoned now, not after five attempts.
        await receipts.WriteAsync(trigger.Container, trigger.Name, entry with
        {
            Status = BlobReceiptStatus.Failed,
            Reason = result.Reason,
            FinishedAt = DateTimeOffset.UtcNow,
        }, cancellationToken).ConfigureAwait(false);
        await queues.AddAsync(binding.PoisonQueue, PoisonText(trigger with { ETag = content.ETag }, result.Reason ?? "failed", message.DequeueCount), cancellationToken: cancellationToken).ConfigureAwait(false);
        return $"failed: {result.Reason}";
    }

    private async Task PoisonAsync(QueueMessage message, BlobTriggerMessage? trigger, string reason, CancellationToken cancellationToken)
    {
        try
        {
            if (trigger is not null)
            {
                await RecordAsync(trigger, BlobReceiptStatus.Poisoned, reason, message.DequeueCount, cancellationToken).ConfigureAwait(false);
            }

            await queues.AddAsync(binding.PoisonQueue, trigger is null ? message.Text : PoisonText(trigger, reason, message.DequeueCount), cancellationToken: cancellationToken).ConfigureAwait(false);
            await queues.DeleteAsync(binding.Queue, message, cancellationToken).ConfigureAwait(false);
            LogPoisoned(logger, binding.FunctionName, trigger?.Name ?? message.Id, reason);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The message stays in the queue and comes back; poisoning is tried again then.
            LogPoisonFailed(logger, exception, message.Id);
        }
    }

    /// <summary>Writes a state with a reason onto the blob's receipt, keeping what it knew.</summary>
    private async Task RecordAsync(BlobTriggerMessage trigger, BlobReceiptStatus status, string reason, int attempts, CancellationToken cancellationToken)
    {
        var receipt = await receipts.GetAsync(trigger.Container, trigger.Name, cancellationToken).ConfigureAwait(false);
        var etag = trigger.ETag ?? receipt?.ETag ?? "";
        var entry = (receipt ?? new BlobReceipt(etag, status)) with
        {
            ETag = etag,
            Status = status,
            Reason = reason,
            Attempts = attempts,
            FinishedAt = status == BlobReceiptStatus.Poisoned ? DateTimeOffset.UtcNow : null,
        };
        await receipts.WriteAsync(trigger.Container, trigger.Name, entry, cancellationToken).ConfigureAwait(false);
    }

    private async Task TryRecordAsync(BlobTriggerMessage trigger, BlobReceiptStatus status, string reason, int attempts)
    {
        try
        {
            await RecordAsync(trigger, status, reason, attempts, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            // Storage may be what failed; the message comes back either way.
            LogReleaseFailed(logger, exception, trigger.Name);
        }
    }

    private static string PoisonText(BlobTriggerMessage trigger, string reason, int attempts) => JsonSerializer.Serialize(new
    {
        container = trigger.Container,
        name = trigger.Name,
        etag = trigger.ETag,
        reason,
        attempts,
        at = DateTimeOffset.UtcNow,
    });

    private async Task TryReleaseAsync(QueueMessage message, TimeSpan delay)
    {
        try
        {
            await queues.SetVisibilityAsync(binding.Queue, message, delay, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            // Not fatal: the message reappears when its lease runs out.
            LogReleaseFailed(logger, exception, message.Id);
        }
    }

    private static async Task Delay(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Function} {Blob}: {Outcome}")]
    private static partial void LogInvoked(ILogger logger, string function, string blob, string outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Function} {Blob} failed on attempt {Attempt}; retrying after {Delay}")]
    private static partial void LogFailedWillRetry(ILogger logger, Exception exception, string function, string blob, int attempt, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Function} {Blob} failed on attempt {Attempt}, the last one")]
    private static partial void LogFailedFinally(ILogger logger, Exception exception, string function, string blob, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Function} {Blob} moved to the poison queue: {Reason}")]
    private static partial void LogPoisoned(ILogger logger, string function, string blob, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not poison message {MessageId}; it will come back")]
    private static partial void LogPoisonFailed(ILogger logger, Exception exception, string messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not release message {MessageId}; it reappears when its lease ends")]
    private static partial void LogReleaseFailed(ILogger logger, Exception exception, string messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Polling queue {Queue} failed; storage may be unreachable")]
    private static partial void LogPollFailed(ILogger logger, Exception exception, string queue);
}

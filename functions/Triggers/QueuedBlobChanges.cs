using Microsoft.Extensions.Logging;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Triggers;

/// <summary>
/// The queue twin of a blob-triggered function: takes one message of the change queue ({container, name, etag}, from
/// the scan or a repair), runs the handler on the blob through <see cref="BlobVersionProcessor"/>, and keeps the
/// receipt truthful about the host's retries: a failed attempt is recorded as queued again with its error, the last
/// one (host.json maxDequeueCount) as poisoned, after which the host moves the message to the poison queue. A message
/// that is not a change goes to the poison queue at once.
/// </summary>
public sealed partial class QueuedBlobChanges(BlobVersionProcessor processor, IQueueStore queues, QueueTriggerOptions queueOptions, ILogger<QueuedBlobChanges> logger)
{
    public async Task RunAsync(BlobChangeBinding binding, IBlobHandler handler, BlobReceipts receipts, string text, int dequeueCount, DateTimeOffset? insertedOn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(binding);
        ArgumentNullException.ThrowIfNull(receipts);
        var change = BlobTriggerMessage.TryParse(text ?? "");
        if (change is null)
        {
            await queues.AddAsync(binding.PoisonQueue, text ?? "", cancellationToken: cancellationToken).ConfigureAwait(false);
            LogNotAChange(logger, binding.FunctionName, binding.Queue);
            return;
        }

        string? outcome;
        try
        {
            outcome = await processor.ProcessAsync(binding, handler, receipts, change, dequeueCount, insertedOn, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            var last = dequeueCount >= queueOptions.MaxDequeueCount;
            var reason = last
                ? $"Failed {dequeueCount} times; last error: {exception.Message}"
                : $"Attempt {dequeueCount} failed ({exception.Message}); retried after the queue's visibility timeout.";
            await TryRecordAsync(receipts, change, last ? BlobReceiptStatus.Poisoned : BlobReceiptStatus.Queued, reason, dequeueCount).ConfigureAwait(false);
            throw;
        }

        if (outcome is not null)
        {
            LogInvoked(logger, binding.FunctionName, change.Name, outcome);
        }
    }

    /// <summary>
    /// Writes a state with a reason onto the blob's receipt, keeping what it knew, only if the receipt is still the one
    /// read: a final state that another delivery of the same version wrote meanwhile (the message seen again after its
    /// visibility timeout while the first delivery still ran) stands. Overwriting it turned "processed" back into
    /// "queued" carrying that version's own content hash, so the retry recorded the version as skipped (unchanged).
    /// Storage may be what failed, so a failure here is only logged.
    /// </summary>
    private async Task TryRecordAsync(BlobReceipts receipts, BlobTriggerMessage change, BlobReceiptStatus status, string reason, int attempts)
    {
        try
        {
            var (receipt, receiptETag) = await receipts.GetWithETagAsync(change.Container, change.Name, CancellationToken.None).ConfigureAwait(false);
            var etag = change.ETag ?? receipt?.ETag ?? "";
            if (receipt is { IsFinal: true } && receipt.ETag == etag)
            {
                return;
            }

            var expected = receiptETag is null ? null : new BlobReceiptSummary(change.Name, receipt?.ETag ?? "", receipt?.Status ?? status, receipt?.UpdatedAt, receipt?.ContentHash, receiptETag);
            await receipts.TryWriteAsync(change.Container, change.Name, (receipt ?? new BlobReceipt(etag, status)) with
            {
                ETag = etag,
                Status = status,
                Reason = reason,
                Attempts = attempts,
                FinishedAt = status == BlobReceiptStatus.Poisoned ? DateTimeOffset.UtcNow : null,
            }, expected, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            LogRecordFailed(logger, exception, change.Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Function} {Blob}: {Outcome}")]
    private static partial void LogInvoked(ILogger logger, string function, string blob, string outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Function}: a message of {Queue} is not a blob change {{container, name, etag}}; moved to the poison queue")]
    private static partial void LogNotAChange(ILogger logger, string function, string queue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record the failed attempt on the receipt of {Blob}; the message comes back either way")]
    private static partial void LogRecordFailed(ILogger logger, Exception exception, string blob);
}

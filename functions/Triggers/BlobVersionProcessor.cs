using System.Security.Cryptography;
using System.Text.Json;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Triggers;

/// <summary>
/// Runs a blob handler on the current version of one blob and keeps its receipt, whichever host delivered the blob
/// (Azure's Event Grid blob trigger, or a message of the change queue): a version already finished is not run again,
/// a new version with the bytes already processed is skipped (when the binding says so), the receipt says
/// "processing" while the handler runs and its final state after it, written last. A blob gone is handed over as a
/// removal. Content the handler refuses is recorded as failed and put on the poison queue with its reason at once;
/// exceptions (I/O) go to the caller, whose host retries.
/// </summary>
public sealed class BlobVersionProcessor(IBlobStore blobs, IQueueStore queues, HostExtensionOptions hostOptions, HostReadiness readiness)
{
    /// <summary>
    /// What happened, for the log; null when there was nothing to do. <paramref name="attempt"/> is the queue's dequeue
    /// count; a delivery without one (Event Grid) counts on from the receipt of the same version.
    /// </summary>
    public async Task<string?> ProcessAsync(BlobChangeBinding binding, IBlobHandler handler, BlobReceipts receipts, BlobTriggerMessage change, int? attempt, DateTimeOffset? queuedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(binding);
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(receipts);
        ArgumentNullException.ThrowIfNull(change);
        await readiness.WaitAsync(cancellationToken).ConfigureAwait(false);
        var receipt = await receipts.GetAsync(change.Container, change.Name, cancellationToken).ConfigureAwait(false);
        if (!change.Force && change.ETag is not null && receipt?.ETag == change.ETag && receipt.IsFinal)
        {
            return null;
        }

        var content = await blobs.DownloadAsync(change.Container, change.Name, hostOptions.MaxBlobBytes, cancellationToken).ConfigureAwait(false);
        queuedAt = receipt?.QueuedAt ?? queuedAt;
        var started = DateTimeOffset.UtcNow;
        if (content is null)
        {
            return await RemoveAsync(handler, receipts, change, receipt, attempt ?? 1, queuedAt, started, cancellationToken).ConfigureAwait(false);
        }

        if (!change.Force && receipt?.ETag == content.ETag && receipt.IsFinal)
        {
            return null;
        }

        attempt ??= receipt?.ETag == content.ETag ? receipt.Attempts + 1 : 1;

        var hash = content.IsTruncated ? null : Convert.ToHexStringLower(SHA256.HashData(content.Content.Span));
        var entry = new BlobReceipt(content.ETag, BlobReceiptStatus.Processing)
        {
            Attempts = attempt.Value,
            QueuedAt = queuedAt,
            StartedAt = started,
            ContentHash = receipt?.ContentHash,
        };
        if (binding.SkipUnchanged && !change.Force && hash is not null && hash == receipt?.ContentHash)
        {
            await receipts.WriteAsync(change.Container, change.Name, entry with
            {
                Status = BlobReceiptStatus.Skipped,
                Reason = "Unchanged: the same bytes as the version already processed.",
                FinishedAt = DateTimeOffset.UtcNow,
            }, cancellationToken).ConfigureAwait(false);
            return "skipped (unchanged)";
        }

        await receipts.WriteAsync(change.Container, change.Name, entry, cancellationToken).ConfigureAwait(false);
        var input = new BlobTriggerInput(change.Container, change.Name, content.ETag, content.IsTruncated ? null : content.Content, content.Length, content.ContentType, content.Metadata, content.IsTruncated);
        var result = await handler.RunAsync(input, cancellationToken).ConfigureAwait(false);
        if (result.Succeeded)
        {
            await receipts.WriteAsync(change.Container, change.Name, entry with
            {
                Status = BlobReceiptStatus.Processed,
                Detail = result.Detail,
                ContentHash = hash,
                FinishedAt = DateTimeOffset.UtcNow,
            }, cancellationToken).ConfigureAwait(false);
            return result.Detail ?? "processed";
        }

        // A content failure: retrying cannot help, so it is recorded and poisoned now, not after five attempts.
        await receipts.WriteAsync(change.Container, change.Name, entry with
        {
            Status = BlobReceiptStatus.Failed,
            Reason = result.Reason,
            FinishedAt = DateTimeOffset.UtcNow,
        }, cancellationToken).ConfigureAwait(false);
        await queues.AddAsync(binding.PoisonQueue, PoisonText(change with { ETag = content.ETag }, result.Reason ?? "failed", attempt.Value), cancellationToken: cancellationToken).ConfigureAwait(false);
        return $"failed: {result.Reason}";
    }

    /// <summary>The poison message of a version given up on: the change itself, with the reason and the attempts.</summary>
    public static string PoisonText(BlobTriggerMessage change, string reason, int attempts)
    {
        ArgumentNullException.ThrowIfNull(change);
        return JsonSerializer.Serialize(new
        {
            container = change.Container,
            name = change.Name,
            etag = change.ETag,
            reason,
            attempts,
            at = DateTimeOffset.UtcNow,
        });
    }

    private static async Task<string?> RemoveAsync(IBlobHandler handler, BlobReceipts receipts, BlobTriggerMessage change, BlobReceipt? receipt, int attempt, DateTimeOffset? queuedAt, DateTimeOffset started, CancellationToken cancellationToken)
    {
        // Listed with an ETag a moment ago, yet "not found" by that name: deleted since (the next scan then records the
        // removal), or its real name has "." or ".." segments that a storage client resolves to this one.
        var unreadable = change.ETag is null ? null : $"Listed as version {change.ETag}, but storage finds no blob by this name: it was deleted since, or its real name has '.' or '..' segments that the storage client resolves to this one (rename it without them).";
        if (receipt?.Status == BlobReceiptStatus.Deleted || (receipt is null && unreadable is null))
        {
            return null;
        }

        var removal = await handler.RunAsync(new BlobTriggerInput(change.Container, change.Name, null, null, 0, null, new Dictionary<string, string>()), cancellationToken).ConfigureAwait(false);
        await receipts.WriteAsync(change.Container, change.Name, (receipt ?? new BlobReceipt(change.ETag!, BlobReceiptStatus.Failed)) with
        {
            Status = unreadable is null ? BlobReceiptStatus.Deleted : BlobReceiptStatus.Failed,
            Reason = unreadable,
            Detail = removal.Detail,
            Attempts = attempt,
            QueuedAt = queuedAt,
            StartedAt = started,
            FinishedAt = DateTimeOffset.UtcNow,
        }, cancellationToken).ConfigureAwait(false);
        return unreadable is null ? removal.Detail ?? "deleted" : $"failed: {unreadable}";
    }
}

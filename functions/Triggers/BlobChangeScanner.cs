using Microsoft.Extensions.Logging;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Triggers;

/// <summary>
/// The polling half of the Functions blob trigger: lists a container, compares each blob's ETag with its receipt,
/// and enqueues {container, name, etag} for new and changed blobs (and for receipts whose blob is gone), writing a
/// "queued" receipt so the ledger shows it and no instance enqueues it again. One instance scans at a time (a blob
/// lease); a version queued longer than <see cref="PendingTimeout"/> without progress is enqueued again.
/// </summary>
public sealed partial class BlobChangeScanner(
    IBlobStore blobs,
    IQueueStore queues,
    BlobReceipts receipts,
    string hostContainer,
    string container,
    string queue,
    ILogger logger)
{
    /// <summary>A version queued this long ago without progress is enqueued again (its message was lost).</summary>
    public static readonly TimeSpan PendingTimeout = TimeSpan.FromMinutes(10);

    private static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(15);

    public async Task<ScanResult> ScanAsync(CancellationToken cancellationToken = default)
    {
        var lockName = $"locks/scan/{container}";
        var lease = await blobs.TryAcquireLeaseAsync(hostContainer, lockName, LeaseDuration, cancellationToken).ConfigureAwait(false);
        if (lease is null)
        {
            return new ScanResult(0, 0, 0, Skipped: true);
        }

        try
        {
            return await ScanHeldAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await blobs.ReleaseLeaseAsync(hostContainer, lockName, lease, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task<ScanResult> ScanHeldAsync(CancellationToken cancellationToken)
    {
        var known = await receipts.ListAsync(container, cancellationToken).ConfigureAwait(false);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var enqueued = 0;
        var deleted = 0;
        var now = DateTimeOffset.UtcNow;

        await foreach (var blob in blobs.ListAsync(container, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            seen.Add(blob.Name);
            if (known.TryGetValue(blob.Name, out var receipt) && receipt.ETag == blob.ETag && (receipt.Status is not (BlobReceiptStatus.Queued or BlobReceiptStatus.Processing) || Recent(receipt, now)))
            {
                continue;
            }

            await EnqueueAsync(blob.Name, blob.ETag, receipt, now, cancellationToken).ConfigureAwait(false);
            enqueued++;
        }

        foreach (var receipt in known.Values.Where(r => !seen.Contains(r.Name) && r.Status != BlobReceiptStatus.Deleted))
        {
            if (receipt.Status is BlobReceiptStatus.Queued or BlobReceiptStatus.Processing && Recent(receipt, now))
            {
                continue;
            }

            await EnqueueAsync(receipt.Name, null, receipt, now, cancellationToken).ConfigureAwait(false);
            deleted++;
        }

        if (enqueued + deleted > 0)
        {
            LogScanned(logger, container, seen.Count, enqueued, deleted);
        }

        return new ScanResult(seen.Count, enqueued, deleted);
    }

    private static bool Recent(BlobReceiptSummary receipt, DateTimeOffset now) => receipt.UpdatedAt is { } updated && now - updated < PendingTimeout;

    private async Task EnqueueAsync(string name, string? etag, BlobReceiptSummary? previous, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The queued receipt keeps what the previous one knew of the last processed bytes (to skip identical re-uploads).
        var hash = previous is null ? null : (await receipts.GetAsync(container, name, cancellationToken).ConfigureAwait(false))?.ContentHash;
        await receipts.WriteAsync(container, name, new BlobReceipt(etag ?? previous?.ETag ?? "", BlobReceiptStatus.Queued)
        {
            QueuedAt = now,
            ContentHash = hash,
            Reason = etag is null ? "The blob is gone: removal queued." : null,
        }, cancellationToken).ConfigureAwait(false);
        await queues.AddAsync(queue, new BlobTriggerMessage(container, name, etag).Serialize(), cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scanned {Container}: {Blobs} blobs, {Enqueued} new or changed, {Deleted} deleted")]
    private static partial void LogScanned(ILogger logger, string container, int blobs, int enqueued, int deleted);
}

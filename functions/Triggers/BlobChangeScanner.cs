using Microsoft.Extensions.Logging;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Triggers;

/// <summary>
/// The polling half of the Functions blob trigger: lists a container, compares each blob's ETag with its receipt,
/// and enqueues {container, name, etag} for new and changed blobs (and for receipts whose blob is gone), writing a
/// "queued" receipt so the ledger shows it and no instance enqueues it again. One instance scans at a time (a renewed
/// blob lease); a version queued longer than <see cref="PendingTimeout"/> without progress is enqueued again.
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

    /// <summary>How many blobs are enqueued at once: each is a queue message and a receipt write, both round trips.</summary>
    private const int EnqueueParallelism = 16;

    private static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How old the full listing of receipts may be: between listings the scanner uses it with this process's own writes.
    /// Another instance's writes (or a receipt removed by hand) are seen within this time.
    /// </summary>
    private static readonly TimeSpan ReceiptListingAge = TimeSpan.FromSeconds(30);

    /// <summary>The lock blob held while scanning; the reconciler takes the same one, so they never enqueue the same work twice.</summary>
    public static string LockName(string container) => $"locks/scan/{container}";

    public async Task<ScanResult> ScanAsync(CancellationToken cancellationToken = default)
    {
        await using var lease = await HeldLease.TryAcquireAsync(blobs, hostContainer, LockName(container), LeaseDuration, cancellationToken).ConfigureAwait(false);
        if (lease is null)
        {
            return new ScanResult(0, 0, 0, Skipped: true);
        }

        return await ScanHeldAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Holds the scan lock (waiting for it) while <paramref name="work"/> runs.</summary>
    public async Task<T> ExclusiveAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        await using var lease = await HeldLease.AcquireAsync(blobs, hostContainer, LockName(container), LeaseDuration, TimeSpan.FromMilliseconds(200), cancellationToken).ConfigureAwait(false);
        return await work(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Enqueues a version and then marks it queued, only if its receipt is still <paramref name="previous"/>: if a worker
    /// moved the receipt on meanwhile, that state stands and the extra message is a harmless no-op. Message first, so a
    /// crash between the two leaves a duplicate message, never a queued receipt without one.
    /// </summary>
    public async Task EnqueueAsync(string name, string? etag, BlobReceiptSummary? previous, string? reason, CancellationToken cancellationToken = default)
    {
        await queues.AddAsync(queue, new BlobTriggerMessage(container, name, etag).Serialize(), cancellationToken: cancellationToken).ConfigureAwait(false);
        await receipts.TryWriteAsync(container, name, new BlobReceipt(etag ?? previous?.ETag ?? "", BlobReceiptStatus.Queued)
        {
            QueuedAt = DateTimeOffset.UtcNow,
            // The hash of the bytes last processed travels with a new version, so identical re-uploads are skipped; the
            // same version queued again (a lost message, a repair) is processed in full.
            ContentHash = previous is not null && previous.ETag != etag ? previous.ContentHash : null,
            Reason = reason ?? (etag is null ? "The blob is gone: removal queued." : null),
        }, previous, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ScanResult> ScanHeldAsync(CancellationToken cancellationToken)
    {
        var known = await receipts.KnownAsync(container, ReceiptListingAge, cancellationToken).ConfigureAwait(false);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var work = new List<(string Name, string? ETag, BlobReceiptSummary? Previous)>();
        var now = DateTimeOffset.UtcNow;

        await foreach (var blob in blobs.ListAsync(container, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            seen.Add(blob.Name);
            if (known.TryGetValue(blob.Name, out var receipt) && receipt.ETag == blob.ETag && (receipt.Status is not (BlobReceiptStatus.Queued or BlobReceiptStatus.Processing) || Recent(receipt, now)))
            {
                continue;
            }

            work.Add((blob.Name, blob.ETag, receipt));
        }

        var enqueued = work.Count;
        foreach (var receipt in known.Values.Where(r => !seen.Contains(r.Name) && r.Status != BlobReceiptStatus.Deleted))
        {
            if (receipt.Status is BlobReceiptStatus.Queued or BlobReceiptStatus.Processing && Recent(receipt, now))
            {
                continue;
            }

            work.Add((receipt.Name, null, receipt));
        }

        await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = EnqueueParallelism, CancellationToken = cancellationToken }, async (item, token) =>
            await EnqueueAsync(item.Name, item.ETag, item.Previous, null, token).ConfigureAwait(false)).ConfigureAwait(false);

        if (work.Count > 0)
        {
            LogScanned(logger, container, seen.Count, enqueued, work.Count - enqueued);
        }

        return new ScanResult(seen.Count, enqueued, work.Count - enqueued);
    }

    private static bool Recent(BlobReceiptSummary receipt, DateTimeOffset now) => receipt.UpdatedAt is { } updated && now - updated < PendingTimeout;

    [LoggerMessage(Level = LogLevel.Information, Message = "Scanned {Container}: {Blobs} blobs, {Enqueued} new or changed, {Deleted} deleted")]
    private static partial void LogScanned(ILogger logger, string container, int blobs, int enqueued, int deleted);
}

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
    BlobChangeBinding binding,
    HostReadiness readiness,
    ILogger<BlobChangeScanner> logger)
{
    private readonly string hostContainer = binding.HostContainer;
    private readonly string container = binding.Container;
    private readonly string queue = binding.Queue;

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

    public BlobChangeBinding Binding => binding;

    public async Task<ScanResult> ScanAsync(CancellationToken cancellationToken = default)
    {
        await readiness.WaitAsync(cancellationToken).ConfigureAwait(false);
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
    /// crash between the two leaves a duplicate message, never a queued receipt without one. <paramref name="force"/>
    /// asks for the version to be run although its receipt says it is finished (see <see cref="BlobTriggerMessage.Force"/>).
    /// </summary>
    public async Task EnqueueAsync(string name, string? etag, BlobReceiptSummary? previous, string? reason, bool force = false, CancellationToken cancellationToken = default)
    {
        await queues.AddAsync(queue, new BlobTriggerMessage(container, name, etag, force).Serialize(), cancellationToken: cancellationToken).ConfigureAwait(false);
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

        var unaddressable = new List<BlobItem>();
        await foreach (var blob in blobs.ListAsync(container, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (BlobNames.HasDotSegments(blob.Name))
            {
                unaddressable.Add(blob);
                continue;
            }

            seen.Add(blob.Name);
            if (known.TryGetValue(blob.Name, out var receipt) && receipt.ETag == blob.ETag && (receipt.Status is not (BlobReceiptStatus.Queued or BlobReceiptStatus.Processing) || Recent(receipt, now)))
            {
                continue;
            }

            work.Add((blob.Name, blob.ETag, receipt));
        }

        var enqueued = work.Count;

        // A name with dot segments is recorded under the name it resolves to (below); that receipt has no blob of its
        // own to be listed, and it is not a deletion.
        var resolved = unaddressable.Select(blob => BlobNames.Resolve(blob.Name)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var receipt in known.Values.Where(r => !seen.Contains(r.Name) && !resolved.Contains(r.Name) && r.Status != BlobReceiptStatus.Deleted))
        {
            if (receipt.Status is BlobReceiptStatus.Queued or BlobReceiptStatus.Processing && Recent(receipt, now))
            {
                continue;
            }

            work.Add((receipt.Name, null, receipt));
        }

        await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = EnqueueParallelism, CancellationToken = cancellationToken }, async (item, token) =>
            await EnqueueAsync(item.Name, item.ETag, item.Previous, null, cancellationToken: token).ConfigureAwait(false)).ConfigureAwait(false);

        foreach (var blob in unaddressable)
        {
            await RecordUnaddressableAsync(blob, known, seen, cancellationToken).ConfigureAwait(false);
        }

        if (work.Count > 0)
        {
            LogScanned(logger, container, seen.Count, enqueued, work.Count - enqueued);
        }

        return new ScanResult(seen.Count, enqueued, work.Count - enqueued);
    }

    /// <summary>
    /// A name with "." or ".." segments (only an emulator keeps one written over raw REST) cannot be read through any
    /// client: every request resolves it to another name. Its failure is recorded under the name it resolves to, once
    /// per version, so the ledger says why that blob never becomes a document.
    /// </summary>
    private async Task RecordUnaddressableAsync(BlobItem blob, IReadOnlyDictionary<string, BlobReceiptSummary> known, HashSet<string> listed, CancellationToken cancellationToken)
    {
        // A blob really named like the resolved name is read and recorded by its own receipt instead.
        if (BlobNames.Resolve(blob.Name) is not { Length: > 0 } resolved || listed.Contains(resolved))
        {
            LogUnaddressable(logger, container, blob.Name);
            return;
        }

        var previous = known.GetValueOrDefault(resolved);
        if (previous is { Status: BlobReceiptStatus.Failed } && previous.ETag == blob.ETag)
        {
            return;
        }

        await receipts.TryWriteAsync(container, resolved, new BlobReceipt(blob.ETag, BlobReceiptStatus.Failed)
        {
            Reason = $"Listed as '{blob.Name}': its real name has '.' or '..' segments, which every storage client resolves to '{resolved}', so it cannot be read (rename it without them).",
            FinishedAt = DateTimeOffset.UtcNow,
        }, previous, cancellationToken).ConfigureAwait(false);
    }

    private static bool Recent(BlobReceiptSummary receipt, DateTimeOffset now) => receipt.UpdatedAt is { } updated && now - updated < PendingTimeout;

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Container}: the blob '{Blob}' has '.' or '..' segments that climb out of its container; it is left alone")]
    private static partial void LogUnaddressable(ILogger logger, string container, string blob);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scanned {Container}: {Blobs} blobs, {Enqueued} new or changed, {Deleted} deleted")]
    private static partial void LogScanned(ILogger logger, string container, int blobs, int enqueued, int deleted);
}

using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Triggers;

/// <summary>
/// The polling half of the Functions blob trigger: lists a container, compares each blob's ETag with its
/// receipt, and enqueues {container, name, etag} for new and changed blobs (and for receipts whose blob is
/// gone). One instance scans at a time (a blob lease); a version already enqueued is not enqueued again
/// until it is receipted or <see cref="PendingTimeout"/> passes.
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
    /// <summary>A version enqueued this long ago without a receipt is enqueued again (its message was lost).</summary>
    public static readonly TimeSpan PendingTimeout = TimeSpan.FromMinutes(10);

    private static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(15);

    private readonly ConcurrentDictionary<string, (string? ETag, DateTimeOffset At)> pending = new(StringComparer.Ordinal);

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
            if (known.TryGetValue(blob.Name, out var receipt) && receipt.ETag == blob.ETag)
            {
                pending.TryRemove(blob.Name, out _);
                continue;
            }

            if (await EnqueueAsync(blob.Name, blob.ETag, now, cancellationToken).ConfigureAwait(false))
            {
                enqueued++;
            }
        }

        foreach (var name in known.Keys.Where(name => !seen.Contains(name)))
        {
            if (await EnqueueAsync(name, null, now, cancellationToken).ConfigureAwait(false))
            {
                deleted++;
            }
        }

        foreach (var name in pending.Keys.Where(name => !seen.Contains(name) && !known.ContainsKey(name)))
        {
            pending.TryRemove(name, out _);
        }

        if (enqueued + deleted > 0)
        {
            LogScanned(logger, container, seen.Count, enqueued, deleted);
        }

        return new ScanResult(seen.Count, enqueued, deleted);
    }

    private async Task<bool> EnqueueAsync(string name, string? etag, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (pending.TryGetValue(name, out var entry) && entry.ETag == etag && now - entry.At < PendingTimeout)
        {
            return false;
        }

        await queues.AddAsync(queue, new BlobTriggerMessage(container, name, etag).Serialize(), cancellationToken: cancellationToken).ConfigureAwait(false);
        pending[name] = (etag, now);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scanned {Container}: {Blobs} blobs, {Enqueued} new or changed, {Deleted} deleted")]
    private static partial void LogScanned(ILogger logger, string container, int blobs, int enqueued, int deleted);
}

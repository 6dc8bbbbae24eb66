using System.Globalization;
using System.Text.Json;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Alerts;

/// <summary>
/// The alerts container: <c>searches/{id}.json</c> per saved search, <c>deliveries/{alertId}/{documentId}.json</c> per
/// matched document (state and update time also in metadata, so a listing orders them without downloads) and
/// <c>locks/{alertId}/{documentId}</c>, leased while a post is under way. Everything lives in storage, so every host
/// instance and every restart sees the same searches and the same deliveries. The list of searches is cached for
/// <see cref="AlertOptions.RefreshInterval"/>: the matcher asks for it on every indexed document.
/// </summary>
public sealed class AlertStore(IBlobStore blobs, IQueueStore queues, AlertOptions options, TimeProvider time)
{
    private readonly SemaphoreSlim refresh = new(1, 1);
    private volatile CachedSearches? cache;
    private volatile bool ensured;

    public string Container => options.Container;

    public static string SearchBlob(string id) => $"searches/{id}.json";

    public static string DeliveryBlob(string alertId, string documentId) => $"deliveries/{alertId}/{documentId}.json";

    public static string LockBlob(string alertId, string documentId) => $"locks/{alertId}/{documentId}";

    /// <summary>Creates the container and the queue once per process (the first document may be indexed before anything else ran).</summary>
    public async Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        if (ensured)
        {
            return;
        }

        await blobs.EnsureContainerAsync(Container, cancellationToken).ConfigureAwait(false);
        await queues.EnsureQueueAsync(options.Queue, cancellationToken).ConfigureAwait(false);
        ensured = true;
    }

    /// <summary>Queues a delivery, visible at once or after <paramref name="delay"/> (a retry's wait).</summary>
    public async Task EnqueueAsync(AlertMessage message, TimeSpan? delay = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        await EnsureAsync(cancellationToken).ConfigureAwait(false);
        await queues.AddAsync(options.Queue, message.ToJson(), delay, cancellationToken).ConfigureAwait(false);
    }

    public async Task SaveAsync(SavedSearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        await EnsureAsync(cancellationToken).ConfigureAwait(false);
        await blobs.UploadAsync(Container, SearchBlob(search.Id), JsonSerializer.SerializeToUtf8Bytes(search, DocumentJson.Options), "application/json", cancellationToken: cancellationToken).ConfigureAwait(false);
        cache = null;
    }

    public async Task<SavedSearch?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var content = await blobs.DownloadAsync(Container, SearchBlob(id), cancellationToken: cancellationToken).ConfigureAwait(false);
        return content is null ? null : Read<SavedSearch>(content.Content.Span);
    }

    /// <summary>Every saved search, from the cache when it is fresh.</summary>
    public async Task<IReadOnlyList<SavedSearch>> ListAsync(CancellationToken cancellationToken = default)
    {
        if (cache is { } fresh && time.GetUtcNow() - fresh.ReadAt < options.RefreshInterval)
        {
            return fresh.Searches;
        }

        await refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (cache is { } again && time.GetUtcNow() - again.ReadAt < options.RefreshInterval)
            {
                return again.Searches;
            }

            await EnsureAsync(cancellationToken).ConfigureAwait(false);
            var readAt = time.GetUtcNow();
            var searches = new List<SavedSearch>();
            await foreach (var item in blobs.ListAsync(Container, "searches/", cancellationToken).ConfigureAwait(false))
            {
                var content = await blobs.DownloadAsync(Container, item.Name, cancellationToken: cancellationToken).ConfigureAwait(false);
                if (content is not null && Read<SavedSearch>(content.Content.Span) is { } search)
                {
                    searches.Add(search);
                }
            }

            searches.Sort((a, b) => a.CreatedAt.CompareTo(b.CreatedAt));
            cache = new CachedSearches(searches, readAt);
            return searches;
        }
        finally
        {
            refresh.Release();
        }
    }

    /// <summary>Deletes the saved search and its delivery records; false when there was none.</summary>
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        var deleted = await blobs.DeleteAsync(Container, SearchBlob(id), cancellationToken).ConfigureAwait(false);
        cache = null;
        var records = new List<string>();
        await foreach (var item in blobs.ListAsync(Container, $"deliveries/{id}/", cancellationToken).ConfigureAwait(false))
        {
            records.Add(item.Name);
        }

        foreach (var name in records)
        {
            await blobs.DeleteAsync(Container, name, cancellationToken).ConfigureAwait(false);
        }

        return deleted;
    }

    public async Task<AlertDelivery?> GetDeliveryAsync(string alertId, string documentId, CancellationToken cancellationToken = default)
    {
        var content = await blobs.DownloadAsync(Container, DeliveryBlob(alertId, documentId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return content is null ? null : Read<AlertDelivery>(content.Content.Span);
    }

    public async Task<AlertDelivery> WriteDeliveryAsync(AlertDelivery delivery, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var stamped = delivery with { UpdatedAt = time.GetUtcNow() };
        var metadata = new Dictionary<string, string>
        {
            ["state"] = JsonNamingPolicy.KebabCaseLower.ConvertName(stamped.State.ToString()),
            ["updated"] = stamped.UpdatedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
        };
        await blobs.UploadAsync(Container, DeliveryBlob(delivery.AlertId, delivery.DocumentId), JsonSerializer.SerializeToUtf8Bytes(stamped, DocumentJson.Options), "application/json", metadata, cancellationToken).ConfigureAwait(false);
        return stamped;
    }

    /// <summary>The most recently updated delivery records of a saved search, newest first, and how many it has in all.</summary>
    public async Task<(IReadOnlyList<AlertDelivery> Latest, int Count)> LatestDeliveriesAsync(string alertId, int count, CancellationToken cancellationToken = default)
    {
        var items = new List<(string Name, long Updated)>();
        await foreach (var item in blobs.ListAsync(Container, $"deliveries/{alertId}/", cancellationToken).ConfigureAwait(false))
        {
            var updated = long.TryParse(item.Metadata.GetValueOrDefault("updated"), NumberStyles.None, CultureInfo.InvariantCulture, out var ms) ? ms : item.LastModified?.ToUnixTimeMilliseconds() ?? 0;
            items.Add((item.Name, updated));
        }

        var latest = new List<AlertDelivery>();
        foreach (var (name, _) in items.OrderByDescending(i => i.Updated).Take(count))
        {
            var content = await blobs.DownloadAsync(Container, name, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (content is not null && Read<AlertDelivery>(content.Content.Span) is { } delivery)
            {
                latest.Add(delivery);
            }
        }

        return (latest, items.Count);
    }

    /// <summary>Holds the post of one document to one search for <paramref name="duration"/>; null while another worker holds it.</summary>
    public Task<string?> TryLockAsync(string alertId, string documentId, TimeSpan duration, CancellationToken cancellationToken = default) =>
        blobs.TryAcquireLeaseAsync(Container, LockBlob(alertId, documentId), duration, cancellationToken);

    public Task UnlockAsync(string alertId, string documentId, string leaseId, CancellationToken cancellationToken = default) =>
        blobs.ReleaseLeaseAsync(Container, LockBlob(alertId, documentId), leaseId, cancellationToken);

    private static T? Read<T>(ReadOnlySpan<byte> json)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, DocumentJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record CachedSearches(IReadOnlyList<SavedSearch> Searches, DateTimeOffset ReadAt);
}

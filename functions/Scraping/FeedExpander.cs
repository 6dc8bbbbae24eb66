using System.Globalization;
using System.Text;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Scraping;

/// <summary>
/// Turns a read feed into work: registers it (or updates its registration), and writes its items not seen before
/// as a URL list <c>feeds/{feed hash}/{time}.txt</c> in the sources container, which FetchArticles then fetches
/// like any list, with its retries and its ledger. The list is written before the items are marked seen, so a
/// crash in between fetches them again rather than never.
/// </summary>
public sealed class FeedExpander(IBlobStore blobs, StorageOptions storage, FeedRegistry registry, ScraperOptions options, TimeProvider time)
{
    public const string ListFolder = "feeds/";

    public async Task<FeedExpansion> ExpandAsync(Uri feedUrl, FeedKind kind, IReadOnlyList<FeedItem> items, string requestedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        ArgumentNullException.ThrowIfNull(items);
        var key = UrlNormalizer.Key(feedUrl);
        var now = time.GetUtcNow();
        var state = await registry.GetAsync(key, cancellationToken).ConfigureAwait(false)
            ?? new FeedState { Url = key, RegisteredAt = now, RegisteredBy = requestedBy };

        var seen = new HashSet<string>(state.Seen, StringComparer.Ordinal);
        var taken = items.Take(options.MaxFeedItems).ToList();
        var fresh = taken.Select(item => UrlNormalizer.Key(item.Url)).Where(url => !seen.Contains(url)).ToList();

        string? list = null;
        if (fresh.Count > 0)
        {
            list = ListName(key, now);
            var text = new StringBuilder()
                .Append(CultureInfo.InvariantCulture, $"# New items of {key} ({kind}), found {now.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'} by {requestedBy}\n")
                .AppendJoin('\n', fresh)
                .Append('\n')
                .ToString();
            await blobs.UploadAsync(storage.SourcesContainer, list, Encoding.UTF8.GetBytes(text), "text/plain; charset=utf-8", cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        var remembered = state.Seen.Concat(fresh).ToList();
        if (remembered.Count > options.MaxSeenItems)
        {
            remembered = remembered[^options.MaxSeenItems..];
        }

        await registry.SaveAsync(state with { Kind = kind, LastPolledAt = now, LastNewItems = fresh.Count, LastError = null, Seen = remembered }, cancellationToken).ConfigureAwait(false);
        return new FeedExpansion(kind, taken.Count, fresh.Count, list);
    }

    /// <summary>The list of one poll's new items: under the feed's folder, named by time so lists sort in order.</summary>
    public static string ListName(string feedKey, DateTimeOffset at) =>
        $"{ListFolder}{FeedRegistry.BlobName(feedKey)[..16]}/{at.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture)}.txt";
}

using System.Collections.Concurrent;
using System.Globalization;
using NetralitasSearch.Functions.Ledger;
using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Functions.Scraping;

/// <summary>
/// One URL from fetch to evidence: fetch it (<see cref="PageFetcher"/>); a page, a PDF or a PNG/JPEG image is archived
/// as a new version (<see cref="PageArchive"/>, in its <see cref="ArchiveFormat"/>), a feed or sitemap is expanded into
/// its new items (<see cref="FeedExpander"/>, a sitemap index one level deep); and the URL's ledger entry (kind "url",
/// key the normalised URL) says which happened: fetched, skipped by robots, or failed with the reason. Failures of the site are results; only
/// storage trouble throws, so the host retries the whole list.
/// </summary>
public sealed partial class UrlArchiver(
    PageFetcher fetcher,
    PageArchive archive,
    FeedExpander expander,
    LedgerStore ledger,
    ScraperOptions options,
    TimeProvider time,
    ILogger<UrlArchiver> logger)
{
    public const string LedgerKind = "url";

    // Striped rather than one lock per URL, so memory stays bounded however many URLs pass; two URLs sharing a
    // stripe only wait for each other.
    private readonly SemaphoreSlim[] turns = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    /// <summary>Archives many URLs: hosts in parallel (up to <see cref="ScraperOptions.MaxParallelHosts"/>), each host's URLs in order.</summary>
    public async Task<IReadOnlyList<UrlOutcome>> ArchiveAllAsync(IEnumerable<Uri> urls, string requestedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var outcomes = new ConcurrentBag<UrlOutcome>();
        var hosts = urls.GroupBy(url => url.IdnHost, StringComparer.OrdinalIgnoreCase);
        await Parallel.ForEachAsync(hosts, new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelHosts, CancellationToken = cancellationToken }, async (host, token) =>
        {
            foreach (var url in host)
            {
                outcomes.Add(await ArchiveAsync(url, requestedBy, token).ConfigureAwait(false));
            }
        }).ConfigureAwait(false);
        return outcomes.ToList();
    }

    /// <summary>
    /// Fetches and records one URL. Two lists naming the same URL at once take turns, so the second sees the first's
    /// version and stores nothing when the page is unchanged (within this host process; see README).
    /// </summary>
    public async Task<UrlOutcome> ArchiveAsync(Uri url, string requestedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        var turn = turns[(uint)StringComparer.Ordinal.GetHashCode(UrlNormalizer.Key(url)) % (uint)turns.Length];
        await turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await ArchiveHeldAsync(url, requestedBy, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            turn.Release();
        }
    }

    private async Task<UrlOutcome> ArchiveHeldAsync(Uri url, string requestedBy, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        var fetched = await fetcher.FetchAsync(url, cancellationToken).ConfigureAwait(false);
        var details = Details(fetched, requestedBy);
        if (!fetched.IsFetched)
        {
            var state = fetched.Outcome == FetchOutcome.SkippedRobots ? LedgerState.SkippedRobots : LedgerState.Failed;
            return await RecordAsync(url, state, fetched.Reason, details, started, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        if (FeedReader.LooksLikeFeed(fetched.MediaType, fetched.Content.Span))
        {
            return await ExpandAsync(fetched, details, requestedBy, started, cancellationToken).ConfigureAwait(false);
        }

        if (ArchiveFormat.Decide(fetched.MediaType, fetched.Content.Span, out var refusal) is not { } format)
        {
            return await RecordAsync(url, LedgerState.Failed, refusal, details, started, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        var page = await archive.SaveAsync(fetched, format, requestedBy, cancellationToken).ConfigureAwait(false);
        details["blob"] = page.BlobName;
        details["stored"] = page.IsNewVersion ? "new-version" : "unchanged";
        if (page.IsNewVersion)
        {
            LogArchived(logger, url.AbsoluteUri, page.BlobName);
        }

        var outcome = await RecordAsync(url, LedgerState.Fetched, null, details, started, DocumentId.ForBlob(archive.Container, page.BlobName), page.ETag, cancellationToken).ConfigureAwait(false);
        return outcome with { NewVersion = page.IsNewVersion };
    }

    /// <summary>
    /// A line of a URL list that is not a fetchable URL: a failed ledger entry keyed by the line's text (there is no
    /// URL to key it by). The count of lines past the reporting limit is keyed by the list.
    /// </summary>
    public Task RecordRejectedAsync(RejectedLine line, string list, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(line);
        var now = time.GetUtcNow();
        var details = new Dictionary<string, string> { ["requested_by"] = list };
        if (line.Number == 0)
        {
            return WriteAsync($"{list} (unreported lines)", LedgerState.Failed, $"{list}: {line.Reason}", details, now, null, null, cancellationToken);
        }

        details["line"] = line.Number.ToString(CultureInfo.InvariantCulture);
        return WriteAsync(line.Text, LedgerState.Failed, $"line {line.Number} of {list}: {line.Reason}", details, now, null, null, cancellationToken);
    }

    private async Task<UrlOutcome> ExpandAsync(FetchResult fetched, Dictionary<string, string> details, string requestedBy, DateTimeOffset started, CancellationToken cancellationToken)
    {
        var url = fetched.RequestedUrl;
        var feed = FeedReader.Read(fetched.Content.Span, fetched.ContentType, fetched.FinalUrl);
        if (feed.Kind is not { } kind)
        {
            return await RecordAsync(url, LedgerState.Failed, feed.Failure, details, started, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        var items = kind == FeedKind.SitemapIndex
            ? await SitemapChildrenAsync(feed.Items, requestedBy, cancellationToken).ConfigureAwait(false)
            : feed.Items;
        var expansion = await expander.ExpandAsync(url, kind, items, requestedBy, cancellationToken).ConfigureAwait(false);
        details["kind"] = System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());
        details["items"] = expansion.Items.ToString(CultureInfo.InvariantCulture);
        details["new_items"] = expansion.NewItems.ToString(CultureInfo.InvariantCulture);
        if (expansion.ListBlob is not null)
        {
            details["list"] = expansion.ListBlob;
        }

        LogExpanded(logger, kind, url.AbsoluteUri, expansion.Items, expansion.NewItems);
        var outcome = await RecordAsync(url, LedgerState.Fetched, null, details, started, cancellationToken: cancellationToken).ConfigureAwait(false);
        return outcome with { NewItems = expansion.NewItems };
    }

    /// <summary>The article URLs of a sitemap index's child sitemaps (one level: an index inside it is not followed), newest first.</summary>
    private async Task<IReadOnlyList<FeedItem>> SitemapChildrenAsync(IReadOnlyList<FeedItem> children, string requestedBy, CancellationToken cancellationToken)
    {
        var items = new List<FeedItem>();
        foreach (var child in children.Take(options.MaxSitemapChildren))
        {
            var started = time.GetUtcNow();
            var fetched = await fetcher.FetchAsync(child.Url, cancellationToken).ConfigureAwait(false);
            var details = Details(fetched, requestedBy);
            if (!fetched.IsFetched)
            {
                await RecordAsync(child.Url, fetched.Outcome == FetchOutcome.SkippedRobots ? LedgerState.SkippedRobots : LedgerState.Failed, fetched.Reason, details, started, cancellationToken: cancellationToken).ConfigureAwait(false);
                continue;
            }

            var sitemap = FeedReader.Read(fetched.Content.Span, fetched.ContentType, fetched.FinalUrl);
            if (sitemap.Kind != FeedKind.Sitemap)
            {
                var reason = sitemap.Kind == FeedKind.SitemapIndex ? "a sitemap index inside a sitemap index is not followed (one level only)" : sitemap.Failure ?? "not a sitemap";
                await RecordAsync(child.Url, LedgerState.Failed, reason, details, started, cancellationToken: cancellationToken).ConfigureAwait(false);
                continue;
            }

            details["kind"] = "sitemap";
            details["items"] = sitemap.Items.Count.ToString(CultureInfo.InvariantCulture);
            await RecordAsync(child.Url, LedgerState.Fetched, null, details, started, cancellationToken: cancellationToken).ConfigureAwait(false);
            items.AddRange(sitemap.Items);
        }

        return items.DistinctBy(item => UrlNormalizer.Key(item.Url)).OrderByDescending(item => item.Updated ?? DateTimeOffset.MinValue).ToList();
    }

    private static Dictionary<string, string> Details(FetchResult fetched, string requestedBy)
    {
        var details = new Dictionary<string, string>
        {
            ["final_url"] = UrlNormalizer.Key(fetched.FinalUrl),
            ["requested_by"] = requestedBy,
        };
        if (fetched.HttpStatus is { } status)
        {
            details["http_status"] = status.ToString(CultureInfo.InvariantCulture);
        }

        if (fetched.ContentType is { } contentType)
        {
            details["content_type"] = contentType;
        }

        return details;
    }

    private async Task<UrlOutcome> RecordAsync(Uri url, LedgerState state, string? reason, Dictionary<string, string> details, DateTimeOffset started, string? documentId = null, string? etag = null, CancellationToken cancellationToken = default)
    {
        var key = UrlNormalizer.Key(url);
        if (state != LedgerState.Fetched)
        {
            LogNotFetched(logger, key, state, reason);
        }

        await WriteAsync(key, state, reason, details, started, documentId, etag, cancellationToken).ConfigureAwait(false);
        return new UrlOutcome(key, state, reason);
    }

    private async Task WriteAsync(string key, LedgerState state, string? reason, Dictionary<string, string> details, DateTimeOffset started, string? documentId, string? etag, CancellationToken cancellationToken)
    {
        var previous = await ledger.GetAsync(LedgerKind, key, cancellationToken).ConfigureAwait(false);
        await ledger.WriteAsync(new LedgerEntry
        {
            Kind = LedgerKind,
            Key = key,
            State = state,
            Attempts = (previous?.Attempts ?? 0) + 1,
            Reason = reason,
            Details = details,
            DocumentId = documentId,
            ETag = etag,
            StartedAt = started,
            FinishedAt = time.GetUtcNow(),
        }, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Archived {Url} as {Blob}")]
    private static partial void LogArchived(ILogger logger, string url, string blob);

    [LoggerMessage(Level = LogLevel.Information, Message = "Read {Kind} {Url}: {Items} items, {NewItems} new")]
    private static partial void LogExpanded(ILogger logger, FeedKind kind, string url, int items, int newItems);

    [LoggerMessage(Level = LogLevel.Information, Message = "Did not archive {Url}: {State}, {Reason}")]
    private static partial void LogNotFetched(ILogger logger, string url, LedgerState state, string? reason);
}

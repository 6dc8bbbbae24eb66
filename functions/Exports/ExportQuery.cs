using System.Globalization;
using NetralitasSearch.Functions.Functions;
using NetralitasSearch.Indexer.Index;

namespace NetralitasSearch.Functions.Exports;

/// <summary>
/// The result set of an export or a feed: the page's search parameters, then <c>limit</c> documents from the first
/// (the page and size the page was on do not matter). It is the set the page shows: when the page relaxed the
/// question to "most of the words" the export does too, and otherwise it does not, however large the limit.
/// </summary>
public static class ExportQuery
{
    /// <summary>The most rows one export gives (ask with narrower filters for the rest).</summary>
    public const int MaxRows = 10_000;

    public static (SearchRequest? Request, int Limit, string? Error) Read(HttpRequest request, int defaultLimit, int maxLimit)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (search, error) = SearchParameters.Read(request.Query);
        if (search is null)
        {
            return (null, 0, error);
        }

        var limit = defaultLimit;
        if (request.Query["limit"].LastOrDefault() is { Length: > 0 } text
            && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > maxLimit))
        {
            return (null, 0, $"'limit' must be a whole number from 1 to {maxLimit}.");
        }

        return (search, limit, null);
    }

    /// <summary>
    /// Reads the parameters and runs the export search (with <paramref name="adjust"/> applied to the request); when
    /// either fails, the 400 answer to give instead.
    /// </summary>
    public static (SearchResponse? Response, IResult? Error) Answer(HttpRequest request, IndexSearcher searcher, int defaultLimit, int maxLimit, bool snippets, Func<SearchRequest, SearchRequest>? adjust = null)
    {
        var (search, limit, error) = Read(request, defaultLimit, maxLimit);
        if (search is null)
        {
            return (null, ErrorResults.BadRequest(error));
        }

        var outcome = Run(searcher, adjust is null ? search : adjust(search), limit, snippets);
        return outcome.IsSuccess ? (outcome.Response, null) : (null, ErrorResults.BadRequest(outcome.Error));
    }

    /// <summary>The download's file name: <c>netralitas-yyyyMMdd-HHmmss.{extension}</c> in UTC.</summary>
    public static string FileName(TimeProvider time, string extension) =>
        $"netralitas-{time.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}.{extension}";

    public static SearchOutcome Run(IndexSearcher searcher, SearchRequest search, int limit, bool snippets)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(search);

        // Whether the page relaxed its question depends on its page size: ask as the page did, cheaply, first.
        var probe = searcher.Search(search with { Page = 1, Facets = false, Snippets = false });
        if (!probe.IsSuccess)
        {
            return probe;
        }

        return searcher.Search(search with { Page = 1, Size = limit, Relax = probe.Response.Relaxed, Facets = false, Snippets = snippets });
    }
}

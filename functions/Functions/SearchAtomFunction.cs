using Microsoft.Azure.Functions.Worker;
using NetralitasSearch.Functions.Exports;
using NetralitasSearch.Functions.Ingestion;
using NetralitasSearch.Functions.Security;
using NetralitasSearch.Indexer.Index;

namespace NetralitasSearch.Functions.Functions;

/// <summary>
/// GET /api/search.atom?&lt;search parameters&gt;[&amp;limit=N]: any search as an Atom 1.0 feed, newest first (the sort
/// parameter is ignored), <see cref="DefaultEntries"/> entries unless <c>limit</c> asks for up to <see cref="MaxEntries"/>.
/// Entries link to the document view on this host.
/// </summary>
public sealed class SearchAtomFunction(IndexService index, TimeProvider time)
{
    public const int DefaultEntries = 50;

    public const int MaxEntries = 500;

    public const string Name = "SearchAtom";

    [Function(Name)]
    [RateLimited]
    public IResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/search.atom")] HttpRequest request)
    {
        var (response, error) = ExportQuery.Answer(request, index.Searcher, DefaultEntries, MaxEntries, snippets: true, search => search with { Sort = SortOrder.Date });
        if (response is null)
        {
            return error!;
        }

        var origin = $"{request.Scheme}://{request.Host}";
        var query = request.QueryString.Value ?? "";
        var title = "NetralitasSearch: " + (string.Join(" · ", request.Query.Where(p => p.Key is not ("page" or "size" or "sort" or "limit")).Select(p => p.Key == "q" ? p.Value.ToString() : $"{p.Key}={p.Value}")) is { Length: > 0 } described ? described : "semua dokumen");
        var feed = AtomFeed.Write(
            title,
            new Uri(origin + "/api/search.atom" + query),
            new Uri(origin + "/" + query),
            id => new Uri($"{origin}/document.html?id={Uri.EscapeDataString(id)}"),
            response.Hits,
            time.GetUtcNow());
        return Results.Bytes(feed, "application/atom+xml; charset=utf-8");
    }
}

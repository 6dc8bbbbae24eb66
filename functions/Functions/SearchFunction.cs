using Microsoft.Azure.Functions.Worker;
using NetralitasSearch.Functions.Ingestion;
using NetralitasSearch.Functions.Security;
using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Functions.Functions;

/// <summary>
/// GET /api/search: full-text search with filters, facets and snippets, and the partial matches of a plain question whose
/// exact hits do not fill the first page (<c>partial</c>, outside <c>total</c> and the facets). Bad input is a 400 with a message.
/// </summary>
public sealed class SearchFunction(IndexService index)
{
    public const string Name = "Search";

    [Function(Name)]
    [RateLimited]
    public IResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/search")] HttpRequest request)
    {
        var (search, error) = SearchParameters.Read(request.Query);
        if (search is null)
        {
            return ErrorResults.BadRequest(error);
        }

        // What a reader sees: partial matches after the exact hits when these do not fill the first page (apart, uncounted).
        var outcome = index.Searcher.Search(search with { PartialMatches = true });
        if (!outcome.IsSuccess)
        {
            return ErrorResults.BadRequest(outcome.Error);
        }

        return Results.Json(outcome.Response, DocumentJson.Api);
    }
}

using Microsoft.Azure.Functions.Worker;
using NetralitasSearch.Functions.Ingestion;
using NetralitasSearch.Functions.Security;
using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Functions.Functions;

/// <summary>GET /api/search: full-text search with filters, facets and snippets. Bad input is a 400 with a message.</summary>
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

        var outcome = index.Searcher.Search(search);
        if (!outcome.IsSuccess)
        {
            return ErrorResults.BadRequest(outcome.Error);
        }

        return Results.Json(outcome.Response, DocumentJson.Api);
    }
}

using Microsoft.Azure.Functions.Worker;
using NetralitasSearch.Functions.Ingestion;
using NetralitasSearch.Functions.Security;
using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Functions.Functions;

/// <summary>
/// GET /api/search/timeline?&lt;search parameters&gt;: how many of the whole result set fall in each month,
/// <c>{"total","undated","relaxed","months":[{"month":"2024-10","count":3}]}</c>, counted as the search counts its total
/// (the page size is kept: it decides, as on the page, whether a question is relaxed).
/// </summary>
public sealed class TimelineFunction(IndexService index)
{
    public const string Name = "Timeline";

    [Function(Name)]
    [RateLimited]
    public IResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/search/timeline")] HttpRequest request)
    {
        var (search, error) = SearchParameters.Read(request.Query);
        if (search is null)
        {
            return ErrorResults.BadRequest(error);
        }

        var outcome = index.Searcher.Search(search with { Page = 1, Months = true, Facets = false, Snippets = false });
        if (!outcome.IsSuccess)
        {
            return ErrorResults.BadRequest(outcome.Error);
        }

        var months = outcome.Response.Months ?? [];
        return Results.Json(new
        {
            total = outcome.Response.Total,
            undated = outcome.Response.Total - months.Sum(m => m.Count),
            relaxed = outcome.Response.Relaxed,
            months,
        }, DocumentJson.Options);
    }
}

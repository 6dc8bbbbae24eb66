using Microsoft.Azure.Functions.Worker;
using NetralitasSearch.Functions.Alerts;
using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Functions.Functions;

/// <summary>
/// GET /api/alerts (admin key): every saved search with its last hits, newest first
/// (<c>[{..., "matched": N, "last_hits": [{"document_id","title","state","attempts","reason",...}]}]</c>).
/// </summary>
public sealed class ListAlertsFunction(AlertStore store)
{
    public const int LastHits = 5;

    public const string Name = "ListAlerts";

    [Function(Name)]
    public async Task<IResult> RunAsync([HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/alerts")] HttpRequest request, CancellationToken cancellationToken = default)
    {
        var answer = new List<object>();
        foreach (var search in await store.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            var (latest, count) = await store.LatestDeliveriesAsync(search.Id, LastHits, cancellationToken).ConfigureAwait(false);
            answer.Add(new
            {
                id = search.Id,
                name = search.Name,
                query = search.Query,
                filters = search.Filters,
                webhook = search.Webhook,
                email = search.Email,
                made_without_key = search.ManageTokenHash is not null,
                created_at = search.CreatedAt,
                matched = count,
                last_hits = latest,
            });
        }

        return Results.Json(answer, DocumentJson.Options);
    }
}

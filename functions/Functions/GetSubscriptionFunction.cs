using Microsoft.Azure.Functions.Worker;
using NetralitasSearch.Functions.Alerts;
using NetralitasSearch.Functions.Ingestion;
using NetralitasSearch.Functions.Security;

namespace NetralitasSearch.Functions.Functions;

/// <summary>
/// GET /api/subscriptions/{id} with the <c>X-Alert-Token</c> header: the alert, how many documents match it now, and
/// its deliveries (how many, the last ones with their state). 404 for a wrong token or id.
/// </summary>
public sealed class GetSubscriptionFunction(AlertStore store, IndexService index, AlertInput checks)
{
    public const string Name = "GetSubscription";

    [Function(Name)]
    [RateLimited]
    public async Task<IResult> RunAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/subscriptions/{id}")] HttpRequest request, string id, CancellationToken cancellationToken = default)
    {
        var (search, refusal) = await SubscriptionAccess.FindAsync(store, request, id, cancellationToken).ConfigureAwait(false);
        if (search is null)
        {
            return refusal!;
        }

        var (saved, _) = search.ToRequest();
        var matching = saved is null ? 0 : index.Searcher.Search(saved with { Size = 1, Facets = false, Snippets = false }).Response?.Total ?? 0;
        var (latest, count) = await store.LatestDeliveriesAsync(search.Id, ListAlertsFunction.LastHits, cancellationToken).ConfigureAwait(false);
        return SubscriptionAnswer.Of(search, matching, checks.SiteUrl(request), deliveries: new { count, latest });
    }
}

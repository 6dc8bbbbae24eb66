using Microsoft.Azure.Functions.Worker;
using NetralitasSearch.Functions.Alerts;
using NetralitasSearch.Functions.Security;

namespace NetralitasSearch.Functions.Functions;

/// <summary>DELETE /api/subscriptions/{id} with the <c>X-Alert-Token</c> header: removes the alert and its delivery records. 204, or 404.</summary>
public sealed class DeleteSubscriptionFunction(AlertStore store)
{
    public const string Name = "DeleteSubscription";

    [Function(Name)]
    [RateLimited]
    public async Task<IResult> RunAsync([HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "api/subscriptions/{id}")] HttpRequest request, string id, CancellationToken cancellationToken = default)
    {
        var (search, refusal) = await SubscriptionAccess.FindAsync(store, request, id, cancellationToken).ConfigureAwait(false);
        if (search is null)
        {
            return refusal!;
        }

        await store.DeleteAsync(search.Id, cancellationToken).ConfigureAwait(false);
        return Results.NoContent();
    }
}

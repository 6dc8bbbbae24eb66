using Microsoft.Azure.Functions.Worker;
using NetralitasSearch.Functions.Alerts;
using NetralitasSearch.Functions.Security;

namespace NetralitasSearch.Functions.Functions;

/// <summary>
/// PUT /api/subscriptions/{id} with the <c>X-Alert-Token</c> header and the body of a new alert: changes its name,
/// search and delivery (the same checks as at creation); the id, the token and the deliveries made stay.
/// </summary>
public sealed class UpdateSubscriptionFunction(AlertStore store, AlertInput checks)
{
    public const string Name = "UpdateSubscription";

    [Function(Name)]
    [RateLimited]
    public async Task<IResult> RunAsync([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/subscriptions/{id}")] HttpRequest request, string id, CancellationToken cancellationToken = default)
    {
        var (existing, refusal) = await SubscriptionAccess.FindAsync(store, request, id, cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            return refusal!;
        }

        var (search, matching, error) = await checks.ReadCheckedAsync(request, existing.Id, existing.CreatedAt, cancellationToken).ConfigureAwait(false);
        if (search is null)
        {
            return ErrorResults.BadRequest(error);
        }

        search = search with { ManageTokenHash = existing.ManageTokenHash, SiteUrl = existing.SiteUrl };
        await store.SaveAsync(search, cancellationToken).ConfigureAwait(false);
        return SubscriptionAnswer.Of(search, matching, checks.SiteUrl(request));
    }
}

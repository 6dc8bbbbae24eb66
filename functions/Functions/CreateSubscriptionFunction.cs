using System.Security.Cryptography;
using Microsoft.Azure.Functions.Worker;
using NetralitasSearch.Functions.Alerts;
using NetralitasSearch.Functions.Security;

namespace NetralitasSearch.Functions.Functions;

/// <summary>
/// POST /api/subscriptions <c>{"name","query","filters"?,"webhook"|"email"}</c>, no key needed: an alert for anyone.
/// The same checks as the admin's (<see cref="AlertInput"/>); at most <see cref="AlertOptions.PublicPerAddressPerHour"/>
/// per client address an hour (429) and <see cref="AlertOptions.MaxPublicAlerts"/> in all (503). 201 with the secret
/// management link (its token is shown once: only its hash is stored), the Atom feed and how many documents match now.
/// </summary>
public sealed class CreateSubscriptionFunction(AlertStore store, AlertInput checks, AlertCreationLimit limit, AlertOptions options, TimeProvider time)
{
    public const string Name = "CreateSubscription";

    [Function(Name)]
    [RateLimited]
    public async Task<IResult> RunAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/subscriptions")] HttpRequest request, CancellationToken cancellationToken = default)
    {
        var (search, matching, error) = await checks.ReadCheckedAsync(request, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)), time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (search is null)
        {
            return ErrorResults.BadRequest(error);
        }

        var existing = (await store.ListAsync(cancellationToken).ConfigureAwait(false)).Count(s => s.ManageTokenHash is not null);
        if (existing >= options.MaxPublicAlerts)
        {
            return Results.Json(new { error = $"This site holds its most alerts made without a key ({options.MaxPublicAlerts}); try again later." }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        if (!limit.TryTake(request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown"))
        {
            return Results.Json(new { error = $"At most {options.PublicPerAddressPerHour} alerts an hour from one address; try again later." }, statusCode: StatusCodes.Status429TooManyRequests);
        }

        var (token, hash) = ManageToken.New();
        var site = checks.SiteUrl(request);
        search = search with { ManageTokenHash = hash, SiteUrl = site };
        await store.SaveAsync(search, cancellationToken).ConfigureAwait(false);
        return SubscriptionAnswer.Of(search, matching, site, token, StatusCodes.Status201Created);
    }
}

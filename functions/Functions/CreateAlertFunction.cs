using System.Security.Cryptography;
using Microsoft.Azure.Functions.Worker;
using NetralitasSearch.Functions.Alerts;
using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Functions.Functions;

/// <summary>
/// POST /api/alerts (admin key) <c>{"name","query","filters"?,"webhook"|"email"}</c>: saves a search whose newly
/// indexed matches are posted to the webhook or mailed (<see cref="AlertInput"/>: the same checks and 400 messages as
/// an alert made without the key). 201 with the saved search and <c>matching</c>, the documents it matches already.
/// </summary>
public sealed class CreateAlertFunction(AlertStore store, AlertInput checks, TimeProvider time)
{
    public const string Name = "CreateAlert";

    [Function(Name)]
    public async Task<IResult> RunAsync([HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/alerts")] HttpRequest request, CancellationToken cancellationToken = default)
    {
        var (search, matching, error) = await checks.ReadCheckedAsync(request, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)), time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (search is null)
        {
            return ErrorResults.BadRequest(error);
        }

        search = search with { SiteUrl = checks.SiteUrl(request) };
        await store.SaveAsync(search, cancellationToken).ConfigureAwait(false);
        return Results.Json(new { search.Id, search.Name, search.Query, search.Filters, search.Webhook, search.Email, search.CreatedAt, matching }, DocumentJson.Api, statusCode: StatusCodes.Status201Created);
    }
}

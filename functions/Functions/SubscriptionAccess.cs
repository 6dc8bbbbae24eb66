using NetralitasSearch.Functions.Alerts;
using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Functions.Functions;

/// <summary>
/// Finds the alert a management request is about: its id in the route and its token in the
/// <see cref="ManageToken.Header"/> header. A wrong token and an unknown id get the same 404, so the answer tells
/// nothing about which alerts exist; an alert the admin made has no token and is never found this way.
/// </summary>
internal static class SubscriptionAccess
{
    public static async Task<(SavedSearch? Search, IResult? Refusal)> FindAsync(AlertStore store, HttpRequest request, string id, CancellationToken cancellationToken)
    {
        if (id.Length is 0 or > 64 || !id.All(char.IsAsciiHexDigitLower))
        {
            return (null, ErrorResults.BadRequest("An alert id is lower-case hexadecimal."));
        }

        var token = request.Headers[ManageToken.Header].LastOrDefault();
        if (string.IsNullOrEmpty(token))
        {
            return (null, ErrorResults.BadRequest($"Send the alert's token in the {ManageToken.Header} header (it is in the management link)."));
        }

        var search = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        return search is not null && ManageToken.Matches(token, search.ManageTokenHash)
            ? (search, null)
            : (null, Results.Json(new { error = "No alert with this id and token." }, DocumentJson.Api, statusCode: StatusCodes.Status404NotFound));
    }
}

using Microsoft.AspNetCore.WebUtilities;
using NetralitasSearch.Functions.Alerts;
using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Functions.Functions;

/// <summary>
/// The JSON of an alert made without the key: its fields, <c>matching</c>, the Atom feed of its search, and at creation
/// the token and the management link <c>/alert.html#id=…&amp;token=…</c> (a fragment: the browser never sends it).
/// </summary>
internal static class SubscriptionAnswer
{
    public static IResult Of(SavedSearch search, int matching, string site, string? token = null, int status = StatusCodes.Status200OK, object? deliveries = null)
    {
        var parameters = search.Filters.ToDictionary(f => f.Key, f => (string?)f.Value, StringComparer.Ordinal);
        if (search.Query is { } query)
        {
            parameters["q"] = query;
        }

        return Results.Json(new
        {
            search.Id,
            search.Name,
            search.Query,
            search.Filters,
            search.Webhook,
            search.Email,
            search.CreatedAt,
            matching,
            atom = QueryHelpers.AddQueryString($"{site}/api/search.atom", parameters),
            token,
            manage_url = token is null ? null : $"{site}/alert.html#id={search.Id}&token={token}",
            deliveries,
        }, DocumentJson.Api, statusCode: status);
    }
}

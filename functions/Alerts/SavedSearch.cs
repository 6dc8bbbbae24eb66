using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using NetralitasSearch.Functions.Functions;
using NetralitasSearch.Indexer.Index;

namespace NetralitasSearch.Functions.Alerts;

/// <summary>
/// A search a watchdog saved with a webhook or an e-mail address: every newly indexed document it matches is
/// delivered there once (and its Atom feed lists them all). Stored as <c>searches/{id}.json</c> in the alerts
/// container. One made without the admin key carries the hash of its management token, never the token.
/// </summary>
public sealed record SavedSearch
{
    /// <summary>The filters a saved search may carry, as the search parameters of the same names.</summary>
    public static readonly IReadOnlySet<string> FilterNames = new HashSet<string>(StringComparer.Ordinal) { "regency", "province", "person", "source", "violation", "from", "to" };

    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>Lucene syntax, as on the page ("regency:\"Musi Rawas\" AND violation:social-media").</summary>
    public string? Query { get; init; }

    public IReadOnlyDictionary<string, string> Filters { get; init; } = new Dictionary<string, string>();

    /// <summary>Where matches are posted; null for an alert delivered by e-mail.</summary>
    public string? Webhook { get; init; }

    /// <summary>Where matches are mailed (SMTP settings <c>Smtp:*</c>); null for an alert delivered to a webhook.</summary>
    public string? Email { get; init; }

    /// <summary>SHA-256 (hex) of the management token of an alert made without the admin key; null for the admin's.</summary>
    public string? ManageTokenHash { get; init; }

    /// <summary>The site's address when the alert was made: the links of its e-mails point there.</summary>
    public string? SiteUrl { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The search, read by the same rules as <c>/api/search</c>; an error message when it does not read.</summary>
    public (SearchRequest? Request, string? Error) ToRequest()
    {
        var values = Filters.ToDictionary(f => f.Key, f => new StringValues(f.Value), StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(Query))
        {
            values["q"] = Query;
        }

        return SearchParameters.Read(new QueryCollection(values));
    }

    /// <summary>"Does this document match?": the saved search restricted to one document, all of its words required.</summary>
    public static SearchRequest ForDocument(SearchRequest request, string documentId) =>
        request with { DocumentId = documentId, Relax = false, Collapse = false, Facets = false, Snippets = false, Months = false, Page = 1, Size = 1 };
}

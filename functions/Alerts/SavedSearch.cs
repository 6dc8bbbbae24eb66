using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using NetralitasSearch.Functions.Functions;
using NetralitasSearch.Indexer.Index;

namespace NetralitasSearch.Functions.Alerts;

/// <summary>
/// A search a watchdog saved with a webhook: every newly indexed document it matches is posted there once.
/// Stored as <c>searches/{id}.json</c> in the alerts container.
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

    public required string Webhook { get; init; }

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

namespace NetralitasSearch.Indexer.Index;

/// <summary>A search: the query text (Lucene syntax) and the filters of the HTTP API and the CLI.</summary>
public sealed record SearchRequest
{
    public const int MaxSize = 100;

    /// <summary>page × size may not pass this: deep paging is an export, not a search.</summary>
    public const int MaxWindow = 10_000;

    /// <summary>A filter value (regency, province, person, source, violation) is a name, never a text: longer is refused.</summary>
    public const int MaxFilterLength = 200;

    public string? Query { get; init; }

    /// <summary>An official name, a code or an alias ("OKU"); a bare name shared by a regency and a city means both.</summary>
    public string? Regency { get; init; }

    /// <summary>A province: matches documents that name it or any of its regencies.</summary>
    public string? Province { get; init; }

    public string? Person { get; init; }

    public string? Source { get; init; }

    public string? Violation { get; init; }

    /// <summary>On the published date, falling back to the event date.</summary>
    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public SortOrder Sort { get; init; } = SortOrder.Relevance;

    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;

    public int Size { get; init; } = 10;

    /// <summary>Show each same-story cluster once (its earliest matching document); false lists every document.</summary>
    public bool Collapse { get; init; } = true;

    /// <summary>Only the documents of this same-story cluster (the "also published by" list of a hit).</summary>
    public string? Cluster { get; init; }

    /// <summary>Only this document (by id): "does this new document match the saved search?" asked of the same engine.</summary>
    public string? DocumentId { get; init; }

    /// <summary>
    /// Let a plain list of words that no document holds whole fall back to "any of the words", ranked by how many of
    /// them a document holds. Off for questions that need a yes or no (alerts), where a partial match must not count.
    /// </summary>
    public bool Relax { get; init; } = true;

    /// <summary>
    /// When the exact stories of a plain question of three parts or more do not fill the first page, also give the best
    /// stories holding most of its parts (<see cref="PartialMatchRule"/>) in <see cref="SearchResponse.Partial"/>,
    /// apart from the exact hits and outside the total and the facets. For what a reader sees (the page, the CLI's
    /// search, the search evaluation); off for exports, feeds, alerts and counts, which answer with exact sets only.
    /// </summary>
    public bool PartialMatches { get; init; }

    /// <summary>Count the matches per month (<see cref="SearchResponse.Months"/>), the page's timeline.</summary>
    public bool Months { get; init; }

    /// <summary>Compute facet counts (the page needs them; exports and benchmarks may not).</summary>
    public bool Facets { get; init; } = true;

    /// <summary>Build snippets for the hits.</summary>
    public bool Snippets { get; init; } = true;

    /// <summary>Values per facet: null for the searcher's <see cref="IndexSearcher.FacetSize"/>, 0 for every value.</summary>
    public int? FacetLimit { get; init; }

    /// <summary>
    /// Only documents that report an incident: those with any kind in <see cref="IndexFields.Incident"/> (extraction's
    /// actual cases, never an appeal or a rule alone).
    /// </summary>
    public bool IncidentsOnly { get; init; }
}

using System.Text.Json.Serialization;

namespace NetralitasSearch.Indexer.Index;

/// <summary>The answer of a search: the JSON of <c>GET /api/search</c> and <c>./netralitas search --json</c>.</summary>
public sealed record SearchResponse(int Total, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets)
{
    public int Page { get; init; } = 1;

    public int Size { get; init; } = 10;

    /// <summary>No document had every word, so the results are those with any of them, most of the words first.</summary>
    public bool Relaxed { get; init; }

    /// <summary>With <see cref="Relaxed"/>: how many documents have every word (none: that is when a search relaxes).</summary>
    public int? ExactTotal { get; init; }

    /// <summary>
    /// With <see cref="SearchRequest.Months"/>: matches per month of their date, oldest first, counted as the total is
    /// (a collapsed story once, in the month of its earliest document). Undated matches are in no month.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<MonthCount>? Months { get; init; }
}

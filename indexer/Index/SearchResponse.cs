namespace NetralitasSearch.Indexer.Index;

/// <summary>The answer of a search: the JSON of <c>GET /api/search</c> and <c>./netralitas search --json</c>.</summary>
public sealed record SearchResponse(int Total, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets)
{
    public int Page { get; init; } = 1;

    public int Size { get; init; } = 10;

    /// <summary>No document had every word, so the results are those with the most of them.</summary>
    public bool Relaxed { get; init; }
}

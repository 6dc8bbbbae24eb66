namespace NetralitasSearch.Indexer.Index;

/// <summary>Every value of a field over a search's whole result, most stories first.</summary>
/// <param name="Total">The stories of the search (its total).</param>
/// <param name="Documents">Its matching documents.</param>
public sealed record AggregateResponse(int Total, int Documents, IReadOnlyList<AggregateBucket> Buckets)
{
    /// <summary>The search was relaxed to "any of the words", as the page's search with the same request was.</summary>
    public bool Relaxed { get; init; }
}

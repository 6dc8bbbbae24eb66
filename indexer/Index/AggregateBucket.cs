namespace NetralitasSearch.Indexer.Index;

/// <summary>One value of an aggregate.</summary>
/// <param name="Count">Stories with a matching version that has the value: a collapsed story once, as search totals and facets count.</param>
/// <param name="Documents">Matching documents that have the value.</param>
/// <param name="Buckets">With a second field: its values among the documents that have this one.</param>
public sealed record AggregateBucket(string Value, int Count, int Documents, IReadOnlyList<AggregateBucket> Buckets);

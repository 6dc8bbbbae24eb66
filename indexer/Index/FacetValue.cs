namespace NetralitasSearch.Indexer.Index;

public sealed record FacetValue(string Value, int Count);

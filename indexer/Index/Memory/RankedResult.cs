namespace NetralitasSearch.Indexer.Index.Memory;

/// <summary>One result of the in-memory path: the document shown, its score, and the rest of its same-story cluster.</summary>
internal sealed record RankedResult(int Ordinal, long RowId, float Score, long Cluster, int Duplicates, IReadOnlyList<string> AlsoPublishedBy);

namespace NetralitasSearch.Indexer.Index.Memory;

/// <summary>
/// One required clause of a <see cref="Conjunction"/>: a word's posting list with its idf, scored lazily, or a set
/// already evaluated (a phrase, a synonym group, a prefix).
/// </summary>
internal readonly record struct Clause(PostingList? Postings, float Idf, ScoredDocs? Set)
{
    public int Count => Postings?.Count ?? Set!.Count;

    public ReadOnlySpan<int> Documents => Postings is { } postings ? postings.Documents : Set!.Documents.AsSpan(0, Set.Count);

    public static Clause Of(ScoredDocs set) => new(null, 0, set);

    public float Score(int position, Bm25 bm25) =>
        Postings is { } postings ? bm25.Score(Idf, postings.Frequencies[position], postings.Documents[position]) : Set!.Scores[position];

    public byte CoverageAt(int position) => Postings is null ? Set!.Coverage[position] : (byte)1;
}

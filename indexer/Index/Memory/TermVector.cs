namespace NetralitasSearch.Indexer.Index.Memory;

/// <summary>
/// A document's terms with their weighted frequencies (body + <see cref="TitleBoost"/> × title) and its weighted
/// length: what BM25F needs, stored with the document so the in-memory postings can be rebuilt without analysis.
/// </summary>
internal sealed record TermVector(IReadOnlyList<(string Term, int Frequency)> Terms, int Length)
{
    /// <summary>A word in the title counts as this many words of the body.</summary>
    public const int TitleBoost = 3;
}

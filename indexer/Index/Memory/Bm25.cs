namespace NetralitasSearch.Indexer.Index.Memory;

/// <summary>
/// BM25 (k1 1.2, b 0.75) over the weighted frequencies and lengths of <see cref="TermVector"/>: one place for the
/// formula, so a term scored from a whole posting list and one scored only where a conjunction matches give the
/// same float, bit for bit.
/// </summary>
internal sealed class Bm25(MemoryIndex index)
{
    private const float K1 = 1.2f;
    private const float B = 0.75f;

    private readonly float averageLength = index.LiveCount == 0 ? 1 : (float)index.LiveLength / index.LiveCount;
    private readonly List<int> lengths = index.Lengths;

    public float Idf(int documentFrequency) => (float)Math.Log(1 + (index.LiveCount - documentFrequency + 0.5) / (documentFrequency + 0.5));

    public float Score(float idf, byte frequency, int ordinal)
    {
        var tf = frequency;
        var norm = K1 * (1 - B + B * lengths[ordinal] / averageLength);
        return idf * tf * (K1 + 1) / (tf + norm);
    }
}

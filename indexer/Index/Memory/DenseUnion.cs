namespace NetralitasSearch.Indexer.Index.Memory;

/// <summary>
/// The union of result sets through arrays indexed by document: each set in turn adds into a score, a coverage and
/// a presence bit per document, and the present documents are then read out in order, clearing the arrays as they
/// go. Linear in the sets' sizes, where merging k sets tests all k at every document (a synonym group of eight
/// variants, or the words of a relaxed query over half the corpus). Scores add up in the order of the sets, starting
/// from zero, as the merge did, so the floats are the same. Held by the thread's <see cref="SearchScratch"/>.
/// </summary>
internal sealed class DenseUnion
{
    private float[] scores = [];
    private int[] coverage = [];
    private ulong[] present = [];

    /// <summary>
    /// Adds the documents of non-empty <paramref name="sets"/> to <paramref name="result"/>: scores and coverage add
    /// up, or with <paramref name="best"/> a document scores as its best set and counts once.
    /// </summary>
    public ScoredDocs Union(IReadOnlyList<ScoredDocs> sets, bool best, ScoredDocs result)
    {
        var universe = 0;
        foreach (var set in sets)
        {
            universe = Math.Max(universe, set.Documents[set.Count - 1] + 1);
        }

        Grow(universe);
        foreach (var set in sets)
        {
            Add(set, best);
        }

        var words = (universe + 63) >> 6;
        for (var w = 0; w < words; w++)
        {
            for (var bits = present[w]; bits != 0; bits &= bits - 1)
            {
                var document = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                result.Add(document, scores[document], (byte)Math.Min(255, coverage[document]));
            }

            present[w] = 0;
        }

        return result;
    }

    private void Add(ScoredDocs set, bool best)
    {
        var documents = set.Documents.AsSpan(0, set.Count);
        var setScores = set.Scores.AsSpan(0, set.Count);
        var setCoverage = set.Coverage.AsSpan(0, set.Count);
        for (var i = 0; i < documents.Length; i++)
        {
            var document = documents[i];
            ref var word = ref present[document >> 6];
            var bit = 1UL << (document & 63);
            if ((word & bit) == 0)
            {
                word |= bit;
                scores[document] = 0;
                coverage[document] = 0;
            }

            scores[document] = best ? Math.Max(scores[document], setScores[i]) : scores[document] + setScores[i];
            coverage[document] = best ? 1 : coverage[document] + setCoverage[i];
        }
    }

    private void Grow(int universe)
    {
        if (scores.Length >= universe)
        {
            return;
        }

        var size = Math.Max(universe, scores.Length * 2);
        scores = new float[size];
        coverage = new int[size];
        present = new ulong[(size + 63) >> 6];
    }
}

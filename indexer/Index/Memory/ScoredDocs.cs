namespace NetralitasSearch.Indexer.Index.Memory;

/// <summary>
/// Matching documents (ordinals, ascending) with a score each, and how many query parts each matched. With a
/// <see cref="ScoredDocsPool"/> its arrays are rented for the search, and sets made from it rent from the same pool.
/// </summary>
internal sealed class ScoredDocs
{
    private readonly ScoredDocsPool? pool;

    public ScoredDocs(int capacity, ScoredDocsPool? pool = null)
    {
        this.pool = pool;
        (Documents, Scores, Coverage) = Allocate(Math.Max(4, capacity));
    }

    public int[] Documents { get; private set; }

    public float[] Scores { get; private set; }

    public byte[] Coverage { get; private set; }

    public int Count { get; private set; }

    public static ScoredDocs Empty => new(0);

    public void Add(int document, float score, byte coverage = 1)
    {
        if (Count == Documents.Length)
        {
            var (documents, scores, coverages) = Allocate(Documents.Length * 2);
            Array.Copy(Documents, documents, Count);
            Array.Copy(Scores, scores, Count);
            Array.Copy(Coverage, coverages, Count);
            (Documents, Scores, Coverage) = (documents, scores, coverages);
        }

        Documents[Count] = document;
        Scores[Count] = score;
        Coverage[Count] = coverage;
        Count++;
    }

    /// <summary>Documents in all sets; scores and coverage add up.</summary>
    public static ScoredDocs Intersect(IReadOnlyList<ScoredDocs> sets)
    {
        if (sets.Count == 0)
        {
            return Empty;
        }

        var ordered = sets.OrderBy(s => s.Count).ToList();
        var result = ordered[0];
        for (var k = 1; k < ordered.Count && result.Count > 0; k++)
        {
            var other = ordered[k];
            var next = new ScoredDocs(result.Count, result.pool);
            int i = 0, j = 0;
            while (i < result.Count && j < other.Count)
            {
                var a = result.Documents[i];
                var b = other.Documents[j];
                if (a == b)
                {
                    next.Add(a, result.Scores[i] + other.Scores[j], (byte)Math.Min(255, result.Coverage[i] + other.Coverage[j]));
                    i++;
                    j++;
                }
                else if (a < b)
                {
                    i = Seek(result.Documents, i + 1, result.Count, b);
                }
                else
                {
                    j = Seek(other.Documents, j + 1, other.Count, a);
                }
            }

            result = next;
        }

        return result;
    }

    /// <summary>
    /// Documents in any set; scores and coverage add up over the sets a document is in, or with
    /// <paramref name="best"/> a document scores as its best set and counts once (variants of one thing).
    /// </summary>
    public static ScoredDocs Union(IReadOnlyList<ScoredDocs> sets, bool best = false)
    {
        var live = sets.Where(s => s.Count > 0).ToList();
        if (live.Count == 0)
        {
            return Empty;
        }

        if (live.Count == 1)
        {
            return live[0];
        }

        return SearchScratch.ForThisThread().Union.Union(live, best, new ScoredDocs(live.Max(s => s.Count), live[0].pool));
    }

    /// <summary>The documents of <paramref name="set"/> that are not in <paramref name="excluded"/>.</summary>
    public static ScoredDocs Except(ScoredDocs set, ScoredDocs excluded)
    {
        var result = new ScoredDocs(set.Count, set.pool);
        var j = 0;
        for (var i = 0; i < set.Count; i++)
        {
            var document = set.Documents[i];
            while (j < excluded.Count && excluded.Documents[j] < document)
            {
                j++;
            }

            if (j >= excluded.Count || excluded.Documents[j] != document)
            {
                result.Add(document, set.Scores[i], set.Coverage[i]);
            }
        }

        return result;
    }

    public ScoredDocs Where(Func<int, bool> keep)
    {
        var result = new ScoredDocs(Count, pool);
        for (var i = 0; i < Count; i++)
        {
            if (keep(Documents[i]))
            {
                result.Add(Documents[i], Scores[i], Coverage[i]);
            }
        }

        return result;
    }

    /// <summary>Galloping search for the first position at or after <paramref name="from"/> whose document is ≥ target.</summary>
    public static int Seek(int[] documents, int from, int count, int target) => Seek(documents.AsSpan(0, count), from, target);

    /// <summary>Galloping search for the first position at or after <paramref name="from"/> whose document is ≥ target.</summary>
    public static int Seek(ReadOnlySpan<int> documents, int from, int target)
    {
        var count = documents.Length;
        var step = 1;
        var high = from;
        while (high < count && documents[high] < target)
        {
            from = high + 1;
            high += step;
            step *= 2;
        }

        high = Math.Min(high, count);
        while (from < high)
        {
            var middle = (from + high) >>> 1;
            if (documents[middle] < target)
            {
                from = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return from;
    }

    private (int[] Documents, float[] Scores, byte[] Coverage) Allocate(int capacity) =>
        pool?.Rent(capacity) ?? (new int[capacity], new float[capacity], new byte[capacity]);
}

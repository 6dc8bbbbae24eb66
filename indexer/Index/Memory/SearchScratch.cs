namespace NetralitasSearch.Indexer.Index.Memory;

/// <summary>
/// The working arrays of one search, kept per thread and reused by its next search: the marks and best matches of
/// clusters and the facet counts. A search then allocates nothing per match, which at 200,000 matches is the
/// difference between a few hundred microseconds and a garbage collection.
/// </summary>
internal sealed class SearchScratch
{
    [ThreadStatic]
    private static SearchScratch? current;

    private int[] marks = [];
    private int[] best = [];
    private int generation;

    public static SearchScratch ForThisThread() => current ??= new SearchScratch();

    public FacetCounter Facets { get; } = new();

    /// <summary>The per-document arrays of unions of result sets.</summary>
    public DenseUnion Union { get; } = new();

    /// <summary>The index (into the matches) of each marked cluster's best match so far.</summary>
    public int[] Best => best;

    /// <summary>Starts a pass in which every cluster below <paramref name="clusters"/> is unmarked.</summary>
    public void BeginPass(int clusters)
    {
        if (marks.Length < clusters)
        {
            var size = Math.Max(clusters, marks.Length * 2);
            (marks, best, generation) = (new int[size], new int[size], 0);
        }

        if (++generation == int.MaxValue)
        {
            Array.Clear(marks);
            generation = 1;
        }
    }

    /// <summary>Marks a cluster; true the first time in this pass.</summary>
    public bool Mark(int cluster)
    {
        if (marks[cluster] == generation)
        {
            return false;
        }

        marks[cluster] = generation;
        return true;
    }
}

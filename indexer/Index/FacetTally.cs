namespace NetralitasSearch.Indexer.Index;

/// <summary>Counts per value id of one facet for one search, each story once per value (a stamp per story).</summary>
internal sealed class FacetTally
{
    private int[] counts = [];
    private int[] stamps = [];

    public List<int> Touched { get; } = [];

    public int this[int id] => counts[id];

    public void Reset(int size)
    {
        foreach (var id in Touched)
        {
            counts[id] = 0;
        }

        Touched.Clear();
        if (counts.Length < size)
        {
            counts = new int[Math.Max(size, counts.Length * 2)];
            stamps = new int[counts.Length];
        }
    }

    /// <summary>Counts a value for the story stamped <paramref name="stamp"/>, unless that story counted it already.</summary>
    public void Add(int id, int stamp)
    {
        if (stamps[id] == stamp)
        {
            return;
        }

        stamps[id] = stamp;
        if (counts[id]++ == 0)
        {
            Touched.Add(id);
        }
    }
}

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

    /// <summary>Starts from totals: every value with a total is listed, so counting down never lists one again.</summary>
    public void Load(int[] totals, int[] ids)
    {
        foreach (var id in ids)
        {
            counts[id] = totals[id];
        }

        Touched.AddRange(ids);
    }

    /// <summary>Counts a value of a story that has it once (one document's values are distinct).</summary>
    public void AddOnce(int id)
    {
        if (counts[id]++ == 0)
        {
            Touched.Add(id);
        }
    }

    /// <summary>Takes off a value of a story that has it once.</summary>
    public void RemoveOnce(int id) => counts[id]--;

    /// <summary>Takes a value off once for the story stamped <paramref name="stamp"/>.</summary>
    public void Remove(int id, int stamp)
    {
        if (stamps[id] != stamp)
        {
            stamps[id] = stamp;
            counts[id]--;
        }
    }

    /// <summary>Counts a value already listed (see <see cref="Load"/>) once for the story stamped <paramref name="stamp"/>.</summary>
    public void AddListed(int id, int stamp)
    {
        if (stamps[id] != stamp)
        {
            stamps[id] = stamp;
            counts[id]++;
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

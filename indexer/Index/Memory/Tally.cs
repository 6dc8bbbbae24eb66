namespace NetralitasSearch.Indexer.Index.Memory;

/// <summary>
/// Counts per small integer id that remembers which ids it touched, so a search resets it in time proportional to
/// what it counted rather than to every person or place the index knows.
/// </summary>
internal sealed class Tally
{
    private int[] counts = [];
    private int[] touched = new int[64];

    public int this[int id] => counts[id];

    /// <summary>The ids counted at least once since <see cref="Reset"/>, in the order first counted.</summary>
    public ReadOnlySpan<int> Touched => touched.AsSpan(0, TouchedCount);

    private int TouchedCount { get; set; }

    /// <summary>Zeroes what was counted and makes room for ids below <paramref name="size"/>.</summary>
    public void Reset(int size)
    {
        foreach (var id in Touched)
        {
            counts[id] = 0;
        }

        TouchedCount = 0;
        if (counts.Length < size)
        {
            counts = new int[Math.Max(size, counts.Length * 2)];
        }
    }

    public void Add(int id)
    {
        if (counts[id]++ == 0)
        {
            if (TouchedCount == touched.Length)
            {
                Array.Resize(ref touched, touched.Length * 2);
            }

            touched[TouchedCount++] = id;
        }
    }
}

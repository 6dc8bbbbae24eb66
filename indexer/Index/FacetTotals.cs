namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// For one point-in-time reader: how many units (same-story clusters, or documents) carry each facet value, a cluster
/// once per value any of its live versions has. A search matching most of the index counts its facets from these
/// totals less what it did not match (<see cref="FacetCounter"/>), which walks the few stories left out instead of
/// the many taken in.
/// </summary>
internal sealed class FacetTotals
{
    private FacetTotals(int[][] counts, int[][] ids)
    {
        Counts = counts;
        Ids = ids;
    }

    /// <summary>Per <see cref="FacetKind"/>, the units carrying each value id.</summary>
    public int[][] Counts { get; }

    /// <summary>Per <see cref="FacetKind"/>, the value ids some unit carries.</summary>
    public int[][] Ids { get; }

    /// <param name="units">Each unit's live documents (global ids); a unit counts a value once however many of them carry it.</param>
    /// <param name="entries">A global document's entries (<see cref="SegmentValues.Of"/>).</param>
    /// <param name="sizes">Per kind, one more than the largest value id.</param>
    public static FacetTotals Count(int unitCount, Func<int, ReadOnlySpan<int>> units, Func<int, ReadOnlySpan<int>> entries, int[] sizes)
    {
        var counts = sizes.Select(size => new int[size]).ToArray();
        var stamps = sizes.Select(size => new int[size]).ToArray();
        for (var unit = 0; unit < unitCount; unit++)
        {
            var documents = units(unit);
            foreach (var document in documents)
            {
                foreach (var entry in entries(document))
                {
                    var (kind, id) = (entry >>> SegmentValues.KindShift, entry & SegmentValues.IdMask);
                    if (stamps[kind][id] != unit + 1)
                    {
                        stamps[kind][id] = unit + 1;
                        counts[kind][id]++;
                    }
                }
            }
        }

        var ids = counts.Select(perKind => Enumerable.Range(0, perKind.Length).Where(id => perKind[id] > 0).ToArray()).ToArray();
        return new FacetTotals(counts, ids);
    }
}

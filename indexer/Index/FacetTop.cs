namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// The first values of a facet: most documents first, then by value (ordinal), then by id. Chosen with a heap of the
/// values kept so far whose root is the last of them: a value enters only when it comes before that root, so most
/// values of a long facet (persons of a frequent word) cost one comparison of counts, and names are looked up only
/// for values that tie on their count.
/// </summary>
internal static class FacetTop
{
    public static List<FacetValue> Of(ReadOnlySpan<int> ids, Func<int, int> count, Func<int, string> name, int size)
    {
        if (size >= ids.Length)
        {
            // Every value asked for (facetLimit=all): one sort, not a heap.
            var all = new List<(int Id, int Count)>(ids.Length);
            foreach (var id in ids)
            {
                if (count(id) is > 0 and var n)
                {
                    all.Add((id, n));
                }
            }

            all.Sort((a, b) => a.Id == b.Id ? 0 : Before(a, b, name) ? -1 : 1);
            return all.ConvertAll(entry => new FacetValue(name(entry.Id), entry.Count));
        }

        if (size <= 0)
        {
            return [];
        }

        // An insertion into a sorted list per value that beat the last one was a twentieth of a frequent word's search.
        var heap = new (int Id, int Count)[size];
        var kept = 0;
        foreach (var id in ids)
        {
            var entry = (id, count(id));
            if (entry.Item2 <= 0)
            {
                continue;
            }

            if (kept < size)
            {
                heap[kept] = entry;
                Up(heap, kept++, name);
            }
            else if (Before(entry, heap[0], name))
            {
                heap[0] = entry;
                Down(heap, kept, name);
            }
        }

        var top = heap.AsSpan(0, kept).ToArray();
        Array.Sort(top, (a, b) => a.Id == b.Id ? 0 : Before(a, b, name) ? -1 : 1);
        return Array.ConvertAll(top, entry => new FacetValue(name(entry.Id), entry.Count)).ToList();
    }

    /// <summary>Restores the heap (every parent comes after its children) after an entry was put at <paramref name="at"/>.</summary>
    private static void Up((int Id, int Count)[] heap, int at, Func<int, string> name)
    {
        while (at > 0)
        {
            var parent = (at - 1) / 2;
            if (!Before(heap[parent], heap[at], name))
            {
                return;
            }

            (heap[parent], heap[at]) = (heap[at], heap[parent]);
            at = parent;
        }
    }

    /// <summary>Restores the heap after its root was replaced.</summary>
    private static void Down((int Id, int Count)[] heap, int count, Func<int, string> name)
    {
        var at = 0;
        while (true)
        {
            var last = at;
            var left = (2 * at) + 1;
            if (left < count && Before(heap[last], heap[left], name))
            {
                last = left;
            }

            if (left + 1 < count && Before(heap[last], heap[left + 1], name))
            {
                last = left + 1;
            }

            if (last == at)
            {
                return;
            }

            (heap[last], heap[at]) = (heap[at], heap[last]);
            at = last;
        }
    }

    private static bool Before((int Id, int Count) a, (int Id, int Count) b, Func<int, string> name)
    {
        if (a.Count != b.Count)
        {
            return a.Count > b.Count;
        }

        var byName = string.CompareOrdinal(name(a.Id), name(b.Id));
        return byName != 0 ? byName < 0 : a.Id < b.Id;
    }
}

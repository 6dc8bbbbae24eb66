namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// The first values of a facet: most documents first, then by value (ordinal), then by id. Chosen by insertion
/// into a short sorted list, so a facet with thousands of values (persons of a frequent word) costs no sort and
/// names are looked up only for values that tie on their count.
/// </summary>
internal static class FacetTop
{
    public static List<FacetValue> Of(ReadOnlySpan<int> ids, Func<int, int> count, Func<int, string> name, int size)
    {
        if (size >= ids.Length)
        {
            // Every value asked for (facetLimit=all): one sort, not an insertion per value.
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

        var top = new List<(int Id, int Count)>(size + 1);
        foreach (var id in ids)
        {
            var entry = (id, count(id));
            if (entry.Item2 <= 0 || (top.Count == size && !Before(entry, top[^1], name)))
            {
                continue;
            }

            var at = top.Count;
            while (at > 0 && Before(entry, top[at - 1], name))
            {
                at--;
            }

            top.Insert(at, entry);
            if (top.Count > size)
            {
                top.RemoveAt(size);
            }
        }

        return top.ConvertAll(entry => new FacetValue(name(entry.Id), entry.Count));
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

using NetralitasSearch.Indexer.Extraction.Regions;

namespace NetralitasSearch.Indexer.Index.Memory;

/// <summary>
/// Orders matches, collapses each same-story cluster to its earliest matching document (ranked where its best
/// member ranks), counts distinct stories as the total, and counts facets once per story. Selecting the page uses
/// a bounded heap, so the cost grows with the number of matches, not with their sorting.
/// </summary>
internal static class MemoryRanker
{
    private const int FacetSize = 10;

    public static (List<RankedResult> Page, int Total, Dictionary<string, IReadOnlyList<FacetValue>> Facets) Rank(
        MemoryIndex index, ScoredDocs matches, SearchRequest request, bool byCoverage, Gazetteer gazetteer)
    {
        var clusters = index.Clusters;
        var days = index.SortDays;
        var byDate = request.Sort == SortOrder.Date;

        // Best-ranked member of each cluster among the matches, and how many of its members matched.
        var best = new Dictionary<long, (int Index, int Matched)>();
        for (var i = 0; i < matches.Count; i++)
        {
            var cluster = request.Collapse ? clusters[matches.Documents[i]] : -1 - matches.Documents[i];
            if (best.TryGetValue(cluster, out var current))
            {
                best[cluster] = (Better(matches, i, current.Index, days, byDate, byCoverage) ? i : current.Index, current.Matched + 1);
            }
            else
            {
                best[cluster] = (i, 1);
            }
        }

        var want = Math.Min(best.Count, request.Page * request.Size);
        var ordered = best.Values.ToList();
        var heap = new PriorityQueue<(int Index, int Matched), (int Index, int Matched)>(Comparer<(int Index, int Matched)>.Create((a, b) => Better(matches, a.Index, b.Index, days, byDate, byCoverage) ? 1 : -1));
        foreach (var entry in ordered)
        {
            heap.Enqueue(entry, entry);
            if (heap.Count > want)
            {
                heap.Dequeue();
            }
        }

        var top = new List<(int Index, int Matched)>();
        while (heap.Count > 0)
        {
            top.Add(heap.Dequeue());
        }

        top.Reverse();
        var page = new List<RankedResult>();
        foreach (var (position, _) in top.Skip((request.Page - 1) * request.Size))
        {
            var ordinal = matches.Documents[position];
            var cluster = clusters[ordinal];
            var members = request.Collapse ? index.Members(cluster).Where(m => index.Alive[m]).ToList() : [ordinal];
            var shown = request.Collapse ? Earliest(members, matches, days) ?? ordinal : ordinal;
            var shownSource = index.Sources[shown];
            var others = members.Where(m => m != shown).ToList();
            var outlets = others.Select(m => index.Sources[m]).Where(s => s >= 0 && s != shownSource).Distinct().Select(index.SourceNames.Value).ToList();
            page.Add(new RankedResult(shown, index.RowIds[shown], matches.Scores[position], cluster, others.Count, outlets));
        }

        var facets = request.Facets ? Facets(index, matches, request.Collapse, gazetteer) : [];
        return (page, best.Count, facets);
    }

    /// <summary>The earliest member that matched the query (by date, then by when it was indexed).</summary>
    private static int? Earliest(List<int> members, ScoredDocs matches, List<int> days)
    {
        int? earliest = null;
        foreach (var member in members)
        {
            if (Array.BinarySearch(matches.Documents, 0, matches.Count, member) < 0)
            {
                continue;
            }

            if (earliest is null || Day(days[member]) < Day(days[earliest.Value]) || (days[member] == days[earliest.Value] && member < earliest))
            {
                earliest = member;
            }
        }

        return earliest;
    }

    private static int Day(int day) => day < 0 ? int.MaxValue : day;

    /// <summary>Whether match <paramref name="a"/> ranks before match <paramref name="b"/>.</summary>
    private static bool Better(ScoredDocs matches, int a, int b, List<int> days, bool byDate, bool byCoverage)
    {
        if (byCoverage && matches.Coverage[a] != matches.Coverage[b])
        {
            return matches.Coverage[a] > matches.Coverage[b];
        }

        var dayA = days[matches.Documents[a]];
        var dayB = days[matches.Documents[b]];
        if (byDate && dayA != dayB)
        {
            return dayA > dayB;
        }

        if (matches.Scores[a] != matches.Scores[b])
        {
            return matches.Scores[a] > matches.Scores[b];
        }

        return dayA != dayB ? dayA > dayB : matches.Documents[a] < matches.Documents[b];
    }

    private static Dictionary<string, IReadOnlyList<FacetValue>> Facets(MemoryIndex index, ScoredDocs matches, bool collapse, Gazetteer gazetteer)
    {
        var regencies = new int[index.RegionCodes.Count];
        var provinces = new int[index.RegionCodes.Count];
        var sources = new int[index.SourceNames.Count];
        var violations = new int[Math.Min(31, index.ViolationNames.Count)];
        var years = new Dictionary<int, int>();
        var persons = new Dictionary<int, int>();
        var positions = new Dictionary<int, int>();
        var seen = collapse ? new HashSet<long>() : null;
        for (var i = 0; i < matches.Count; i++)
        {
            var ordinal = matches.Documents[i];
            if (seen is not null && !seen.Add(index.Clusters[ordinal]))
            {
                continue;
            }

            foreach (var id in index.Regencies[ordinal])
            {
                regencies[id]++;
            }

            foreach (var id in index.Provinces[ordinal])
            {
                provinces[id]++;
            }

            foreach (var id in index.Persons[ordinal])
            {
                persons[id] = persons.GetValueOrDefault(id) + 1;
            }

            foreach (var id in index.Positions[ordinal])
            {
                positions[id] = positions.GetValueOrDefault(id) + 1;
            }

            if (index.Sources[ordinal] >= 0)
            {
                sources[index.Sources[ordinal]]++;
            }

            for (var bit = 0; bit < violations.Length; bit++)
            {
                if ((index.ViolationBits[ordinal] & (1 << bit)) != 0)
                {
                    violations[bit]++;
                }
            }

            if (index.SortDays[ordinal] >= 0)
            {
                var year = DateOnly.FromDayNumber(index.SortDays[ordinal]).Year;
                years[year] = years.GetValueOrDefault(year) + 1;
            }
        }

        string Region(int id) => gazetteer.ByCode(index.RegionCodes.Value(id))?.DisplayName ?? index.RegionCodes.Value(id);
        return new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal)
        {
            ["regency"] = Top(regencies.Select((count, id) => (Region(id), count))),
            ["province"] = Top(provinces.Select((count, id) => (Region(id), count))),
            ["year"] = Top(years.Select(pair => (pair.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), pair.Value))),
            ["person"] = Top(persons.Select(pair => (index.PersonNames.Value(pair.Key), pair.Value))),
            ["position"] = Top(positions.Select(pair => (index.PositionNames.Value(pair.Key), pair.Value))),
            ["violation"] = Top(violations.Select((count, bit) => (index.ViolationNames.Value(bit), count))),
            ["source"] = Top(sources.Select((count, id) => (index.SourceNames.Value(id), count))),
        };
    }

    private static List<FacetValue> Top(IEnumerable<(string Value, int Count)> counts) =>
        counts.Where(c => c.Count > 0).OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal).Take(FacetSize)
            .Select(c => new FacetValue(c.Value, c.Count)).ToList();
}

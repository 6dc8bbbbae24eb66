using System.Globalization;

namespace NetralitasSearch.Indexer.Index.Memory;

/// <summary>
/// Matches per month in one pass over the match set: no page, no sort, no text read. A collapsed story counts once,
/// in the month of its earliest dated member, so the months add up to the total the page shows (less the undated).
/// </summary>
internal static class MemoryTimeline
{
    public static List<MonthCount> Months(MemoryIndex index, ScoredDocs matches, bool collapse)
    {
        var days = index.SortDays;
        var counts = new Dictionary<int, int>();
        Dictionary<long, int>? earliest = collapse ? [] : null;
        for (var i = 0; i < matches.Count; i++)
        {
            var ordinal = matches.Documents[i];
            var day = days[ordinal];
            if (earliest is null)
            {
                if (day >= 0)
                {
                    Add(counts, day);
                }

                continue;
            }

            var cluster = index.Clusters[ordinal];
            if (!earliest.TryGetValue(cluster, out var seen) || (day >= 0 && (seen < 0 || day < seen)))
            {
                earliest[cluster] = day;
            }
        }

        foreach (var day in earliest?.Values ?? Enumerable.Empty<int>())
        {
            if (day >= 0)
            {
                Add(counts, day);
            }
        }

        return counts.OrderBy(c => c.Key)
            .Select(c => new MonthCount(new DateOnly(c.Key / 100, c.Key % 100, 1).ToString("yyyy-MM", CultureInfo.InvariantCulture), c.Value))
            .ToList();
    }

    private static void Add(Dictionary<int, int> counts, int dayNumber)
    {
        var date = DateOnly.FromDayNumber(dayNumber);
        var key = date.Year * 100 + date.Month;
        counts[key] = counts.GetValueOrDefault(key) + 1;
    }
}

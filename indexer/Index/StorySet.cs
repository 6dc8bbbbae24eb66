using System.Globalization;

namespace NetralitasSearch.Indexer.Index;

/// <summary>The stories a <see cref="StoryCollector"/> gathered: their count, the first N in result order, their months.</summary>
internal sealed class StorySet(StoryScratch scratch, SegmentValues[] leaves, bool byDate)
{
    public StoryScratch Scratch => scratch;

    public SegmentValues[] Leaves => leaves;

    /// <summary>Stories (documents when not collapsing).</summary>
    public int Total => scratch.Touched.Count;

    /// <summary>Matching documents.</summary>
    public int Documents => scratch.Matches;

    /// <summary>The first <paramref name="want"/> stories, best first.</summary>
    public List<int> Top(int want)
    {
        var top = new List<int>(Math.Max(0, Math.Min(want, Total)));
        if (want <= 0)
        {
            return top;
        }

        var heap = new PriorityQueue<int, int>(Math.Min(want, Total) + 1, Comparer<int>.Create((a, b) => a == b ? 0 : Before(a, b) ? 1 : -1));
        foreach (var story in scratch.Touched)
        {
            if (heap.Count < want)
            {
                heap.Enqueue(story, story);
            }
            else if (Before(story, heap.Peek()))
            {
                heap.EnqueueDequeue(story, story);
            }
        }

        while (heap.Count > 0)
        {
            top.Add(heap.Dequeue());
        }

        top.Reverse();
        return top;
    }

    /// <summary>The version of a story a result shows: its earliest matching document.</summary>
    public (int Leaf, int Doc) Shown(int story)
    {
        var match = scratch.Stories[story].EarliestMatch;
        return (scratch.MatchLeaf[match], scratch.MatchDoc[match]);
    }

    /// <summary>Every matching document of a story.</summary>
    public IEnumerable<(int Leaf, int Doc)> Matches(int story)
    {
        for (var match = scratch.Stories[story].Head; match >= 0; match = scratch.MatchNext[match])
        {
            yield return (scratch.MatchLeaf[match], scratch.MatchDoc[match]);
        }
    }

    /// <summary>
    /// Stories per month of their earliest dated version, oldest first, and the stories with no dated version: the
    /// months and the undated add up to the total.
    /// </summary>
    public (List<MonthCount> Months, int Undated) Timeline()
    {
        var counts = new SortedDictionary<int, int>();
        var undated = 0;
        foreach (var story in scratch.Touched)
        {
            var day = scratch.Stories[story].EarliestDay;
            if (day < 0)
            {
                undated++;
                continue;
            }

            var date = DateOnly.FromDayNumber(day);
            var key = date.Year * 100 + date.Month;
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        var months = counts.Select(c => new MonthCount(new DateOnly(c.Key / 100, c.Key % 100, 1).ToString("yyyy-MM", CultureInfo.InvariantCulture), c.Value)).ToList();
        return (months, undated);
    }

    private bool Before(int a, int b)
    {
        ref readonly var x = ref scratch.Stories[a];
        ref readonly var y = ref scratch.Stories[b];
        return StoryOrder.Before(x.BestCoverage, x.BestDay, x.BestScore, x.BestSequence, y.BestCoverage, y.BestDay, y.BestScore, y.BestSequence, byDate);
    }
}

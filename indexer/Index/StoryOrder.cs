namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// The order of results: more parts of a relaxed question first, newer first when sorting by date, then higher score,
/// newer, and earlier indexed. A total order (no two documents share a sequence number), so any way of choosing the
/// first N gives the same page.
/// </summary>
internal static class StoryOrder
{
    public static bool Before(int coverageA, int dayA, float scoreA, long sequenceA, int coverageB, int dayB, float scoreB, long sequenceB, bool byDate)
    {
        if (coverageA != coverageB)
        {
            return coverageA > coverageB;
        }

        if (byDate && dayA != dayB)
        {
            return dayA > dayB;
        }

        if (scoreA != scoreB)
        {
            return scoreA > scoreB;
        }

        return dayA != dayB ? dayA > dayB : sequenceA < sequenceB;
    }

    /// <summary>Which version of a story is shown: the earliest dated one (undated last), then the first indexed.</summary>
    public static bool Earlier(int dayA, long sequenceA, int dayB, long sequenceB)
    {
        var a = dayA < 0 ? int.MaxValue : dayA;
        var b = dayB < 0 ? int.MaxValue : dayB;
        return a != b ? a < b : sequenceA < sequenceB;
    }
}

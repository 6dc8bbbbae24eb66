namespace NetralitasSearch.Indexer.Index.Memory;

/// <summary>
/// The order of results, over positions in a <see cref="ScoredDocs"/>: more query parts first when ranking by
/// coverage, newer first when sorting by date, then higher score, newer, and earlier indexed. A total order (no two
/// matches are equal), so any way of choosing the first N gives the same page.
/// </summary>
internal sealed class MatchOrder(ScoredDocs matches, List<int> days, bool byDate, bool byCoverage) : IComparer<int>
{
    /// <summary>Whether match <paramref name="a"/> ranks before match <paramref name="b"/>.</summary>
    public bool Before(int a, int b)
    {
        if (byCoverage && matches.Coverage[a] != matches.Coverage[b])
        {
            return matches.Coverage[a] > matches.Coverage[b];
        }

        // Scores decide most comparisons: the days are read only when the order needs them.
        if (!byDate && matches.Scores[a] != matches.Scores[b])
        {
            return matches.Scores[a] > matches.Scores[b];
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

    /// <summary>As a heap's priority: the match that ranks last comes out first.</summary>
    public int Compare(int x, int y) => x == y ? 0 : Before(x, y) ? 1 : -1;
}

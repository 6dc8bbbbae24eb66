using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// Collects every match of a search into stories: each match joins its same-story cluster (or stands alone when not
/// collapsing); a story keeps its best match by the result order (for ranking) and its earliest match (the version
/// shown, and the one whose month the timeline counts), and chains all its matches (for facets and aggregates). For a
/// relaxed or partial search it also counts, per match, how many of the question's parts it holds. A partial search
/// passes the exact search's stories as excluded: a story is either an exact hit or a partial one.
/// </summary>
internal sealed class StoryCollector : ICollector
{
    private readonly StoryScratch scratch;
    private readonly SegmentValues[] leaves;
    private readonly bool collapse;
    private readonly bool byDate;
    private readonly Weight[]? parts;
    private readonly Scorer?[] partScorers;
    private readonly HashSet<int>? excluded;
    private Scorer? scorer;
    private SegmentValues values = null!;
    private int leaf;
    private int docBase;

    public StoryCollector(StoryScratch scratch, SegmentValues[] leaves, bool collapse, bool byDate, Weight[]? parts, HashSet<int>? excluded = null)
    {
        this.scratch = scratch;
        this.leaves = leaves;
        this.collapse = collapse;
        this.byDate = byDate;
        this.parts = parts;
        partScorers = new Scorer?[parts?.Length ?? 0];
        this.excluded = excluded;
    }

    /// <summary>Coverage is read from per-part scorers that only move forward, so a relaxed search collects in order.</summary>
    public bool AcceptsDocsOutOfOrder => parts is null;

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        leaf = context.Ord;
        docBase = context.DocBase;
        values = leaves[leaf];
        for (var i = 0; i < partScorers.Length; i++)
        {
            partScorers[i] = parts![i].GetScorer(context, context.AtomicReader.LiveDocs);
        }
    }

    public void Collect(int doc)
    {
        var story = collapse ? values.Clusters[doc] : docBase + doc;
        if (excluded is not null && excluded.Contains(story))
        {
            return;
        }

        var s = scratch;
        s.GrowMatches();
        var match = s.Matches++;
        s.MatchLeaf[match] = leaf;
        s.MatchDoc[match] = doc;
        var score = scorer!.GetScore();
        var day = values.Days[doc];
        var sequence = values.Sequences[doc];
        var coverage = partScorers.Length == 0 ? 0 : Coverage(doc);
        ref var entry = ref s.Stories[story];
        if (entry.Stamp != s.Pass)
        {
            entry.Stamp = s.Pass;
            s.Touched.Add(story);
            s.MatchNext[match] = -1;
            entry.Head = match;
            entry.BestScore = score;
            entry.BestDay = day;
            entry.BestSequence = sequence;
            entry.BestCoverage = coverage;
            entry.EarliestMatch = match;
            entry.EarliestDay = day;
            entry.EarliestSequence = sequence;
            return;
        }

        s.MatchNext[match] = entry.Head;
        entry.Head = match;
        if (StoryOrder.Before(coverage, day, score, sequence, entry.BestCoverage, entry.BestDay, entry.BestScore, entry.BestSequence, byDate))
        {
            entry.BestScore = score;
            entry.BestDay = day;
            entry.BestSequence = sequence;
            entry.BestCoverage = coverage;
        }

        if (StoryOrder.Earlier(day, sequence, entry.EarliestDay, entry.EarliestSequence))
        {
            entry.EarliestMatch = match;
            entry.EarliestDay = day;
            entry.EarliestSequence = sequence;
        }
    }

    private int Coverage(int doc)
    {
        var count = 0;
        foreach (var part in partScorers)
        {
            if (part is null)
            {
                continue;
            }

            var at = part.DocID < doc ? part.Advance(doc) : part.DocID;
            count += at == doc ? 1 : 0;
        }

        return count;
    }
}

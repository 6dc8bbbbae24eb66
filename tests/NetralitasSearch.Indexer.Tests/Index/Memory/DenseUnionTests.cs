using NetralitasSearch.Indexer.Index.Memory;

namespace NetralitasSearch.Indexer.Tests.Index.Memory;

public sealed class DenseUnionTests
{
    [Fact]
    public void AddsScoresAndCoverageInDocumentOrder()
    {
        var union = ScoredDocs.Union([Set((1, 1f), (70, 2f), (200, 0.5f)), Set((0, 3f), (70, 0.25f)), Set((70, 1f))]);
        Assert.Equal([0, 1, 70, 200], union.Documents.Take(union.Count));
        Assert.Equal([3f, 1f, 3.25f, 0.5f], union.Scores.Take(union.Count));
        Assert.Equal([1, 1, 3, 1], union.Coverage.Take(union.Count).Select(c => (int)c));
    }

    [Fact]
    public void BestKeepsTheHighestScoreAndCountsOnce()
    {
        var union = ScoredDocs.Union([Set((5, 1f), (9, 4f)), Set((5, 2f), (9, 3f))], best: true);
        Assert.Equal([2f, 4f], union.Scores.Take(union.Count));
        Assert.Equal([1, 1], union.Coverage.Take(union.Count).Select(c => (int)c));
    }

    [Fact]
    public void LeavesNothingBehindForTheNextUnion()
    {
        ScoredDocs.Union([Set((3, 1f)), Set((64, 1f), (500, 1f))]);
        var next = ScoredDocs.Union([Set((4, 2f)), Set((500, 1f))]);
        Assert.Equal([4, 500], next.Documents.Take(next.Count));
        Assert.Equal([2f, 1f], next.Scores.Take(next.Count));
        Assert.Equal([1, 1], next.Coverage.Take(next.Count).Select(c => (int)c));
    }

    [Fact]
    public void AddsInTheOrderOfTheSetsAsAMergeWould()
    {
        // Float addition is not associative: 0 + 1e8 + 1 + (-1e8) differs from 0 + 1e8 + (-1e8) + 1.
        var union = ScoredDocs.Union([Set((2, 1e8f)), Set((2, 1f)), Set((2, -1e8f))]);
        Assert.Equal(0f + 1e8f + 1f + -1e8f, union.Scores[0]);
    }

    private static ScoredDocs Set(params (int Document, float Score)[] entries)
    {
        var set = new ScoredDocs(entries.Length);
        foreach (var (document, score) in entries)
        {
            set.Add(document, score);
        }

        return set;
    }
}

using NetralitasSearch.Indexer.Index.Memory;

namespace NetralitasSearch.Indexer.Tests.Index.Memory;

public sealed class TopClustersTests
{
    [Fact]
    public void KeepsEachClustersBestMatchInRankOrder()
    {
        // Documents 0..5 with scores; clusters: 0 and 1 share one story, 2 and 5 another, 3 and 4 stand alone.
        var (order, clusters) = Matches([1f, 3f, 2f, 0.5f, 2.5f, 4f], [7, 7, 8, 9, 10, 8]);
        Assert.Equal([5, 1, 4], Chosen(order, clusters, 3));
    }

    [Fact]
    public void AClusterPushedOutComesBackWithABetterMatchOnce()
    {
        var (order, clusters) = Matches([1f, 5f, 6f, 7f], [1, 2, 3, 1]);
        Assert.Equal([3, 2], Chosen(order, clusters, 2));
    }

    [Fact]
    public void TiesOnScoreGoToTheNewerThenTheEarlierIndexed()
    {
        var (order, clusters) = Matches([2f, 2f, 2f], [1, 2, 3], days: [10, 20, 20]);
        Assert.Equal([1, 2], Chosen(order, clusters, 2));
    }

    [Fact]
    public void AnEmptyListTakesNothing()
    {
        var (order, _) = Matches([1f], [1]);
        var top = new TopClusters(order, 0);
        top.Offer(0, 1);
        Assert.Empty(top.Positions);
    }

    private static int[] Chosen(MatchOrder order, int[] clusters, int size)
    {
        var top = new TopClusters(order, size);
        for (var i = 0; i < clusters.Length; i++)
        {
            top.Offer(i, clusters[i]);
        }

        return [.. top.Positions];
    }

    private static (MatchOrder Order, int[] Clusters) Matches(float[] scores, int[] clusters, int[]? days = null)
    {
        var matches = new ScoredDocs(scores.Length);
        for (var i = 0; i < scores.Length; i++)
        {
            matches.Add(i, scores[i]);
        }

        return (new MatchOrder(matches, [.. days ?? new int[scores.Length]], byDate: false, byCoverage: false), clusters);
    }
}

using NetralitasSearch.Indexer.Index.Memory;

namespace NetralitasSearch.Indexer.Tests.Index.Memory;

public sealed class PhraseCacheTests
{
    private readonly List<(long After, long UpTo)> asked = [];

    [Fact]
    public void AsksOnlyAboutRowsItHasNotSeen()
    {
        var cache = new PhraseCache();
        Assert.Equal([2L, 5L], cache.Rows("\"kepala desa\"", 6, Query).Order());
        Assert.Equal([2L, 5L, 8L], cache.Rows("\"kepala desa\"", 9, Query).Order());
        Assert.Equal([2L, 5L, 8L], cache.Rows("\"kepala desa\"", 9, Query).Order());
        Assert.Equal([(0L, 6L), (6L, 9L)], asked);
    }

    [Fact]
    public void ForgetsEverythingWhenCleared()
    {
        var cache = new PhraseCache();
        cache.Rows("\"kepala desa\"", 9, Query);
        cache.Clear();
        cache.Rows("\"kepala desa\"", 9, Query);
        Assert.Equal([(0L, 9L), (0L, 9L)], asked);
    }

    private IEnumerable<long> Query(long after, long upTo)
    {
        asked.Add((after, upTo));
        return new long[] { 2, 5, 8, 11 }.Where(row => row > after && row <= upTo);
    }
}

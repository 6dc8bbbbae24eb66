using NetralitasSearch.Indexer.Index.Memory;

namespace NetralitasSearch.Indexer.Tests.Index.Memory;

public sealed class TallyTests
{
    [Fact]
    public void ForgetsWhatItCountedWhenReset()
    {
        var tally = new Tally();
        tally.Reset(8);
        tally.Add(3);
        tally.Add(3);
        tally.Add(5);
        Assert.Equal([3, 5], tally.Touched.ToArray());
        Assert.Equal(2, tally[3]);
        tally.Reset(16);
        Assert.Equal(0, tally[3]);
        Assert.True(tally.Touched.IsEmpty);
    }
}

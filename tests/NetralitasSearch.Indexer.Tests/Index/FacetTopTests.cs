using NetralitasSearch.Indexer.Index;

namespace NetralitasSearch.Indexer.Tests.Index;

public sealed class FacetTopTests
{
    private static readonly string[] Names = ["Kendal", "Bekasi", "Musi Rawas", "Batanghari", "OKU"];

    [Fact]
    public void MostCountedFirstThenByNameAndNoMoreThanTheSize()
    {
        int[] counts = [2, 5, 2, 0, 1];
        var top = FacetTop.Of([0, 1, 2, 3, 4], id => counts[id], id => Names[id], size: 3);
        Assert.Equal([new FacetValue("Bekasi", 5), new FacetValue("Kendal", 2), new FacetValue("Musi Rawas", 2)], top);
    }

    [Fact]
    public void ValuesCountedZeroTimesAreLeftOut()
    {
        Assert.Empty(FacetTop.Of([0, 1], _ => 0, id => Names[id], size: 10));
    }
}

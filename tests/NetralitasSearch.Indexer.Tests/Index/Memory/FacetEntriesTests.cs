using NetralitasSearch.Indexer.Index.Memory;

namespace NetralitasSearch.Indexer.Tests.Index.Memory;

public sealed class FacetEntriesTests
{
    [Fact]
    public void GivesEachDocumentItsOwnValuesInOrder()
    {
        var entries = new FacetEntries();
        entries.Add(FacetKind.Regency, 3);
        entries.Add(FacetKind.Person, 12);
        entries.EndDocument();
        entries.EndDocument();
        entries.Add(FacetKind.Year, 2024);
        entries.EndDocument();

        Assert.Equal(3, entries.Count);
        Assert.Equal([(FacetKind.Regency, 3), (FacetKind.Person, 12)], Decoded(entries, 0));
        Assert.Empty(Decoded(entries, 1));
        Assert.Equal([(FacetKind.Year, 2024)], Decoded(entries, 2));
    }

    [Fact]
    public void KeepsTheLargestIdApartFromItsKind()
    {
        var entries = new FacetEntries();
        entries.Add(FacetKind.Violation, FacetEntries.IdMask);
        entries.EndDocument();
        Assert.Equal([(FacetKind.Violation, FacetEntries.IdMask)], Decoded(entries, 0));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(FacetEntries.IdMask + 1)]
    public void RefusesAnIdThatWouldSpillIntoTheKind(int id) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new FacetEntries().Add(FacetKind.Person, id));

    [Fact]
    public void ForgetsEverythingWhenCleared()
    {
        var entries = new FacetEntries();
        entries.Add(FacetKind.Source, 1);
        entries.EndDocument();
        entries.Clear();
        entries.EndDocument();
        Assert.Equal(1, entries.Count);
        Assert.Empty(Decoded(entries, 0));
    }

    private static List<(FacetKind Kind, int Id)> Decoded(FacetEntries entries, int ordinal) =>
        [.. entries.Of(ordinal).ToArray().Select(entry => (FacetEntries.KindOf(entry), entry & FacetEntries.IdMask))];
}

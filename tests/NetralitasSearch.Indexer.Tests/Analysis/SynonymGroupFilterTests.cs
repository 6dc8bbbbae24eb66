using NetralitasSearch.Indexer.Analysis;

namespace NetralitasSearch.Indexer.Tests.Analysis;

/// <summary>At index time a group's term stands at the first word of every variant, covering its words; queries are analyzed without it.</summary>
public sealed class SynonymGroupFilterTests
{
    private static readonly IndonesianAnalyzer Indexing = IndonesianAnalyzer.Default.ForIndexing();

    [Fact]
    public void MarksAVariantOfSeveralWordsAtItsFirstWord()
    {
        var tokens = Indexing.Analyze("Kepala Desa Sukamaju hadir");
        var group = tokens.Single(t => t.Term[0] == SynonymGroups.Marker);

        Assert.Equal(SynonymGroups.Default.Find(["kades"])!.Term, group.Term);
        Assert.Equal(0, group.Position);
        Assert.Equal(2, group.Words);
        Assert.Equal("Kepala Desa", "Kepala Desa Sukamaju hadir".Substring(group.Start, group.Length));
        Assert.Equal(["kepala", "desa", "sukamaju", "hadir"], tokens.Where(t => t.Term[0] != SynonymGroups.Marker).Select(t => t.Term));
        Assert.Equal([0, 1, 2, 3], tokens.Where(t => t.Term[0] != SynonymGroups.Marker).Select(t => t.Position));
    }

    [Fact]
    public void MarksEveryVariantOfAGroupWithTheSameTerm()
    {
        string Group(string text) => Indexing.Analyze(text).Single(t => t.Term[0] == SynonymGroups.Marker).Term;

        Assert.Equal(Group("kepala desa"), Group("perbekel"));
        Assert.Equal(Group("kepala desa"), Group("Wali Nagari"));
        Assert.NotEqual(Group("kepala desa"), Group("kepala dinas"));
    }

    [Fact]
    public void WordsApartOrInAnotherOrderAreNoVariant()
    {
        Assert.DoesNotContain(Indexing.Analyze("kepala sekolah dan desa"), t => t.Term == SynonymGroups.Default.Find(["kades"])!.Term);
        Assert.DoesNotContain(Indexing.Analyze("desa kepala"), t => t.Term == SynonymGroups.Default.Find(["kades"])!.Term);
    }

    [Fact]
    public void QueriesAreAnalyzedWithoutGroupTerms()
    {
        Assert.DoesNotContain(IndonesianAnalyzer.Default.Analyze("kepala desa perbekel"), t => t.Term[0] == SynonymGroups.Marker);
    }
}

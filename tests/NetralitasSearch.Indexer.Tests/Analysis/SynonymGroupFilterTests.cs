using NetralitasSearch.Indexer.Analysis;
using NetralitasSearch.Tests;

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

    /// <summary>
    /// Random texts of variant words, their neighbours and filler: the filter's marks are exactly those found by reading
    /// the unmarked terms directly (every variant, longest first, one mark per group at a word, its words right after
    /// one another), and the words themselves are the query-time chain's.
    /// </summary>
    [Fact]
    public void MarksExactlyTheVariantsThatStandInTheText()
    {
        var groups = SynonymGroups.Default;
        var vocabulary = File.ReadLines(Path.Combine(RepositoryPaths.Root, "indexer", "Analysis", "Data", "synonyms.txt"))
            .Where(line => !line.StartsWith('#'))
            .SelectMany(line => line.Split([' ', '|'], StringSplitOptions.RemoveEmptyEntries))
            .Concat(["dan", "hadir", "di", "Bekasi", "2024", "800/123/BKPSDM/2024", "masing-masing", "yang", "rapat", ",", "."])
            .Distinct()
            .ToArray();
        var random = new Random(13);
        for (var round = 0; round < 2000; round++)
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Next(1, 14)).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
            var plain = IndonesianAnalyzer.Default.Analyze(text);
            var expected = new List<Token>();
            for (var i = 0; i < plain.Count; i++)
            {
                expected.Add(plain[i]);
                var marked = new HashSet<SynonymGroup>();
                foreach (var (terms, group) in groups.StartingWith(plain[i].Term))
                {
                    var follows = i + terms.Count <= plain.Count && Enumerable.Range(1, terms.Count - 1)
                        .All(k => plain[i + k].Term == terms[k] && plain[i + k].Position == plain[i + k - 1].Position + 1);
                    if (follows && marked.Add(group))
                    {
                        var last = plain[i + terms.Count - 1];
                        expected.Add(new Token(group.Term, plain[i].Start, last.Start + last.Length - plain[i].Start, plain[i].Position) { Words = terms.Count });
                    }
                }
            }

            Assert.Equal(expected, Indexing.Analyze(text));
        }
    }
}

using System.Text;
using NetralitasSearch.Indexer.Analysis;
using NetralitasSearch.Indexer.Index;
using NetralitasSearch.Tests;

namespace NetralitasSearch.Indexer.Tests.Index;

/// <summary>Snippets from matched positions (the n-th word of the text is at position n), escaped, then marked.</summary>
public sealed class SnippetBuilderTests
{
    [Fact]
    public void MarksTheMatchedWordsAsWritten()
    {
        Assert.Equal("Sikap <mark>ASN</mark> harus <mark>netral</mark>", SnippetBuilder.Build("Sikap ASN harus netral.", [(1, 0), (3, 1)]));
    }

    [Fact]
    public void EscapesTheTextBeforeMarking()
    {
        // The tag's letters are words too ("b"), as the index counts them: kampanye is the third word.
        Assert.Equal("Camat &lt;b&gt;<mark>kampanye</mark>&lt;/b&gt; di OKU", SnippetBuilder.Build("Camat <b>kampanye</b> di OKU.", [(2, 0)]));
    }

    [Fact]
    public void ChoosesTheWindowWithTheMostDistinctTermsAndSaysWhereTextWasLeftOut()
    {
        var filler = string.Join(' ', Enumerable.Repeat("kata", 60));
        var text = $"Netral di awal. {filler} ASN harus netral sekarang. {filler}";
        var asn = 3 + 60;
        var snippet = SnippetBuilder.Build(text, [(0, 1), (asn, 0), (asn + 2, 1)]);

        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>ASN</mark> harus <mark>netral</mark>", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>Netral</mark>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void PositionsPastThePassageAreIgnored()
    {
        Assert.Equal("Sikap ASN", SnippetBuilder.Build("Sikap ASN", [(5, 0)]));
    }

    /// <summary>
    /// From the passage's UTF-8, only the part the window reaches is decoded: the snippet is the one the whole text
    /// gives, for real articles (and one of long multi-byte words) with matches near the start, deep inside and at
    /// the end.
    /// </summary>
    [Fact]
    public void APassageDecodedInPartGivesTheSnippetOfTheWholeText()
    {
        var texts = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "samples"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        texts.Add(string.Join(" — ", Enumerable.Repeat("Pêrnyataan “netralitas” ASN 🗳️ diumumkan di Kabupaten Bekasi", 200)));
        texts.Add(string.Concat(Enumerable.Repeat("ééééééééééééééééééééé ", 300)));
        var random = new Random(17);
        var checkedSnippets = 0;
        foreach (var text in texts)
        {
            var words = AnalysisTokenizer.Split(text).Count();
            Assert.True(words > 100, $"{words} words");
            foreach (var positions in new[] { new[] { 0 }, new[] { 3, 5 }, new[] { words / 2 }, new[] { words - 1 }, new[] { words + 4 }, Enumerable.Range(0, 4).Select(_ => random.Next(words)).Order().ToArray() })
            {
                List<(int Position, int Term)> hits = [.. positions.Select((p, i) => (p, i % 2))];
                Assert.Equal(SnippetBuilder.Build(text, hits), SnippetBuilder.Build(Encoding.UTF8.GetBytes(text), hits));
                checkedSnippets++;
            }
        }

        Assert.Equal(texts.Count * 6, checkedSnippets);
    }
}

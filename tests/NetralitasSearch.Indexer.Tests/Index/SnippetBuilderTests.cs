using NetralitasSearch.Indexer.Index;

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
}

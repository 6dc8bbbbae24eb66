using NetralitasSearch.Indexer.Analysis;
using NetralitasSearch.Indexer.Index;

namespace NetralitasSearch.Indexer.Tests.Index;

public sealed class SnippetBuilderTests
{
    private static readonly HashSet<string> Terms = new(StringComparer.Ordinal) { "netral", "asn" };

    [Fact]
    public void AReusedBuilderGivesEachTextTheSnippetAFreshOneGives()
    {
        string[] texts =
        [
            "Bupati meminta ASN menjaga netralitas. Netralitas ASN diawasi Bawaslu.",
            "Warga & ASN: <b>kenetralan</b> diuji, ASN diminta netral dalam pilkada.",
            "Tidak ada kata yang dicari di sini.",
        ];
        var reused = new SnippetBuilder(IndonesianAnalyzer.Default);
        foreach (var text in texts)
        {
            Assert.Equal(new SnippetBuilder(IndonesianAnalyzer.Default).Build(text, Terms, []), reused.Build(text, Terms, []));
        }
    }

    [Fact]
    public void MarksTheMatchedWordsAsWritten()
    {
        var snippet = new SnippetBuilder(IndonesianAnalyzer.Default).Build("Sikap ASN harus netral.", Terms, []);
        Assert.Equal("Sikap <mark>ASN</mark> harus <mark>netral</mark>", snippet);
    }

    [Fact]
    public void OtherTermsOnTheSameBuilderForgetTheWordsItRemembered()
    {
        var builder = new SnippetBuilder(IndonesianAnalyzer.Default);
        Assert.Contains("<mark>ASN</mark>", builder.Build("Sikap ASN harus netral.", Terms, []), StringComparison.Ordinal);
        var other = new HashSet<string>(StringComparer.Ordinal) { "sikap" };
        Assert.Equal("<mark>Sikap</mark> ASN harus netral", builder.Build("Sikap ASN harus netral.", other, []));
    }

    [Fact]
    public void PrefixesMarkEveryWordStartingWithThem()
    {
        var snippet = new SnippetBuilder(IndonesianAnalyzer.Default).Build("Kampanye di kampus ramai.", new HashSet<string>(StringComparer.Ordinal), ["kamp"]);
        Assert.Equal("<mark>Kampanye</mark> di <mark>kampus</mark> ramai", snippet);
    }
}

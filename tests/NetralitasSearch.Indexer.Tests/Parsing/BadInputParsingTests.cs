using System.Text;
using NetralitasSearch.Indexer.Parsing;
using NetralitasSearch.Tests;

namespace NetralitasSearch.Indexer.Tests.Parsing;

/// <summary>
/// The bad inputs of the reliability issue at the parser: a file that cannot be an article fails with a reason in
/// plain words; one that can be read only with losses is read, bounded by the named limits, and its notes say what
/// was lost. tests/Fixtures/BadInput and tests/Shared/BadInputs.cs hold the inputs.
/// </summary>
public sealed class BadInputParsingTests
{
    private static readonly ArticleParser Parser = new(ParsingOptions.Default);

    static BadInputParsingTests()
    {
        // The test writes windows-1252 bytes itself, before the decoder has registered the code pages.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    [Theory]
    [InlineData("empty.html", ParseFailureKind.Empty, "The file is empty.")]
    [InlineData("photo-named.html", ParseFailureKind.NoText, "The PNG image is 1 × 1 pixels: too small to hold text.")]
    [InlineData("surat-edaran-terkunci.pdf", ParseFailureKind.Encrypted, "The PDF is encrypted with a password")]
    [InlineData("no-article.html", ParseFailureKind.NoText, "The page has no article text")]
    public void FileThatIsNotAnArticleFailsWithItsReason(string fixture, ParseFailureKind kind, string reason)
    {
        var result = Parser.Parse(new SourceFile(fixture, BadInputs.Fixture(fixture)));

        Assert.False(result.IsSuccess);
        Assert.Equal(kind, result.Failure.Kind);
        Assert.StartsWith(reason, result.Failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenBytesInAUtf8PageBecomeReplacementCharactersAndTheRestStaysUtf8()
    {
        var result = Parser.Parse(new SourceFile("invalid-utf8.html", BadInputs.Fixture("invalid-utf8.html")));

        Assert.True(result.IsSuccess);
        var text = result.Article.Text;
        Assert.Contains("“Kami sudah meminta klarifikasi,”", text, StringComparison.Ordinal);
        Assert.Contains("rumah makan Bu Déwi", text, StringComparison.Ordinal);
        Assert.Contains("Byte rusak di sini: \uFFFD dan karakter terpotong \uFFFD lalu", text, StringComparison.Ordinal);
        Assert.Equal(["2 byte sequences are not valid UTF-8; each was read as the replacement character U+FFFD."], result.Article.Notes);
    }

    [Fact]
    public void APageThatSaysUtf8ButHoldsWindows1252BytesIsReadAsWindows1252()
    {
        var html = "<html><head><meta charset=\"utf-8\"><title>Judul</title></head><body><article><p>Kata \u201cnetral\u201d di caf\u00e9 Kota Bekasi, sebuah paragraf yang cukup panjang untuk dibaca orang.</p></article></body></html>";
        var bytes = Encoding.GetEncoding(1252).GetBytes(html);

        var result = Parser.Parse(new SourceFile("salah-deklarasi.html", bytes));

        Assert.True(result.IsSuccess);
        Assert.Contains("Kata \u201cnetral\u201d di caf\u00e9 Kota Bekasi", result.Article.Text, StringComparison.Ordinal);
        Assert.Equal(["The page declares UTF-8, but its bytes are not UTF-8: it was read as windows-1252."], result.Article.Notes);
    }

    [Fact]
    public void HtmlNested100000LevelsDeepKeepsItsTextAndSaysItWasFlattened()
    {
        var result = Parser.Parse(new SourceFile("dalam.html", BadInputs.DeeplyNestedHtml("qzdalam")));

        Assert.True(result.IsSuccess);
        Assert.Contains("Kata penanda: qzdalam.", result.Article.Text, StringComparison.Ordinal);
        Assert.Contains(result.Article.Notes, note => note.StartsWith("Markup nested deeper than 256 levels was flattened", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("satu-baris.html")]
    [InlineData("satu-baris.txt")]
    public void AFiveMegabyteSingleLineIsCutAtTheParagraphLimit(string name)
    {
        var bytes = name.EndsWith(".html", StringComparison.Ordinal) ? BadInputs.SingleLineHtml("qzbaris") : BadInputs.SingleLineText("qzbaris");

        var result = Parser.Parse(new SourceFile(name, bytes));

        Assert.True(result.IsSuccess);
        Assert.Contains("Kata penanda: qzbaris.", result.Article.Text, StringComparison.Ordinal);
        Assert.InRange(result.Article.Text.Length, 1000, ParsingOptions.Default.MaxParagraphLength);
        Assert.Contains("Paragraphs longer than 50,000 characters were cut at that length.", result.Article.Notes);
    }

    [Fact]
    public void AFirstParagraphLongerThanTheTextLimitKeepsItsBeginning()
    {
        var parser = new ArticleParser(ParsingOptions.Default with { MaxParagraphLength = 10_000, MaxTextLength = 1_000 });

        var result = parser.Parse(new SourceFile("panjang.html", BadInputs.SingleLineHtml("qzpanjang", 20_000)));

        Assert.True(result.IsSuccess);
        Assert.Equal(1_000, result.Article.Text.Length);
        Assert.Contains("The text was cut at 1,000 characters; the rest of the file was not indexed.", result.Article.Notes);
    }

    [Fact]
    public void AnOrdinaryPageHasNoNotes()
    {
        var html = "<html><head><meta charset=\"utf-8\"><title>Judul</title></head><body><article><p>Bawaslu memanggil kepala desa yang diduga mendukung paslon \u2013 kata penanda.</p></article></body></html>";

        var result = Parser.Parse(new SourceFile("biasa.html", Encoding.UTF8.GetBytes(html)));

        Assert.True(result.IsSuccess);
        Assert.Empty(result.Article.Notes);
    }
}

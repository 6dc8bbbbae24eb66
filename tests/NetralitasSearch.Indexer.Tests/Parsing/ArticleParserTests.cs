using System.Text;
using NetralitasSearch.Indexer.Parsing;

namespace NetralitasSearch.Indexer.Tests.Parsing;

/// <summary>Content the parser must turn into a clear failure, never an exception.</summary>
public sealed class ArticleParserTests
{
    private static readonly ArticleParser Parser = new(ParsingOptions.Default);

    [Theory]
    [InlineData("empty.html", "", ParseFailureKind.Empty)]
    [InlineData("scan.pdf", "%PDF-1.7 ...", ParseFailureKind.UnsupportedFormat)]
    [InlineData("photo.html", "\u0089PNG\r\n\u001a\n", ParseFailureKind.UnsupportedFormat)]
    [InlineData("menu-only.html", "<html><body><nav><a href='/'>Beranda</a></nav><script>var x=1;</script></body></html>", ParseFailureKind.NoText)]
    [InlineData("blank.txt", "  \n\n \t\n", ParseFailureKind.NoText)]
    public void ReportsContentThatIsNotAnArticle(string name, string content, ParseFailureKind kind)
    {
        var bytes = content.Select(c => (byte)c).ToArray();
        var result = Parser.Parse(new SourceFile(name, bytes));
        Assert.False(result.IsSuccess);
        Assert.Equal(kind, result.Failure.Kind);
        Assert.False(string.IsNullOrWhiteSpace(result.Failure.Reason));
    }

    [Fact]
    public void RefusesFilesAboveTheSizeLimitWithoutReadingThem()
    {
        var parser = new ArticleParser(ParsingOptions.Default with { MaxInputBytes = 1024 });
        var result = parser.Parse(new SourceFile("big.txt", new byte[2048]));
        Assert.Equal(ParseFailureKind.TooLarge, result.Failure!.Kind);
    }

    [Fact]
    public void ReadsWindows1252PagesThatSayIso88591()
    {
        var html = "<html><head><meta charset=\"iso-8859-1\"><title>Judul</title></head><body><article><h1>Judul</h1><p>Kata \u201cnetral\u201d \u2013 caf\u00e9 di Kota Bekasi, sebuah paragraf yang cukup panjang untuk dibaca.</p></article></body></html>";
        var bytes = Encoding.GetEncoding(1252).GetBytes(html);
        var result = Parser.Parse(new SourceFile("latin.html", bytes));
        Assert.True(result.IsSuccess);
        Assert.Contains("\u201cnetral\u201d \u2013 caf\u00e9", result.Article.Text);
    }

    [Fact]
    public void KeepsTheArticleAndDropsMenusSidebarsAndInlinePrompts()
    {
        const string html = """
            <html><head><title>Kades Dukung Paslon - Kabar Uji</title><meta property="og:site_name" content="Kabar Uji"></head>
            <body><header><nav><a>Musi Rawas</a><a>Lahat</a></nav></header>
            <article><h1>Kades Dukung Paslon</h1><div class="entry-content">
            <p>MUSI RAWAS, KABARUJI.COM – Seorang kepala desa menyatakan dukungan, Senin (24/6/2024).</p>
            <p><strong>Baca Juga:</strong> <a href="/x">Bupati Lahat resmikan pasar</a></p>
            <div class="share-buttons">Bagikan ke WhatsApp</div>
            <p>ADVERTISEMENT</p>
            <p>Bawaslu memanggil yang bersangkutan untuk klarifikasi. (gun)</p>
            </div></article>
            <aside class="sidebar"><h3>Terpopuler</h3><p>Camat Lahat dilantik hari ini oleh bupati setempat.</p></aside>
            <div class="comments"><p>Komentar warga: setuju sekali dengan bapak bupati kita semua.</p></div>
            </body></html>
            """;
        var result = Parser.Parse(new SourceFile("page.html", Encoding.UTF8.GetBytes(html)));
        Assert.True(result.IsSuccess);
        var article = result.Article;
        Assert.Equal("Kades Dukung Paslon", article.Title);
        Assert.Equal("Kabar Uji", article.Source);
        Assert.Equal(new DateOnly(2024, 6, 24), article.Published);
        Assert.Equal("gun", article.AuthorInitials);
        Assert.Equal(
            "MUSI RAWAS, KABARUJI.COM – Seorang kepala desa menyatakan dukungan, Senin (24/6/2024).\n\nBawaslu memanggil yang bersangkutan untuk klarifikasi.",
            article.Text);
        Assert.Equal("MUSI RAWAS", article.DatelinePlace);
    }

    [Fact]
    public void ReadsACircularsNumberSubjectSigningAndPoints()
    {
        const string text = """
            PEMERINTAH KABUPATEN BATANG HARI
            SEKRETARIAT DAERAH

            SURAT EDARAN
            Nomor: 800/123/BKPSDM/2024

            Tentang:
            Netralitas Aparatur Sipil Negara dalam Pilkada 2024

            1. Setiap ASN dilarang menghadiri kampanye.
            2. Setiap ASN dilarang memberikan tanda suka di media sosial.

            Ditetapkan di Muara Bulian
            pada tanggal 2 September 2024

            SEKRETARIS DAERAH,

            Ir. H. ZULKIFLI ARSYAD, M.Si.
            """;
        var result = Parser.Parse(new SourceFile("se.txt", Encoding.UTF8.GetBytes(text)));
        Assert.True(result.IsSuccess);
        var circular = result.Article.Circular!;
        Assert.Equal("800/123/BKPSDM/2024", circular.Number);
        Assert.Equal("Netralitas Aparatur Sipil Negara dalam Pilkada 2024", circular.Subject);
        Assert.Equal("PEMERINTAH KABUPATEN BATANG HARI", circular.Issuer);
        Assert.Equal("Muara Bulian", circular.Place);
        Assert.Equal(new DateOnly(2024, 9, 2), circular.Date);
        Assert.Equal("Ir. H. ZULKIFLI ARSYAD, M.Si.", circular.Signer);
        Assert.Equal(2, circular.Points.Count);
        Assert.StartsWith("Surat Edaran Nomor 800/123/BKPSDM/2024", result.Article.Title);
    }
}

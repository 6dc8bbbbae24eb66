using NetralitasSearch.Indexer.Evaluation;
using NetralitasSearch.Indexer.Parsing;
using NetralitasSearch.Tests;

namespace NetralitasSearch.Indexer.Tests.Parsing;

/// <summary>
/// One regression page per failure class of the HTML parser (tests/Fixtures/ParsingClasses, described in its README):
/// each keeps its article and metadata, and each class keeps what it must and leaves out what it must.
/// </summary>
public sealed class ParsingClassTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Fixtures, "ParsingClasses");

    private static readonly Lazy<ParsingReport> Report = new(() => ParsingEvaluation.Run(Folder, new ArticleParser(ParsingOptions.Default)));

    private static readonly ArticleParser Parser = new(ParsingOptions.Default);

    public static IEnumerable<object[]> Pages() => Report.Value.Cases.Select(c => new object[] { c.File });

    [Theory]
    [MemberData(nameof(Pages))]
    public void EachPageKeepsItsArticleAndMetadata(string file)
    {
        var page = Report.Value.Cases.Single(c => c.File == file);

        Assert.Null(page.Failure);
        Assert.True(page.BodyF1 >= 0.98, $"body F1 {page.BodyF1:0.000} (precision {page.BodyPrecision:0.000}, recall {page.BodyRecall:0.000})");
        Assert.True(page.TitleMatches, $"title «{page.ActualTitle}», expected «{page.ExpectedTitle}»");
        Assert.True(page.PublishedMatches, $"published {page.ActualPublished}, expected {page.ExpectedPublished}");
        Assert.True(page.OutletMatches && page.AuthorMatches && page.UrlMatches, "outlet, author or URL differs from expected.json");
    }

    [Fact]
    public void EveryClassHasItsPage() =>
        Assert.Equal(9, Report.Value.Cases.Count);

    [Theory]
    [InlineData("open-list-item.html", "LUBUKLINGGAU – Bawaslu Kota Lubuklinggau memeriksa", "WhatsApp")]
    [InlineData("sidebar-named-column.html", "Camat yang bersangkutan belum bisa dimintai tanggapan.", "Festival Kopi")]
    [InlineData("sidebar-named-main.html", "Kepala Dinas Pendidikan Lahat menyatakan", "Harga Karet")]
    [InlineData("aspnet-form.html", "Setiap laporan akan diteruskan ke Bawaslu untuk ditindaklanjuti.", "Upacara Hari Jadi")]
    [InlineData("data-table.html", "Kabupaten | Laporan | Diteruskan ke BKN | Dihentikan\n\nMusi Rawas | 12 | 9 | 3", "Kabupaten\n\nLaporan")]
    [InlineData("data-table.html", "Lahat | 7 | 7 | 0\n\nBanyuasin | 5 | 4 | 1\n\n2024 | 34 | 28 | 6", null)]
    [InlineData("embedded-post.html", "Kami siap memenangkan nomor urut dua. #MuratarMaju\n\n— Kadis Muratara (@kadis_muratara) August 20, 2024", null)]
    [InlineData("embedded-post.html", "Apel siaga pengawasan netralitas ASN bersama jajaran Panwascam se-Muratara.", null)]
    [InlineData("multi-section.html", "Tiga kepala desa yang kami temui membenarkan", "Pilkada Kepala Desa")]
    [InlineData("multi-section.html", "Pertemuan di Rumah Makan\n\nPertemuan pertama berlangsung", null)]
    [InlineData("multi-section.html", "Pengawasan yang Tertinggal\n\nBawaslu di ketiga kabupaten", null)]
    [InlineData("other-stories.html", "kata anggota Bawaslu Empat Lawang, Ridwan Saputra.", "Mungkin Juga Suka")]
    [InlineData("other-stories.html", "Ridwan Saputra.", "Warga dua desa terpaksa menyeberang")]
    [InlineData("other-stories.html", "Ridwan Saputra.", "kotak masuk")]
    [InlineData("other-stories.html", "Ridwan Saputra.", "Dinas pendidikan berjanji")]
    [InlineData("company-profile.html", "paling lambat dua hari setelah diterima.", "lembaga pengawas pemilu di tingkat kabupaten")]
    [InlineData("company-profile.html", "paling lambat dua hari setelah diterima.", "0711-000000")]
    public void EachClassKeepsWhatItMustAndLeavesOutWhatItMust(string page, string kept, string? leftOut)
    {
        var path = Path.Combine(Folder, page);
        var result = Parser.Parse(new SourceFile(path, File.ReadAllBytes(path)));

        Assert.True(result.IsSuccess, result.Failure?.Reason);
        Assert.Contains(kept, result.Article.Text, StringComparison.Ordinal);
        if (leftOut is not null)
        {
            Assert.DoesNotContain(leftOut, result.Article.Text, StringComparison.Ordinal);
        }
    }
}

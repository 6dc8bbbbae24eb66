using System.Text;
using NetralitasSearch.Indexer.Parsing;

namespace NetralitasSearch.Indexer.Tests.Parsing;

/// <summary>Content the parser must turn into a clear failure, never an exception.</summary>
public sealed class ArticleParserTests
{
    private static readonly ArticleParser Parser = new(ParsingOptions.Default);

    [Theory]
    [InlineData("empty.html", "", ParseFailureKind.Empty)]
    [InlineData("scan.pdf", "%PDF-1.7 ...", ParseFailureKind.Damaged)]
    [InlineData("scan.pdf", "no header at all", ParseFailureKind.Damaged)]
    [InlineData("photo.html", "\u0089PNG\r\n\u001a\n", ParseFailureKind.Damaged)]
    [InlineData("archive.html", "PK\u0003\u0004 zip", ParseFailureKind.UnsupportedFormat)]
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

    // CLICK-ID's scraper left the linked headline out of "Baca juga" lines (sometimes its comma), and the next paragraph's
    // text on the same line; a headline after the prompt, even a long one, is still dropped.
    [Theory]
    [InlineData("Baca Juga: ,Penggemar tampilan glossy lips, maka Lip Gloss dari ESQA yang hadir dalam 5 varian warna ini patut dicoba.", "Penggemar tampilan glossy lips, maka Lip Gloss dari ESQA yang hadir dalam 5 varian warna ini patut dicoba.")]
    [InlineData("Baca juga: , Bupati Kampar meninjau lokasi banjir bersama camat dan kepala desa setempat pada Senin pagi.", "Bupati Kampar meninjau lokasi banjir bersama camat dan kepala desa setempat pada Senin pagi.")]
    [InlineData("Baca Juga : Diketahui, dua hari sebelumnya Panglima TNI datang untuk meninjau kebakaran hutan dan lahan di Riau bersama gubernur.", "Diketahui, dua hari sebelumnya Panglima TNI datang untuk meninjau kebakaran hutan dan lahan di Riau bersama gubernur.")]
    [InlineData("Baca juga: Bupati Kampar Tinjau Banjir, Warga Diminta Waspada Longsor di Kawasan Perbukitan Selama Musim Hujan Tahun Ini", null)]
    [InlineData("Baca Juga: ,#GrowFearLess with Fimela", null)]
    [InlineData("Baca juga: Bupati Lahat resmikan pasar baru di pusat kota", null)]
    [InlineData("Baca juga:", null)]

    // Prompts one after the other, each link left out (development-quarter CLICK-ID articles, okezone).
    [InlineData("Baca Juga : Baca Juga : Adapun mengenai dewan pengawas yang akan dibentuk, KNPI menilai hal itu dibutuhkan KPK untuk menjamin tidak adanya penyalahgunaan.", "Adapun mengenai dewan pengawas yang akan dibentuk, KNPI menilai hal itu dibutuhkan KPK untuk menjamin tidak adanya penyalahgunaan.")]
    [InlineData("Baca juga:,Baca juga: Kauffer sedang bekerja pada saat kecelakaan, tetapi orang tuanya ada di rumah.", "Kauffer sedang bekerja pada saat kecelakaan, tetapi orang tuanya ada di rumah.")]
    [InlineData("Baca Juga: Baca Juga:", null)]
    public void KeepsTheTextAfterAPromptWhoseLinkTheScraperLeftEmpty(string line, string? kept)
    {
        var text = $"Camat Tinjau Banjir\n\nKAMPAR – Camat meninjau banjir di desa itu, Senin (7/10/2019).\n\n{line}\n\nWarga mengungsi ke balai desa.\n";
        var result = Parser.Parse(new SourceFile("clickid.txt", Encoding.UTF8.GetBytes(text)));

        Assert.True(result.IsSuccess);
        var expected = kept is null
            ? "KAMPAR – Camat meninjau banjir di desa itu, Senin (7/10/2019).\n\nWarga mengungsi ke balai desa."
            : $"KAMPAR – Camat meninjau banjir di desa itu, Senin (7/10/2019).\n\n{kept}\n\nWarga mengungsi ke balai desa.";
        Assert.Equal(expected, result.Article.Text);
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

    [Fact]
    public void ReadsParagraphsWrittenAsDivsOfSpansAndNamesFromTestHooks()
    {
        const string html = """
            <html><head><title>Lurah Diperiksa - Kabar Uji</title></head><body>
            <div class="Headerweb__StyledHeader-sc-1a"><a href="/">Kabar Uji</a><a>Tuban</a><a>Lamongan</a></div>
            <h1 class="Titleweb__StyledTitle-sc-2b">Lurah Diperiksa</h1>
            <span class="Authorweb__StyledName-sc-3c" data-qa-id="author-name">Dimas Prasetyo</span>
            <div class="Bodyweb__StyledBody-sc-4d">
            <div class="Textweb__StyledText-sc-5e"><span>Bojonegoro - Bawaslu memeriksa seorang lurah yang hadir dalam deklarasi dukungan.</span></div>
            <div class="Adweb__StyledSlot-sc-6f"><span>Advertisement</span></div>
            <div class="Textweb__StyledText-sc-5e"><span>Lurah itu terancam sanksi disiplin sesuai peraturan pemerintah.</span></div>
            </div></body></html>
            """;
        var article = ParseHtml(html);
        Assert.Equal("Bojonegoro - Bawaslu memeriksa seorang lurah yang hadir dalam deklarasi dukungan.\n\nLurah itu terancam sanksi disiplin sesuai peraturan pemerintah.", article.Text);
        Assert.Equal("Dimas Prasetyo", article.Author);
    }

    [Theory]
    [InlineData("2024-08-20T16:45:00.000Z", "Rabu, 21 Agu 2024 00:45 WITA", "2024-08-21")]
    [InlineData("2024-08-20T16:45:00.000Z", "Selasa, 20 Agu 2024 23:45 WIB", "2024-08-20")]
    [InlineData("2024-08-20T16:45:00.000Z", "Kamis, 22 Agu 2024 08:00 WITA", "2024-08-20")]
    [InlineData("2024-08-21T00:45:00+08:00", "Kamis, 22 Agu 2024 08:00 WITA", "2024-08-21")]
    public void AUtcStampYieldsOnlyToTheShownDateOfTheNextDay(string stamp, string shown, string expected)
    {
        var html = $"""
            <html><head><meta property="article:published_time" content="{stamp}"><title>Kepsek Ajak Guru</title></head><body>
            <h1>Kepsek Ajak Guru Dukung Calon</h1><div class="post-date">{shown}</div>
            <div class="entry-content"><p>Gowa - Seorang kepala sekolah mengajak guru mendukung bakal calon lewat grup percakapan.</p></div>
            </body></html>
            """;
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ParseHtml(html).Published);
    }

    [Fact]
    public void DropsAmpComponentsAndEmbeddedPosts()
    {
        const string html = """
            <html amp><head><title>KASN Minta Sanksi</title></head><body>
            <amp-sidebar id="menu" layout="nodisplay"><ul><li><a>Kupang</a></li><li><a>Belu</a></li></ul><p>Berita terkini dari seluruh kabupaten di provinsi ini setiap hari.</p></amp-sidebar>
            <h1>KASN Minta Sanksi</h1><div class="amp-content">
            <p>ATAMBUA - KASN meminta pemkab menindaklanjuti rekomendasi sanksi netralitas dua pejabat.</p>
            <amp-ad width="300" height="250" type="doubleclick"><div fallback>Iklan tidak tersedia untuk saat ini.</div></amp-ad>
            <amp-twitter data-tweetid="1"><blockquote placeholder class="twitter-tweet"><p>KASN: sanksi netralitas wajib ditindaklanjuti.</p></blockquote></amp-twitter>
            <blockquote><p>"Pejabat pembina kepegawaian agar menjatuhkan sanksi sesuai rekomendasi."</p></blockquote>
            </div></body></html>
            """;
        Assert.Equal(
            "ATAMBUA - KASN meminta pemkab menindaklanjuti rekomendasi sanksi netralitas dua pejabat.\n\n\"Pejabat pembina kepegawaian agar menjatuhkan sanksi sesuai rekomendasi.\"",
            ParseHtml(html).Text);
    }

    [Fact]
    public void SplitsAnAgencyCreditBlockIntoItsFields()
    {
        const string html = """
            <html><head><title>Bawaslu Catat Pelanggaran</title></head><body><h1>Bawaslu Catat Pelanggaran</h1>
            <div class="post-content">Mamuju (SWARA) - Bawaslu mencatat 27 dugaan pelanggaran netralitas aparatur sipil negara.<br /><br />
            <span class="baca-juga">Baca juga: <a href="/x">KPU tetapkan jadwal</a></span><br /><br />
            <div class="text-center"><small>Iklan</small></div>
            Seluruh temuan telah diteruskan kepada Badan Kepegawaian Negara.
            <p class="small">Pewarta: Muhammad Rizal<br />Editor: Herry Soebanto<br />COPYRIGHT © SWARA 2024</p></div>
            </body></html>
            """;
        var article = ParseHtml(html);
        Assert.Equal("Mamuju (SWARA) - Bawaslu mencatat 27 dugaan pelanggaran netralitas aparatur sipil negara.\n\nSeluruh temuan telah diteruskan kepada Badan Kepegawaian Negara.", article.Text);
        Assert.Equal("Muhammad Rizal", article.Author);
        Assert.Contains(article.Bylines, byline => byline.Role == "Editor" && byline.Name == "Herry Soebanto");
        Assert.Equal("SWARA", DatelineReader.Read(article.Paragraphs[0])?.Outlet);
    }

    [Theory]
    [InlineData("(LenteraKalbar.com/Sahirul Hakim)")]
    [InlineData("[Humas Pemkab Sigi]")]
    [InlineData("(gun)")]
    public void AClosingCreditParagraphIsNotArticleText(string credit)
    {
        var html = $"""
            <html><head><title>Guru PNS Ikut Kampanye</title></head><body><h1>Guru PNS Ikut Kampanye</h1>
            <div class="content"><p>PONTIANAK - Seorang guru berstatus PNS terekam mengikuti kampanye terbuka salah satu pasangan calon.</p>
            <p>Bawaslu meminta keterangan dari kepala sekolah tempat guru itu mengajar (SDN 12 Pontianak).</p>
            <p>{credit}</p></div></body></html>
            """;
        Assert.Equal(
            "PONTIANAK - Seorang guru berstatus PNS terekam mengikuti kampanye terbuka salah satu pasangan calon.\n\nBawaslu meminta keterangan dari kepala sekolah tempat guru itu mengajar (SDN 12 Pontianak).",
            ParseHtml(html).Text);
    }

    [Fact]
    public void ReadsAPortalPageSplitIntoPartsWithoutItsLinkListsOrModifiedDate()
    {
        const string html = """
            <html><head><meta property="og:site_name" content="Nusantara Raya"><title>Camat Ikut Rapat Pemenangan</title></head><body>
            <h1>Camat Ikut Rapat Pemenangan</h1>
            <div class="byline">Farida Ningsih, Nusantara Raya | Kamis, 14/03/2024 10:05 WIB</div>
            <p class="stamp"><time class="modified-time" datetime="2024-03-15 08:02:00">Diperbarui 15 Mar 2024</time> <time datetime="2024-03-14 10:05:00">14 Mar 2024</time></p>
            <div class="article-body">
            <div class="item-page"><p>Garut - Bawaslu menemukan seorang camat ikut rapat tim pemenangan salah satu calon legislatif.</p><p>Video rapat itu beredar luas di grup percakapan warga sejak Senin malam.</p></div>
            <div class="related"><strong>Lihat Juga :</strong></div><ul><li><a href="/a">Ratusan Kades Teken Ikrar Netral</a></li><li><a href="/b">KPU Tetapkan DCT</a></li></ul>
            <div class="item-page"><h2>Sanksi dari BKN</h2><p>Hasil kajian Bawaslu akan diteruskan kepada Badan Kepegawaian Negara.</p><p>Camat itu terancam sanksi disiplin berat karena memimpin wilayah.</p></div>
            </div></body></html>
            """;
        var article = ParseHtml(html);
        Assert.Equal(5, article.Paragraphs.Count);
        Assert.Equal("Sanksi dari BKN", article.Paragraphs[2]);
        Assert.DoesNotContain(article.Paragraphs, paragraph => paragraph.Contains("Ikrar", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2024, 3, 14), article.Published);
        Assert.Equal("Farida Ningsih", article.Author);
    }

    [Theory]
    [InlineData("Super User", null)]
    [InlineData("admin", null)]
    [InlineData("Rahmat Hidayat", "Rahmat Hidayat")]
    public void ACmsAccountIsNotAnAuthor(string account, string? expected)
    {
        var html = $"""
            <html><head><meta name="author" content="{account}"><title>Apel Netralitas - Pemerintah Kabupaten Sigi</title></head><body>
            <div class="item-page"><h2 itemprop="headline">Apel Netralitas</h2><dl><dd class="createdby" itemprop="author">Ditulis oleh <span itemprop="name">{account}</span></dd><dd class="hits">Hits: 245</dd></dl>
            <div itemprop="articleBody"><p>SIGI - Pemerintah Kabupaten Sigi menggelar apel ikrar netralitas aparatur sipil negara, Senin (11/3/2024).</p><p>128</p></div></div>
            </body></html>
            """;
        var article = ParseHtml(html);
        Assert.Equal(expected, article.Author);
        Assert.Single(article.Paragraphs);
    }

    private static ParsedArticle ParseHtml(string html)
    {
        var result = Parser.Parse(new SourceFile("page.html", Encoding.UTF8.GetBytes(html)));
        Assert.True(result.IsSuccess, result.IsSuccess ? null : result.Failure.Reason);
        return result.Article;
    }
}


using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Index;
using NetralitasSearch.Indexer.Parsing;
using NetralitasSearch.Indexer.Pipeline;

namespace NetralitasSearch.Indexer.Tests.Index;

/// <summary>
/// The request options the page, the exports and the alerts use: counts per month, one document by id, no relaxing,
/// for plain words and field queries alike (one code path answers both).
/// </summary>
public sealed class SearchOptionsTests : IDisposable
{
    private const string PressRelease = "MUSI RAWAS – Bawaslu Kabupaten Musi Rawas memanggil Kepala Desa Sukamaju, Ahmad Fauzi, yang mengunggah dukungan kepada pasangan calon bupati di Facebook, Senin (7/10/2024). Ketua Bawaslu Musi Rawas, Rudi Hartono, mengatakan klarifikasi dijadwalkan pekan depan dan hasilnya diteruskan ke BKN.";

    private readonly string directory = Directory.CreateTempSubdirectory("netralitas-options-tests-").FullName;
    private readonly IndexOptions options;
    private readonly DocumentPipeline pipeline = DocumentPipeline.Create();
    private readonly Dictionary<string, Document> documents = [];

    public SearchOptionsTests()
    {
        options = new IndexOptions(directory);
        using var writer = IndexWriter.Open(options);
        writer.Upsert(
        [
            Article("rilis-a.txt", "Kades Sukamaju Dipanggil Bawaslu", PressRelease, new DateOnly(2024, 10, 8), "Kabar Mura"),
            Article("rilis-b.txt", "Kades Sukamaju Dipanggil Bawaslu Musi Rawas", PressRelease + " Baca selengkapnya.", new DateOnly(2024, 10, 9), "Warta Silampari"),
            Article("sekda.txt", "Sekda Batanghari Ingatkan ASN Netral", "BATANGHARI – Sekda Batanghari M Azan mengingatkan ASN agar netral dan tidak mengunggah dukungan, Kamis (12/9/2024).", new DateOnly(2024, 9, 12), "Jambi Kini"),
            Article("bekasi.txt", "Wali Kota Bekasi Imbau ASN", "KOTA BEKASI – Wali Kota Bekasi mengimbau ASN menjaga netralitas pada Pilkada 2020, Senin (2/11/2020).", new DateOnly(2020, 11, 2), "Bekasi Pos"),
            Article("tanpa-tanggal.txt", "Catatan Netralitas ASN", "Catatan tentang dukungan dan netralitas ASN tanpa tanggal.", null, "Blog Warga"),
            Article("ombudsman.txt", "Ombudsman Soroti Lurah Tegalrejo", "Ombudsman menerima laporan warga tentang pungutan di kelurahan. Lurah menjawab bahwa pungutan itu sukarela, Selasa (8/10/2024).", new DateOnly(2024, 10, 8), "Warta Jogja"),
        ]);
    }

    /// <summary>
    /// text: asks the body alone, which is indexed once, inside all, below the title's copies: a word, phrase, prefix or
    /// fuzzy word only the title holds is not found by text:, and no phrase runs from the title into the body.
    /// </summary>
    [Theory]
    [InlineData("tegalrejo", 1)]
    [InlineData("title:tegalrejo", 1)]
    [InlineData("text:tegalrejo", 0)]
    [InlineData("text:sukarela", 1)]
    [InlineData("title:sukarela", 0)]
    [InlineData("text:ombudsman", 1)]
    [InlineData("text:\"lurah menjawab\"", 1)]
    [InlineData("text:\"soroti lurah\"", 0)]
    [InlineData("\"soroti lurah\"", 1)]
    [InlineData("\"tegalrejo ombudsman\"", 0)]
    [InlineData("text:\"tegalrejo ombudsman\"~3", 0)]
    [InlineData("text:sukare*", 1)]
    [InlineData("text:tegal*", 0)]
    [InlineData("title:tegal*", 1)]
    [InlineData("text:sukarelq~1", 1)]
    [InlineData("text:tegalrejp~1", 0)]
    [InlineData("text:\"pungutan sukarela\"~1", 1)]
    [InlineData("text:\"pungutan sukarela\"", 0)]
    [InlineData("text:\"menjawab lurah\"~2", 1)]
    [InlineData("text:lurah -text:tegalrejo", 1)]
    public void TextAsksTheBodyAlone(string query, int total)
    {
        var response = Search(new SearchRequest { Query = query, Collapse = false, Facets = false });

        Assert.Equal(total, response.Total);
        Assert.All(response.Hits, hit => Assert.Equal(documents["ombudsman.txt"].Id, hit.Id));
    }

    [Theory]
    [InlineData("text:sukarela", "<mark>sukarela</mark>")]
    [InlineData("text:pungut*", "<mark>pungutan</mark>")]
    [InlineData("text:\"lurah menjawab\"", "<mark>Lurah</mark> <mark>menjawab</mark>")]
    [InlineData("text:sukarelq~1", "<mark>sukarela</mark>")]
    public void ATextQueryMarksItsWordsInTheSnippet(string query, string marked)
    {
        var hit = Search(new SearchRequest { Query = query, Collapse = false }).Hits.Single();

        Assert.Contains(marked, hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void MonthsCountEachStoryOnceInItsEarliestMonth()
    {
        var response = Search(new SearchRequest { Query = "dukungan", Months = true, Size = 1 });

        Assert.Equal(3, response.Total);
        Assert.Equal([new MonthCount("2024-09", 1), new MonthCount("2024-10", 1)], response.Months);
        Assert.Equal(1, response.Undated);
    }

    [Fact]
    public void MonthsCountEveryDocumentWhenNotCollapsed()
    {
        var response = Search(new SearchRequest { Query = "asn OR dukungan", Months = true, Collapse = false });

        Assert.Equal(5, response.Total);
        Assert.Equal([new MonthCount("2020-11", 1), new MonthCount("2024-09", 1), new MonthCount("2024-10", 2)], response.Months);
        Assert.Equal(1, response.Undated);
    }

    [Fact]
    public void MonthsOfAFieldQueryCountStoriesLikeAnyOther()
    {
        var response = Search(new SearchRequest { Query = "title:bawaslu OR title:asn", Months = true });

        // Five documents, four stories (the two versions of the press release are one), one of them undated.
        Assert.Equal(4, response.Total);
        Assert.Equal([new MonthCount("2020-11", 1), new MonthCount("2024-09", 1), new MonthCount("2024-10", 1)], response.Months);
        Assert.Equal(1, response.Undated);
    }

    [Theory]
    [InlineData("tanggal", true, 1, 0)]
    [InlineData("catatan OR sekda", true, 2, 1)]
    [InlineData("catatan OR sekda", false, 2, 1)]
    [InlineData("bekasi", true, 1, 1)]
    [InlineData("", true, 5, 4)]
    [InlineData("", false, 6, 5)]
    public void AnUndatedDocumentIsCountedBesideTheMonthsNeverDropped(string query, bool collapse, int total, int dated)
    {
        var response = Search(new SearchRequest { Query = query, Months = true, Collapse = collapse });

        Assert.Equal(total, response.Total);
        Assert.Equal(dated, response.Months!.Sum(m => m.Count));
        Assert.Equal(total - dated, response.Undated);
    }

    [Fact]
    public void MonthsAreLeftOutUnlessAsked()
    {
        var response = Search(new SearchRequest { Query = "dukungan" });

        Assert.Null(response.Months);
        Assert.Null(response.Undated);
    }

    [Theory]
    [InlineData("dukungan", true)]
    [InlineData("title:sekda", true)]
    [InlineData("violation:social-media OR title:sekda", true)]
    [InlineData("bekasi", false)]
    [InlineData("title:bekasi", false)]
    public void DocumentIdRestrictsTheSearchToThatDocument(string query, bool matches)
    {
        var id = documents["sekda.txt"].Id;

        var response = Search(new SearchRequest { Query = query, DocumentId = id, Collapse = false, Facets = false, Snippets = false });

        Assert.Equal(matches ? 1 : 0, response.Total);
        Assert.Equal(matches ? [id] : [], response.Hits.Select(h => h.Id));
    }

    [Fact]
    public void AnUnknownDocumentIdMatchesNothing()
    {
        Assert.Equal(0, Search(new SearchRequest { DocumentId = "0123456789abcdef0123" }).Total);
    }

    [Fact]
    public void WithoutRelaxingAPartialMatchDoesNotCount()
    {
        var id = documents["sekda.txt"].Id;
        var question = new SearchRequest { Query = "sekda ingatkan kepala desa", DocumentId = id, Size = 1 };

        Assert.True(Search(question).Relaxed);
        Assert.Equal(0, Search(question with { Relax = false }).Total);
    }

    [Fact]
    public void ExportSizedPagesComeWithoutSnippetsOrText()
    {
        var response = Search(new SearchRequest { Query = "asn OR dukungan", Size = 5000, Collapse = false, Facets = false, Snippets = false });

        Assert.Equal(5, response.Hits.Count);
        Assert.All(response.Hits, h => Assert.Equal("", h.Snippet));
    }

    public void Dispose()
    {
        Directory.Delete(directory, recursive: true);
    }

    private SearchResponse Search(SearchRequest request)
    {
        using var searcher = new IndexSearcher(options);
        var outcome = searcher.Search(request);
        Assert.True(outcome.IsSuccess, outcome.Error?.ToString());
        return outcome.Response;
    }

    private Document Article(string file, string title, string body, DateOnly? published, string source)
    {
        var result = pipeline.Process(new SourceFile(file, System.Text.Encoding.UTF8.GetBytes($"{title}\n\n{body}\n")), DocumentOrigin.ForFile(file));
        Assert.True(result.IsSuccess);
        var document = result.Document with { Published = published, Source = source };
        documents[file] = document;
        return document;
    }
}

using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Index;
using NetralitasSearch.Indexer.Parsing;
using NetralitasSearch.Indexer.Pipeline;

namespace NetralitasSearch.Indexer.Tests.Index;

/// <summary>The index API end to end on a real Lucene index in a folder: upsert, delete, search, filters, facets, snippets.</summary>
public sealed class IndexTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("netralitas-index-tests-").FullName;
    private readonly IndexOptions options;
    private readonly DocumentPipeline pipeline = DocumentPipeline.Create();

    public IndexTests()
    {
        options = new IndexOptions(directory);
        using var writer = IndexWriter.Open(options);
        writer.Upsert(
        [
            Article("a.txt", "Kades di Musi Rawas Dukung Paslon", "MUSI RAWAS – Kepala Desa Sukamaju, Ahmad Fauzi, menyatakan dukungan kepada pasangan calon bupati, Senin (7/10/2024). Bawaslu Kabupaten Musi Rawas memanggilnya.", new DateOnly(2024, 10, 8)),
            Article("b.txt", "Sekda Batanghari Ingatkan ASN Netral", "BATANGHARI – Sekda Batanghari M Azan mengingatkan ASN agar tidak netral tidak dibiarkan, dan pelanggar diberi sanksi, Kamis (12/9/2024).", new DateOnly(2024, 9, 12)),
            Article("c.txt", "Wali Kota Bekasi Imbau ASN", "KOTA BEKASI – Wali Kota Bekasi mengimbau ASN menjaga netralitas pada Pilkada 2020, Senin (2/11/2020). Barang bekas tidak dibahas.", new DateOnly(2020, 11, 2)),
            Article("d.txt", "Berita <script>alert(1)</script> Uji", "OKU – Camat di OKU mengunggah foto <b>kampanye</b> di media sosial, Rabu (14/8/2024). Bupati OKU memanggilnya.", new DateOnly(2024, 8, 14)),
        ]);
    }

    [Fact]
    public void FindsStemmedWordsAndRanksTitlesFirst()
    {
        var response = Search(new SearchRequest { Query = "dukungan" });
        Assert.Equal("a.txt", response.Hits[0].File);
        Assert.Contains("<mark>dukungan</mark>", response.Hits[0].Snippet);
    }

    [Fact]
    public void PhrasesAndBooleansWork()
    {
        Assert.Equal(["b.txt"], Files(Search(new SearchRequest { Query = "\"tidak netral\" AND sanksi" })));
        Assert.Equal(["a.txt", "d.txt"], Files(Search(new SearchRequest { Query = "(paslon OR kampanye) -netralitas", Sort = SortOrder.Date })).Order());
        Assert.Empty(Search(new SearchRequest { Query = "bekasi AND bekas -kota" }).Hits);
    }

    [Fact]
    public void FiltersByRegencyAliasProvinceAndDates()
    {
        Assert.Equal(["d.txt"], Files(Search(new SearchRequest { Regency = "OKU" })));
        Assert.Equal(["c.txt"], Files(Search(new SearchRequest { Regency = "Kota Bekasi" })));
        Assert.Equal(["a.txt", "d.txt"], Files(Search(new SearchRequest { Province = "Sumsel", Sort = SortOrder.Date })));
        Assert.Equal(["b.txt", "d.txt"], Files(Search(new SearchRequest { From = new DateOnly(2024, 8, 1), To = new DateOnly(2024, 9, 30), Sort = SortOrder.Date })));
        Assert.Equal(["c.txt"], Files(Search(new SearchRequest { Query = "published:[2020-01-01 TO 2020-12-31]" })));
        Assert.Equal(["b.txt"], Files(Search(new SearchRequest { Person = "Azan" })));
    }

    [Fact]
    public void CountsFacetsOverTheWholeResultSet()
    {
        var response = Search(new SearchRequest { Query = "asn OR kades OR camat", Size = 1 });
        Assert.Equal(4, response.Total);
        Assert.Single(response.Hits);
        Assert.Contains(new FacetValue("2024", 3), response.Facets["year"]);
        Assert.Contains(response.Facets["province"], f => f.Value == "Sumatera Selatan" && f.Count == 2);
    }

    [Fact]
    public void EscapesTextBeforeMarkingMatches()
    {
        var hit = Search(new SearchRequest { Query = "kampanye" }).Hits.Single();
        Assert.Contains("&lt;b&gt;<mark>kampanye</mark>&lt;/b&gt;", hit.Snippet);
        Assert.DoesNotContain("<b>", hit.Snippet);
    }

    [Fact]
    public void PrefixesAndSynonymsAreMarkedInTheSnippet()
    {
        Assert.Contains("<mark>netralitas</mark>", Search(new SearchRequest { Query = "netral*" }).Hits.Single(h => h.File == "c.txt").Snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>Kepala</mark> <mark>Desa</mark>", Search(new SearchRequest { Query = "kades" }).Hits.Single().Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void UpsertIsIdempotentAndDeleteRemoves()
    {
        using (var writer = IndexWriter.Open(options))
        {
            var again = Article("a.txt", "Kades di Musi Rawas Dukung Paslon", "Teks baru qzreplaced.", new DateOnly(2024, 10, 8));
            writer.Upsert(again);
            writer.Upsert(again);
            Assert.Equal(4, writer.Count());
            Assert.True(writer.Delete(again.Id));
            Assert.False(writer.Delete(again.Id));
        }

        Assert.Empty(Search(new SearchRequest { Query = "qzreplaced" }).Hits);
        using var searcher = new IndexSearcher(options);
        Assert.Equal(3, searcher.Count());
    }

    [Fact]
    public void APhraseFindsDocumentsAddedOrReplacedAfterItWasFirstAskedFor()
    {
        using var writer = IndexWriter.Open(options);
        using var searcher = new IndexSearcher(writer);
        string[] Found() => [.. searcher.Search(new SearchRequest { Query = "\"wali nagari\"" }).Response!.Hits.Select(h => h.File).Order()];

        Assert.Empty(Found());
        writer.Upsert(Article("e.txt", "Wali Nagari Diperiksa", "AGAM – Wali nagari di Agam diperiksa Bawaslu, Senin (2/9/2024).", new DateOnly(2024, 9, 2)));
        Assert.Equal(["e.txt"], Found());
        writer.Upsert(Article("e.txt", "Camat Diperiksa", "AGAM – Camat di Agam diperiksa Bawaslu, Senin (2/9/2024).", new DateOnly(2024, 9, 2)));
        Assert.Empty(Found());
        writer.Upsert(Article("f.txt", "Dua Wali Nagari Dipanggil", "AGAM – Dua wali nagari dipanggil Bawaslu, Selasa (3/9/2024).", new DateOnly(2024, 9, 3)));
        Assert.Equal(["f.txt"], Found());
    }

    [Fact]
    public void RelaxesANaturalLanguageQuestionThatNoDocumentAnswersWhole()
    {
        var response = Search(new SearchRequest { Query = "larangan ASN unggah foto kampanye di media sosial" });
        Assert.True(response.Relaxed);
        Assert.Equal("d.txt", response.Hits[0].File);
    }

    [Fact]
    public void IncidentsAndModesAreCodesAFilterCanReadAndStayInTheStoredDocument()
    {
        using (var searcher = new IndexSearcher(options))
        {
            var incident = searcher.GetDocument(DocumentOrigin.ForFile("a.txt").Id)!;
            Assert.Equal(["declaration-of-support", "village-officials"], incident.Incidents.Order());
            Assert.Equal(["incident"], incident.Modes);
            var appeal = searcher.GetDocument(DocumentOrigin.ForFile("b.txt").Id)!;
            Assert.Empty(appeal.Incidents);
            Assert.Equal(["appeal"], appeal.Modes);
        }

        using var directory = Lucene.Net.Store.FSDirectory.Open(options.LuceneFolder);
        using var reader = Lucene.Net.Index.DirectoryReader.Open(directory);
        var lucene = new Lucene.Net.Search.IndexSearcher(reader);
        string[] Matching(string field, string code) =>
            [.. lucene.Search(new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term(field, code)), 10).ScoreDocs.Select(d => lucene.Doc(d.Doc).Get(IndexFields.Id)).Order()];

        Assert.Equal([DocumentOrigin.ForFile("a.txt").Id], Matching(IndexFields.Incident, "village-officials"));
        Assert.Equal(new[] { "a.txt", "d.txt" }.Select(file => DocumentOrigin.ForFile(file).Id).Order(), Matching(IndexFields.Mode, "incident"));
        Assert.Contains(DocumentOrigin.ForFile("b.txt").Id, Matching(IndexFields.Mode, "appeal"));
        Assert.Empty(Matching(IndexFields.Incident, "appeal"));
    }

    [Theory]
    [InlineData("regency:Atlantis", "Unknown regency")]
    [InlineData("province:Bekasi", "Unknown province")]
    [InlineData("violation:korupsi", "Unknown violation")]
    [InlineData("published:2024-99", "not a date")]
    public void FieldValuesThatMeanNothingAreErrors(string query, string message)
    {
        using var searcher = new IndexSearcher(options);
        var outcome = searcher.Search(new SearchRequest { Query = query });
        Assert.False(outcome.IsSuccess);
        Assert.Contains(message, outcome.Error.Message, StringComparison.Ordinal);
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

    private static IEnumerable<string> Files(SearchResponse response) => response.Hits.Select(h => h.File);

    private Document Article(string file, string title, string body, DateOnly published)
    {
        var result = pipeline.Process(new SourceFile(file, System.Text.Encoding.UTF8.GetBytes($"{title}\n\n{body}\n")), DocumentOrigin.ForFile(file));
        Assert.True(result.IsSuccess);
        return result.Document with { Published = published };
    }
}

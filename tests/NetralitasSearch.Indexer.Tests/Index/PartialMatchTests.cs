using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Index;
using NetralitasSearch.Indexer.Parsing;
using NetralitasSearch.Indexer.Pipeline;

namespace NetralitasSearch.Indexer.Tests.Index;

/// <summary>
/// Partial matches: when the exact stories of a plain question do not fill the first page, the stories holding most of
/// its words follow, apart from the hits, labelled with how many words they hold, and outside the total and the facets.
/// </summary>
public sealed class PartialMatchTests : IDisposable
{
    /// <summary>Four words: a partial match holds three.</summary>
    private const string FourWords = "camat pasar ojek truk";

    /// <summary>Five words: a partial match holds three or four.</summary>
    private const string FiveWords = "camat pasar ojek truk sayur";

    private readonly string directory = Directory.CreateTempSubdirectory("netralitas-partial-tests-").FullName;
    private readonly IndexOptions options;
    private readonly DocumentPipeline pipeline = DocumentPipeline.Create();

    public PartialMatchTests()
    {
        options = new IndexOptions(directory);
        var three = Article("tiga.txt", "Camat, Ojek dan Pasar", "LAHAT – Camat menemui pengemudi ojek di pasar Lahat, Selasa (8/10/2024). Camat meminta ojek tertib di pasar.", new DateOnly(2024, 10, 8));
        using var writer = IndexWriter.Open(options);
        writer.Upsert(
        [
            Article("semua.txt", "Camat Tinjau Pasar Sayur", "MUSI RAWAS – Camat meninjau pasar sayur bersama pengemudi ojek dan sopir truk, Senin (7/10/2024).", new DateOnly(2024, 10, 7)),
            Article("empat.txt", "Jalan Rusak di Muara Enim", "MUARA ENIM – Warga mengeluhkan jalan rusak. Sopir truk pengangkut sayur dan pengemudi ojek yang menuju pasar harus memutar sejauh tiga kilometer, Rabu (9/10/2024).", new DateOnly(2024, 10, 9)),
            three,
            three with { Id = three.Id + "-salinan", File = "tiga-salinan.txt", Source = "Salinan Warta", Published = new DateOnly(2024, 10, 10) },
            Article("dua.txt", "Camat Naik Ojek", "OGAN ILIR – Camat naik ojek ke kantor, Kamis (10/10/2024).", new DateOnly(2024, 10, 10)),
            Article("lain.txt", "Lurah Tanam Padi", "KOTA BEKASI – Lurah menanam padi bersama warga, Jumat (11/10/2024).", new DateOnly(2024, 10, 11)),
        ]);
    }

    [Fact]
    public void StoriesHoldingMostWordsFollowTheExactOnesApartAndOutsideTheTotalAndTheFacets()
    {
        var response = Search(new SearchRequest { Query = FourWords, PartialMatches = true });

        Assert.Equal(1, response.Total);
        var exact = Assert.Single(response.Hits);
        Assert.Equal("semua.txt", exact.File);
        Assert.Null(exact.MatchedParts);
        Assert.Equal((4, 3), (response.Parts, response.PartialMin));

        // The republished copy is the same story: shown once, as its earliest version. Two words of four are not most.
        Assert.Equal(["empat.txt", "tiga.txt"], response.Partial.Select(h => h.File).Order());
        Assert.All(response.Partial, hit => Assert.Equal(3, hit.MatchedParts));
        Assert.Equal(2, response.PartialTotal);
        Assert.Equal(1, response.Partial.Single(h => h.File == "tiga.txt").Duplicates);
        Assert.Contains("<mark>", response.Partial[0].Snippet, StringComparison.Ordinal);

        // The facets count the exact story alone.
        Assert.Equal([("Musi Rawas", 1)], response.Facets["regency"].Select(f => (f.Value, f.Count)));
        Assert.Equal([("2024", 1)], response.Facets["year"].Select(f => (f.Value, f.Count)));
    }

    [Fact]
    public void MoreWordsRankFirstThenTheScore()
    {
        var response = Search(new SearchRequest { Query = FiveWords, PartialMatches = true });

        Assert.Equal(["semua.txt"], response.Hits.Select(h => h.File));
        Assert.Equal((5, 3), (response.Parts, response.PartialMin));

        // tiga.txt has its three words in the title (a higher score) but empat.txt holds four.
        Assert.Equal(["empat.txt", "tiga.txt"], response.Partial.Select(h => h.File));
        Assert.Equal([4, 3], response.Partial.Select(h => h.MatchedParts ?? 0));
        Assert.True(response.Partial[1].Score > response.Partial[0].Score, "the word count, not the score, ranks them");
    }

    [Fact]
    public void WithoutCollapsingEveryVersionIsAPartialHit()
    {
        var response = Search(new SearchRequest { Query = FourWords, PartialMatches = true, Collapse = false });

        Assert.Equal(1, response.Total);
        Assert.Equal(["empat.txt", "tiga-salinan.txt", "tiga.txt"], response.Partial.Select(h => h.File).Order());
        Assert.Equal(3, response.PartialTotal);
    }

    [Fact]
    public void PartialHitsFillTheFirstPageAndNoMore()
    {
        var response = Search(new SearchRequest { Query = FourWords, PartialMatches = true, Size = 2 });

        Assert.Single(response.Hits);
        Assert.Single(response.Partial);
        Assert.Equal(2, response.PartialTotal);
    }

    [Fact]
    public void TheFiltersNarrowPartialHitsToo()
    {
        var response = Search(new SearchRequest { Query = FourWords, PartialMatches = true, To = new DateOnly(2024, 10, 8) });

        Assert.Equal(["semua.txt"], response.Hits.Select(h => h.File));
        Assert.Equal(["tiga.txt"], response.Partial.Select(h => h.File));
        Assert.Equal(1, response.PartialTotal);
    }

    [Theory]
    [InlineData(FourWords, false, 10, 1)]
    [InlineData(FourWords, true, 1, 1)]
    [InlineData(FourWords, true, 10, 2)]
    [InlineData("camat AND pasar AND ojek AND truk", true, 10, 1)]
    [InlineData("+camat +pasar +ojek +truk", true, 10, 1)]
    [InlineData("camat pasar ojek text:truk", true, 10, 1)]
    [InlineData("camat sayur", true, 10, 1)]
    public void OnlyAPlainQuestionOfThreeWordsOrMoreWhoseExactStoriesLeaveRoomOnTheFirstPageGetsThem(string query, bool asked, int size, int page)
    {
        var response = Search(new SearchRequest { Query = query, PartialMatches = asked, Size = size, Page = page });

        Assert.Empty(response.Partial);
        Assert.Equal(0, response.PartialTotal);
        Assert.Null(response.PartialMin);
    }

    [Fact]
    public void AQuestionNoStoryHoldsWholeIsRelaxedAsBeforeWithoutPartialHits()
    {
        var response = Search(new SearchRequest { Query = "camat pasar ojek qzkosong", PartialMatches = true });

        Assert.True(response.Relaxed);
        Assert.Empty(response.Partial);
        Assert.Equal(4, response.Parts);
        Assert.Equal(3, response.Hits[0].MatchedParts);
    }

    [Theory]
    [InlineData(1, 1, false)]
    [InlineData(2, 2, false)]
    [InlineData(3, 2, true)]
    [InlineData(4, 3, true)]
    [InlineData(5, 3, true)]
    [InlineData(6, 4, true)]
    [InlineData(7, 4, true)]
    public void APartialMatchHoldsMoreThanHalfTheParts(int parts, int minimum, bool applies)
    {
        Assert.Equal(minimum, PartialMatchRule.Minimum(parts));
        Assert.Equal(applies, PartialMatchRule.Applies(parts));
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

    private Document Article(string file, string title, string body, DateOnly published)
    {
        var result = pipeline.Process(new SourceFile(file, System.Text.Encoding.UTF8.GetBytes($"{title}\n\n{body}\n")), DocumentOrigin.ForFile(file));
        Assert.True(result.IsSuccess);
        return result.Document with { Published = published };
    }
}

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Index;
using NetralitasSearch.Indexer.Parsing;
using NetralitasSearch.Indexer.Pipeline;
using NetralitasSearch.Tests;
using Xunit.Abstractions;

namespace NetralitasSearch.Indexer.Tests.Index;

/// <summary>
/// Facets of a search matching most of the index are counted down from the reader's totals; every count must be the
/// one counting up over the matches gives. Real articles through the real pipeline (persons, places, years, outlets),
/// several segments with deletions, stories of identical copies and stories whose versions differ in outlet and date,
/// searches that take in every version of a story or only some, with and without collapsing.
/// </summary>
public sealed class FacetCountDownTests(ITestOutputHelper output) : IDisposable
{
    private const string CopyOutlet = "salinan.example";

    private readonly string folder = Directory.CreateTempSubdirectory("netralitas-facets-").FullName;

    [Fact]
    public void CountingDownFromTheTotalsGivesEveryCountThatCountingUpGives()
    {
        var documents = Load();
        using var writer = IndexWriter.Open(new IndexOptions(folder));

        // Several batches make several segments; copies of an article are the same story (the same text).
        foreach (var batch in documents.Chunk(100))
        {
            writer.Upsert(batch);
            writer.Commit();
        }

        var copies = new List<Document>();
        for (var i = 0; i < documents.Count; i++)
        {
            if (i % 5 == 0)
            {
                // The same story republished by another outlet a day later: its versions differ in values.
                copies.Add(documents[i] with { Id = documents[i].Id + "-salinan", File = documents[i].File + ".salinan", Source = CopyOutlet, Published = documents[i].Published?.AddDays(1) });
            }
            else if (i % 7 == 0)
            {
                // Republished as is: its versions carry the same values.
                copies.Add(documents[i] with { Id = documents[i].Id + "-sama", File = documents[i].File + ".sama" });
            }
        }

        writer.Upsert(copies);
        foreach (var document in documents.Where((_, i) => i % 11 == 3))
        {
            Assert.True(writer.Delete(document.Id));
        }

        using var down = new IndexSearcher(writer);
        using var up = new IndexSearcher(writer) { CountDownFacets = false };
        var live = writer.Count();
        Assert.True(writer.Segments() > 1, "several segments");
        var requests = new List<SearchRequest>();
        foreach (var query in new[] { "yang", "dan", "di", "ini", "yang dan", "tidak", "polisi", "jakarta", "presiden", "", "*" })
        {
            foreach (var collapse in new[] { true, false })
            {
                requests.Add(new SearchRequest { Query = query, Collapse = collapse, FacetLimit = 0, Snippets = false });
                requests.Add(new SearchRequest { Query = query, Collapse = collapse, FacetLimit = 3, Snippets = false });

                // Only the copies' outlet, or every outlet but theirs: stories matched in some of their versions.
                requests.Add(new SearchRequest { Query = query + " -source:" + CopyOutlet.Replace(".", "\\.", StringComparison.Ordinal), Collapse = collapse, FacetLimit = 0, Snippets = false });
                requests.Add(new SearchRequest { Query = query, Source = CopyOutlet, Collapse = collapse, FacetLimit = 0, Snippets = false });
            }
        }

        var countedDown = 0;
        foreach (var request in requests)
        {
            var a = down.Search(request);
            var b = up.Search(request);
            Assert.True(a.IsSuccess, $"{request.Query}: {a.Error}");
            Assert.True(b.IsSuccess, $"{request.Query}: {b.Error}");
            Assert.Equal(b.Response.Total, a.Response.Total);
            countedDown += a.Response.Total > FacetCounter.ComplementShare * live ? 1 : 0;
            foreach (var (facet, values) in b.Response.Facets)
            {
                Assert.Equal(values, a.Response.Facets[facet]);
            }

            Assert.Equal(b.Response.Facets.Keys.Order(), a.Response.Facets.Keys.Order());

            // Both against the aggregates, which count by walking every match with names, not ids.
            if (request.FacetLimit == 0)
            {
                foreach (var (facet, field) in new[] { ("person", AggregateField.Person), ("source", AggregateField.Source), ("year", AggregateField.Year), ("regency", AggregateField.Regency) })
                {
                    var buckets = down.Aggregate(request, field).Response!.Buckets.ToDictionary(bucket => bucket.Value, bucket => bucket.Count, StringComparer.Ordinal);
                    Assert.Equal(buckets, a.Response.Facets[facet].ToDictionary(value => value.Value, value => value.Count, StringComparer.Ordinal));
                }
            }
        }

        // The frequent words and the empty query take the counting-down path (with and without collapsing).
        Assert.True(countedDown >= 8, $"{countedDown} searches counted down");
        output.WriteLine($"{requests.Count} searches over {live} documents in {writer.Segments()} segments, {countedDown} counted down");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>
    /// Development-quarter CLICK-ID articles (sha256 of the id not starting 0–3) through the pipeline, or the fixture
    /// articles when ../shared is absent.
    /// </summary>
    private List<Document> Load()
    {
        var pipeline = DocumentPipeline.Create();
        var corpus = RepositoryPaths.Shared is { } shared ? Path.Combine(shared, "data", "news-corpus", "clickid-articles.jsonl") : null;
        IEnumerable<(string Id, string Title, string Text, string? Source, string? Date)> articles;
        if (corpus is not null && File.Exists(corpus))
        {
            articles = File.ReadLines(corpus).Select(line =>
            {
                using var json = JsonDocument.Parse(line);
                var e = json.RootElement;
                return (e.GetProperty("id").GetString()!, e.GetProperty("title").GetString()!, e.GetProperty("text").GetString()!, e.GetProperty("source").GetString(), e.GetProperty("date").GetString());
            }).Where(a => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(a.Item1)))[0] is >= '4').Take(400);
        }
        else
        {
            output.WriteLine("../shared is absent: the fixture articles stand in for CLICK-ID");
            articles = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Fixtures, "Extraction", "articles"), "*.txt").Order(StringComparer.Ordinal).Select(path =>
            {
                var lines = File.ReadAllText(path).Split('\n', 2);
                return (Path.GetFileNameWithoutExtension(path), lines[0], lines.Length > 1 ? lines[1] : "", (string?)"fixture.example", (string?)null);
            });
        }

        var documents = new List<Document>();
        foreach (var (id, title, text, source, date) in articles)
        {
            var result = pipeline.Process(new SourceFile(id + ".txt", Encoding.UTF8.GetBytes($"{title}\n\n{text}\n")), new DocumentOrigin(id, id + ".txt"));
            if (result.Document is { } document)
            {
                documents.Add(document with { Source = source, Published = DateOnly.TryParse(date, System.Globalization.CultureInfo.InvariantCulture, out var day) ? day : document.Published });
            }
        }

        Assert.True(documents.Count > 50, $"{documents.Count} documents");
        return documents;
    }
}

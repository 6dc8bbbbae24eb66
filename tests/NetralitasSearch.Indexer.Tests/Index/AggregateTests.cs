using System.Globalization;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Extraction.Regions;
using NetralitasSearch.Indexer.Extraction.Violations;
using NetralitasSearch.Indexer.Index;
using NetralitasSearch.Indexer.Parsing;
using NetralitasSearch.Indexer.Pipeline;
using NetralitasSearch.Tests;

namespace NetralitasSearch.Indexer.Tests.Index;

/// <summary>
/// Counts agree everywhere, over random searches of the project's articles and republished copies of a third of them
/// (another outlet, another date, another regency, so a story's versions differ): an aggregate's total is the search
/// total, its counts are the facet counts, and each count is the total that filtering by the value gives (stories
/// collapsed; its documents, not collapsed), one level down too.
/// </summary>
public sealed class AggregateTests : IClassFixture<AggregateTests.Corpus>
{
    private const int Searches = 60;

    private static readonly (AggregateField Field, string Facet)[] Facets =
    [
        (AggregateField.Regency, "regency"), (AggregateField.Province, "province"), (AggregateField.Year, "year"), (AggregateField.Person, "person"),
        (AggregateField.Position, "position"), (AggregateField.Violation, "violation"), (AggregateField.Source, "source"),
    ];

    private readonly Corpus corpus;

    public AggregateTests(Corpus corpus) => this.corpus = corpus;

    [Fact]
    public void TotalsAndCountsEqualTheSearchTotalsAndFacets()
    {
        using var searcher = new IndexSearcher(corpus.Options);
        var random = new Random(5);
        for (var i = 0; i < Searches; i++)
        {
            var request = corpus.RandomRequest(random);
            var search = searcher.Search(request with { Size = 1 }).Response!;
            foreach (var (field, facet) in Facets)
            {
                var aggregate = searcher.Aggregate(request, field).Response!;
                Assert.Equal(search.Total, aggregate.Total);
                var buckets = aggregate.Buckets.ToDictionary(b => b.Value, StringComparer.Ordinal);
                foreach (var value in search.Facets[facet])
                {
                    Assert.True(buckets.TryGetValue(value.Value, out var bucket), $"{request.Query}: {facet} {value.Value} has no bucket");
                    Assert.Equal(value.Count, bucket.Count);
                }

                // The facet shows the first values of the same counts.
                Assert.Equal(search.Facets[facet].Select(f => f.Count), aggregate.Buckets.Take(search.Facets[facet].Count).Select(b => b.Count));
            }
        }
    }

    [Fact]
    public void EachCountIsTheTotalThatFilteringByItsValueGives()
    {
        using var searcher = new IndexSearcher(corpus.Options);
        var random = new Random(7);
        var checkedBuckets = 0;
        for (var i = 0; i < Searches; i++)
        {
            var request = corpus.RandomRequest(random);
            foreach (var field in new[] { AggregateField.Regency, AggregateField.Province, AggregateField.Violation, AggregateField.Year, AggregateField.Month })
            {
                foreach (var bucket in searcher.Aggregate(request, field).Response!.Buckets.Take(4))
                {
                    var narrowed = Narrow(request, field, bucket.Value);
                    var what = $"{request} by {field} = {bucket.Value}";
                    Assert.True(bucket.Count == searcher.Search(narrowed).Response!.Total, what);
                    Assert.True(bucket.Documents == searcher.Search(narrowed with { Collapse = false }).Response!.Total, what);
                    checkedBuckets++;
                }
            }

            foreach (var bucket in searcher.Aggregate(request, AggregateField.Violation, AggregateField.Year).Response!.Buckets.Take(3))
            {
                foreach (var inner in bucket.Buckets.Take(3))
                {
                    var both = Narrow(Narrow(request, AggregateField.Violation, bucket.Value), AggregateField.Year, inner.Value);
                    Assert.Equal(inner.Count, searcher.Search(both).Response!.Total);
                    Assert.Equal(inner.Documents, searcher.Search(both with { Collapse = false }).Response!.Total);
                    checkedBuckets++;
                }
            }
        }

        Assert.True(checkedBuckets > 200, $"only {checkedBuckets} buckets checked");
    }

    [Fact]
    public void AStoryWhoseVersionsDifferCountsOnceUnderEachOfTheirValues()
    {
        using var searcher = new IndexSearcher(corpus.Options);
        var copy = corpus.Copies[0];
        var request = new SearchRequest { Cluster = searcher.Search(new SearchRequest { DocumentId = copy.Id }).Response!.Hits[0].Cluster, Relax = false };

        var collapsed = searcher.Search(request).Response!;
        var regencies = searcher.Aggregate(request, AggregateField.Regency).Response!;

        Assert.Equal(1, collapsed.Total);
        Assert.Equal(2, searcher.Search(request with { Collapse = false }).Response!.Total);
        Assert.Contains(regencies.Buckets, b => b.Value == "Kota Salatiga" && b.Count == 1 && b.Documents == 1);
        Assert.All(regencies.Buckets, b => Assert.Equal(1, b.Count));
    }

    [Fact]
    public void ALimitKeepsTheFirstValuesOfEachLevel()
    {
        using var searcher = new IndexSearcher(corpus.Options);
        var all = searcher.Aggregate(new SearchRequest(), AggregateField.Province, AggregateField.Year).Response!;
        var limited = searcher.Aggregate(new SearchRequest(), AggregateField.Province, AggregateField.Year, limit: 2).Response!;

        Assert.True(all.Buckets.Count > 2);
        Assert.Equal(all.Buckets.Take(2).Select(b => (b.Value, b.Count)), limited.Buckets.Select(b => (b.Value, b.Count)));
        Assert.All(limited.Buckets, b => Assert.True(b.Buckets.Count <= 2));
    }

    private static SearchRequest Narrow(SearchRequest request, AggregateField field, string value)
    {
        switch (field)
        {
            case AggregateField.Regency:
                var code = Gazetteer.Default.Regions.Single(r => r.Kind is RegionKind.Regency or RegionKind.City && r.DisplayName == value).Code;
                return request with { Regency = code };
            case AggregateField.Province:
                return request with { Province = value };
            case AggregateField.Violation:
                // A request has one violation filter: a second one goes into the query.
                return request.Violation is null ? request with { Violation = value } : request with { Query = $"({request.Query ?? "*:*"}) AND violation:{value}" };
            case AggregateField.Year:
                var year = int.Parse(value, CultureInfo.InvariantCulture);
                return Within(request, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            default:
                var month = DateOnly.ParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
                return Within(request, month, month.AddMonths(1).AddDays(-1));
        }
    }

    /// <summary>A date range inside the request's own (the filters combine; two ranges would not).</summary>
    private static SearchRequest Within(SearchRequest request, DateOnly from, DateOnly to) => request with
    {
        From = request.From is { } f && f > from ? f : from,
        To = request.To is { } t && t < to ? t : to,
    };

    [Fact]
    public void IncidentsOnlyKeepsEveryDocumentThatReportsACaseAndNoOther()
    {
        using var searcher = new IndexSearcher(corpus.Options);
        var all = corpus.Documents.Concat(corpus.Copies).ToList();
        var request = new SearchRequest { IncidentsOnly = true, Collapse = false, Facets = false, Snippets = false };

        Assert.Equal(all.Count(d => d.Incidents.Count > 0), searcher.Search(request).Response!.Total);
        Assert.InRange(all.Count(d => d.Incidents.Count > 0), 1, all.Count - 1);
        foreach (var kind in ViolationKinds.All)
        {
            var expected = all.Count(d => d.Incidents.Count > 0 && d.Violations.Contains(kind));
            Assert.Equal(expected, searcher.Search(request with { Violation = kind }).Response!.Total);
        }
    }

    public sealed class Corpus : IDisposable
    {
        private readonly string folder = Directory.CreateTempSubdirectory("netralitas-aggregate-").FullName;
        private readonly List<Document> documents = [];

        public Corpus()
        {
            Options = new IndexOptions(folder);
            var pipeline = DocumentPipeline.Create();
            var files = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Fixtures, "Extraction", "articles"), "*.txt")
                .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "samples")).Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal)))
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var result = pipeline.Process(new SourceFile(file, File.ReadAllBytes(file)), DocumentOrigin.ForFile(file));
                if (result.IsSuccess)
                {
                    documents.Add(result.Document);
                }
            }

            var random = new Random(3);
            for (var i = 0; i < documents.Count; i += 3)
            {
                var original = documents[i];
                Copies.Add(original with
                {
                    Id = original.Id + "-copy",
                    File = original.File + ".copy",
                    Source = "Salinan Warta",
                    Text = original.Text + "\n\nBaca berita lainnya di Salinan Warta.",
                    Published = (original.Published ?? new DateOnly(2024, 10, 1)).AddDays(random.Next(-20, 40)),
                    RegencyCodes = [.. original.RegencyCodes, "33.73"],
                });
            }

            using var writer = IndexWriter.Open(Options);
            writer.Upsert(documents);
            writer.Upsert(Copies);
        }

        public IndexOptions Options { get; }

        /// <summary>The project's articles as extracted (without <see cref="Copies"/>).</summary>
        public IReadOnlyList<Document> Documents => documents;

        /// <summary>Republished versions, each with Kota Salatiga (33.73) added to its regencies.</summary>
        public List<Document> Copies { get; } = [];

        /// <summary>A search of one or two words of a random article (or none), sometimes with a filter; never relaxed.</summary>
        public SearchRequest RandomRequest(Random random)
        {
            var document = documents[random.Next(documents.Count)];
            var words = document.Text.Split([' ', '\n', ',', '.', '"', '(', ')', ':'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.All(char.IsLetter) && w.Length > 3).ToList();
            var query = random.Next(5) == 0 || words.Count == 0 ? null : string.Join(' ', Enumerable.Range(0, random.Next(1, 3)).Select(_ => words[random.Next(words.Count)].ToLowerInvariant()));
            var request = new SearchRequest { Query = query, Relax = false };
            return random.Next(4) switch
            {
                0 => request with { Violation = ViolationKinds.All[random.Next(ViolationKinds.All.Count)] },
                1 => request with { From = new DateOnly(2024, 1, 1), To = new DateOnly(2024, 12, 31) },
                _ => request,
            };
        }

        public void Dispose() => Directory.Delete(folder, recursive: true);
    }
}

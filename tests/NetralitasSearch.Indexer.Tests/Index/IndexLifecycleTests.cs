using Lucene.Net.Store;
using Lucene.Net.Util;
using NetralitasSearch.Indexer.Analysis;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Index;
using NetralitasSearch.Indexer.Parsing;
using NetralitasSearch.Indexer.Pipeline;
using NetralitasSearch.Tests;
using DirectoryReader = Lucene.Net.Index.DirectoryReader;
using IndexWriterConfig = Lucene.Net.Index.IndexWriterConfig;
using LuceneWriter = Lucene.Net.Index.IndexWriter;

namespace NetralitasSearch.Indexer.Tests.Index;

/// <summary>
/// The index's life on disk: every word of the question required (the issue's silent miss on the samples), near-real-time
/// visibility with commits batched, an index of another schema version opened empty, damage found by the check and
/// recognised while searching.
/// </summary>
public sealed class IndexLifecycleTests : IDisposable
{
    private readonly string directory = System.IO.Directory.CreateTempSubdirectory("netralitas-lifecycle-tests-").FullName;
    private readonly IndexOptions options;

    public IndexLifecycleTests() => options = new IndexOptions(directory);

    [Fact]
    public void TheIndexOfTheEngineBeforeLuceneIsRemovedAndNothingElse()
    {
        File.WriteAllBytes(Path.Combine(directory, "index.sqlite"), new byte[2048]);
        File.WriteAllBytes(Path.Combine(directory, "index.sqlite-shm"), new byte[32]);
        File.WriteAllText(Path.Combine(directory, "index.sqlite.txt"), "not ours to remove");
        IndexSamples();

        var removed = options.RemoveLegacyIndex();

        Assert.Equal([(Path.Combine(directory, "index.sqlite"), 2048L), (Path.Combine(directory, "index.sqlite-shm"), 32L)], removed);
        Assert.False(File.Exists(Path.Combine(directory, "index.sqlite")));
        Assert.False(File.Exists(Path.Combine(directory, "index.sqlite-shm")));
        Assert.True(File.Exists(Path.Combine(directory, "index.sqlite.txt")));
        Assert.True(options.Exists());
        Assert.Empty(options.RemoveLegacyIndex());
    }

    [Theory]
    [InlineData("camat AND kampanye")]
    [InlineData("camat kampanye")]
    [InlineData("mobil dinas")]
    [InlineData("\"netralitas ASN\" kampanye")]
    public void DocumentsHoldingEveryWordAreFoundWithoutRelaxing(string query)
    {
        IndexSamples();
        using var searcher = new IndexSearcher(options);

        var response = searcher.Search(new SearchRequest { Query = query }).Response!;

        Assert.False(response.Relaxed);
        Assert.Null(response.ExactTotal);
        Assert.NotEmpty(response.Hits);
        Assert.Equal(response.Total, Math.Min(response.Total, response.Hits.Count));
    }

    [Fact]
    public void TheIssuesSearchFindsTheCamatArticleFirstWithItsExactTotal()
    {
        IndexSamples();
        using var searcher = new IndexSearcher(options);

        var response = searcher.Search(new SearchRequest { Query = "camat AND kampanye" }).Response!;

        Assert.Equal("samples/kota-bekasi-camat-mobil-dinas-kampanye-2024-11-12.html", response.Hits[0].File);
        Assert.All(response.Hits, hit => Assert.Contains("<mark>", hit.Snippet, StringComparison.Ordinal));
    }

    [Fact]
    public void AQuestionNoDocumentHoldsWholeIsRelaxedAndSaysSo()
    {
        IndexSamples();
        using var searcher = new IndexSearcher(options);

        var response = searcher.Search(new SearchRequest { Query = "camat kampanye qzkatatiada" }).Response!;

        Assert.True(response.Relaxed);
        Assert.Equal(0, response.ExactTotal);
        Assert.Equal("samples/kota-bekasi-camat-mobil-dinas-kampanye-2024-11-12.html", response.Hits[0].File);
        Assert.Equal(0, searcher.Search(new SearchRequest { Query = "camat kampanye qzkatatiada", Relax = false }).Response!.Total);
    }

    [Fact]
    public void AQuestionThatRequiresEveryWordInSoManyWordsIsNeverRelaxed()
    {
        IndexSamples();
        using var searcher = new IndexSearcher(options);

        var response = searcher.Search(new SearchRequest { Query = "camat AND kampanye AND qzkatatiada" }).Response!;

        Assert.False(response.Relaxed);
        Assert.Equal(0, response.Total);
    }

    [Fact]
    public void AnUpsertIsSearchableAtOnceAndDurableWithinTheCommitInterval()
    {
        using var writer = IndexWriter.Open(options with { CommitInterval = TimeSpan.FromMilliseconds(200) });
        using var live = new IndexSearcher(writer);
        writer.Upsert(Article("segar.txt", "Berita Segar", "Camat qzsegar hadir."));

        Assert.Equal(1, live.Search(new SearchRequest { Query = "qzsegar" }).Response!.Total);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Committed() == 0 && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(50);
        }

        Assert.Equal(1, Committed());
    }

    [Fact]
    public void AnIndexOfAnotherSchemaVersionOpensEmpty()
    {
        using (var writer = IndexWriter.Open(options))
        {
            writer.Upsert(Article("lama.txt", "Berita Lama", "Camat qzlama hadir."));
        }

        using (var lucene = new LuceneWriter(FSDirectory.Open(options.LuceneFolder), new IndexWriterConfig(LuceneVersion.LUCENE_48, IndonesianAnalyzer.Default)))
        {
            lucene.SetCommitData(new Dictionary<string, string> { ["schema"] = "lucene-0/id-0" });
            lucene.Commit();
        }

        using (var writer = IndexWriter.Open(options))
        {
            Assert.Equal(0, writer.Count());
        }

        using var searcher = new IndexSearcher(options);
        Assert.Equal(0, searcher.Count());
    }

    [Fact]
    public void ADamagedSegmentFailsTheCheckAndSearchingItIsRecognisedAsDamage()
    {
        using (var writer = IndexWriter.Open(options))
        {
            writer.Upsert(Enumerable.Range(0, 50).Select(i => Article($"d{i}.txt", $"Berita {i}", $"Camat qzrusak hadir dalam kampanye ke-{i} di Musi Rawas, Senin (7/10/2024).")).ToList());
        }

        Assert.Null(IndexWriter.Check(options));
        var largest = new DirectoryInfo(options.LuceneFolder).GetFiles().Where(f => !f.Name.StartsWith("segments", StringComparison.Ordinal) && f.Name != "write.lock").OrderByDescending(f => f.Length).First();
        var bytes = File.ReadAllBytes(largest.FullName);
        new Random(7).NextBytes(bytes.AsSpan(bytes.Length / 4, bytes.Length / 2));
        File.WriteAllBytes(largest.FullName, bytes);

        Assert.NotNull(IndexWriter.Check(options));
        var failure = Record.Exception(() =>
        {
            using var searcher = new IndexSearcher(options);
            for (var i = 0; i < 50; i++)
            {
                searcher.Search(new SearchRequest { Query = $"qzrusak kampanye {i}" });
                searcher.GetDocument(searcher.Search(new SearchRequest { Query = "qzrusak", Size = 50 }).Response!.Hits[i].Id);
            }
        });
        Assert.True(failure is null || IndexDamage.IsDamage(failure), failure?.ToString());
    }

    [Fact]
    public void AMissingHeaderIsDamageTheCheckReports()
    {
        using (var writer = IndexWriter.Open(options))
        {
            writer.Upsert(Article("a.txt", "Berita", "Camat hadir."));
        }

        var commit = new DirectoryInfo(options.LuceneFolder).GetFiles("segments_*").Single();
        var bytes = File.ReadAllBytes(commit.FullName);
        new Random(7).NextBytes(bytes.AsSpan(0, Math.Min(100, bytes.Length)));
        File.WriteAllBytes(commit.FullName, bytes);

        Assert.NotNull(IndexWriter.Check(options));
    }

    public void Dispose() => System.IO.Directory.Delete(directory, recursive: true);

    private int Committed()
    {
        using var reader = DirectoryReader.Open(FSDirectory.Open(options.LuceneFolder));
        return reader.NumDocs;
    }

    [Fact]
    public void ABulkLoadNobodySearchesMeanwhileFlushesNoSegmentPerBatchYetEveryBatchIsSearchable()
    {
        var documents = SampleDocuments();
        using var writer = IndexWriter.Open(options with { CommitInterval = TimeSpan.FromMinutes(10) });
        foreach (var document in documents)
        {
            writer.Upsert(document);
        }

        // The first reader after the batches flushes them together.
        Assert.Equal(1, writer.Segments());
        using var searcher = new IndexSearcher(writer);
        Assert.Equal(documents.Count, searcher.Search(new SearchRequest { Query = "kabupaten OR kota OR asn OR netralitas", Size = 100 }).Response!.Total);

        // And a batch written after a search is in the next search.
        writer.Upsert(Article("late.txt", "Camat Sukamaju di kampanye", "Camat Sukamaju hadir di kampanye pasangan calon."));
        Assert.Equal(documents.Count + 1, writer.Count());
        Assert.Single(searcher.Search(new SearchRequest { Query = "Sukamaju" }).Response!.Hits);
    }

    [Fact]
    public void CompactingMergesIntoOneSegmentAndChangesNoAnswer()
    {
        var documents = SampleDocuments();
        using var writer = IndexWriter.Open(options);
        foreach (var document in documents)
        {
            // One batch per document, each read at once (a reader reopened flushes it): a segment of its own.
            writer.Upsert(document);
            Assert.True(writer.Count() > 0);
        }

        using var searcher = new IndexSearcher(writer);
        string[] queries = ["camat kampanye", "netralitas", "asn OR sanksi", "\"kepala desa\"", "kabupaten"];
        var before = queries.Select(q => System.Text.Json.JsonSerializer.Serialize(searcher.Search(new SearchRequest { Query = q }).Response, DocumentJson.Options)).ToList();
        Assert.True(writer.Segments() > 1, $"{writer.Segments()} segments before");

        writer.Compact();

        Assert.Equal(1, writer.Segments());
        Assert.Equal(before, queries.Select(q => System.Text.Json.JsonSerializer.Serialize(searcher.Search(new SearchRequest { Query = q }).Response, DocumentJson.Options)));
        Assert.Equal(documents.Count, writer.Count());
    }

    /// <summary>The project's sample articles, parsed and extracted.</summary>
    private static List<Document> SampleDocuments()
    {
        var pipeline = DocumentPipeline.Create();
        return System.IO.Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "samples"))
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal))
            .Select(f => pipeline.Process(new SourceFile(f, File.ReadAllBytes(f)), DocumentOrigin.ForFile("samples/" + Path.GetFileName(f))))
            .Where(r => r.IsSuccess).Select(r => r.Document!).ToList();
    }

    private void IndexSamples()
    {
        using var writer = IndexWriter.Open(options);
        writer.Upsert(SampleDocuments());
    }

    private static Document Article(string file, string title, string body) =>
        new() { Id = DocumentId.ForFile(file), File = file, Format = DocumentFormat.Text, Title = title, Text = body, Published = new DateOnly(2024, 10, 7) };
}

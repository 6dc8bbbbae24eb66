using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Index;

namespace NetralitasSearch.Indexer.Tests.Index;

/// <summary>
/// <see cref="IndexWriter.Load{T}"/>, the bulk load of the CLI's <c>index</c> and the benchmark: items made on every
/// core while one thread writes them in order. Every document made is written once, in the items' order (a later item
/// with the same id wins), items made into nothing are skipped, and a failure while making one stops the load with
/// every item before it written and none after.
/// </summary>
public sealed class BulkLoadTests : IDisposable
{
    // More than two of the load's batches (512), the last one partial.
    private const int Items = 1300;

    private readonly string folder = Directory.CreateTempSubdirectory("netralitas-load-").FullName;

    [Fact]
    public void EveryDocumentMadeIsWrittenAndSearchableAndNothingElse()
    {
        using var writer = IndexWriter.Open(new IndexOptions(folder));
        var written = writer.Load(Enumerable.Range(0, Items).ToList(), i => i % 7 == 3 ? null : Article(i, $"Camat hadir nomor qzload{i}"));
        using var searcher = new IndexSearcher(writer);

        var expected = Enumerable.Range(0, Items).Count(i => i % 7 != 3);
        Assert.Equal(expected, written);
        Assert.Equal(expected, searcher.Count());
        foreach (var i in new[] { 0, 3, 511, 512, 1023, 1024, 1299 })
        {
            Assert.Equal(i % 7 == 3 ? 0 : 1, Total(searcher, $"qzload{i}"));
        }
    }

    [Fact]
    public void ALaterItemWithTheSameIdReplacesTheEarlierOneAcrossBatches()
    {
        using var writer = IndexWriter.Open(new IndexOptions(folder));

        // Item 1200 (third batch) rewrites the document of item 5 (first batch): the later text is what is found.
        writer.Load(Enumerable.Range(0, Items).ToList(), i => i == 1200 ? Article(5, "Kades diperiksa qzlater") : Article(i, $"Camat hadir nomor qzload{i}"));
        using var searcher = new IndexSearcher(writer);

        Assert.Equal(Items - 1, searcher.Count());
        Assert.Equal(1, Total(searcher, "qzlater"));
        Assert.Equal(0, Total(searcher, "qzload5"));
    }

    [Fact]
    public void AFailureWhileMakingStopsTheLoadWithEveryEarlierItemWritten()
    {
        using var writer = IndexWriter.Open(new IndexOptions(folder));

        var failure = Assert.Throws<AggregateException>(() => writer.Load(Enumerable.Range(0, Items).ToList(),
            i => i == 700 ? throw new InvalidDataException("item 700 is unreadable") : Article(i, $"Camat hadir nomor qzload{i}")));

        Assert.Contains(failure.Flatten().InnerExceptions, e => e is InvalidDataException { Message: "item 700 is unreadable" });
        using var searcher = new IndexSearcher(writer);
        Assert.Equal(700, searcher.Count());
        Assert.Equal(1, Total(searcher, "qzload699"));
        Assert.Equal(0, Total(searcher, "qzload701"));
    }

    [Fact]
    public void ACancelledLoadStopsAndMakesNothingAfterItReturns()
    {
        using var writer = IndexWriter.Open(new IndexOptions(folder));
        using var cancel = new CancellationTokenSource();
        var made = 0;

        Assert.ThrowsAny<OperationCanceledException>(() => writer.Load(Enumerable.Range(0, Items * 4).ToList(), i =>
        {
            Interlocked.Increment(ref made);
            if (i == 600)
            {
                cancel.Cancel();
            }

            return Article(i, $"Camat hadir nomor qzload{i}");
        }, cancel.Token));

        var after = Volatile.Read(ref made);
        Thread.Sleep(200);
        Assert.Equal(after, Volatile.Read(ref made));
        Assert.True(after < Items * 4, $"made {after} of {Items * 4}");
    }

    /// <summary>
    /// A load that fits the bulk buffer leaves one segment, not packed into a compound file, so the closing merge has
    /// nothing to copy; the writer's own settings are back after it (a later upsert's segment is packed again).
    /// </summary>
    [Fact]
    public void ALoadLeavesOnePlainSegmentAndTheWritersSettingsAfterIt()
    {
        var options = new IndexOptions(folder);
        using var writer = IndexWriter.Open(options);
        writer.Load(Enumerable.Range(0, Items).ToList(), i => Article(i, $"Camat hadir nomor qzload{i}"));
        writer.Compact();

        Assert.Equal(1, writer.Segments());
        Assert.Empty(Directory.GetFiles(options.LuceneFolder, "*.cfs"));

        // Searchable at once: the reopen flushes it as a segment of its own.
        writer.Upsert(Article(Items, "Kades diperiksa qzafter"));
        Assert.Equal(2, writer.Segments());
        Assert.Single(Directory.GetFiles(options.LuceneFolder, "*.cfs"));
        using var searcher = new IndexSearcher(writer);
        Assert.Equal(1, Total(searcher, "qzafter"));
        Assert.Equal(1, Total(searcher, "qzload1299"));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static int Total(IndexSearcher searcher, string query)
    {
        var outcome = searcher.Search(new SearchRequest { Query = query, Facets = false, Snippets = false });
        Assert.True(outcome.IsSuccess, outcome.Error?.ToString());
        return outcome.Response!.Total;
    }

    private static Document Article(int i, string text) => new()
    {
        Id = $"load-{i}",
        File = $"load-{i}.txt",
        Format = DocumentFormat.Text,
        Title = $"Berita {i}",
        Text = text,
    };
}

using System.Diagnostics;
using System.Text;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Evaluation;
using NetralitasSearch.Indexer.Index;
using NetralitasSearch.Indexer.Parsing;
using NetralitasSearch.Indexer.Pipeline;

namespace NetralitasSearch.Bench;

/// <summary>
/// Library figures: ingest (parse + extract + index, one writer fed by parallel parsing and extraction) in documents
/// per second, index bytes per document,
/// and search latency over the fixed query list (once to warm up, then three times counted), top 10 with snippets
/// and facets as the HTTP function answers; and the same for a raw FTS5 table in the same run.
/// </summary>
internal static class LibraryBench
{
    private const int Batch = 512;

    public static IndexOptions Ingest(List<CorpusArticle> articles, int copies, string suffix, string work, CancellationToken cancellationToken = default)
    {
        Figures.Note($"load average {Machine.Load()}");
        var options = new IndexOptions(Path.Combine(work, $"ours-{suffix}"));
        var pipeline = DocumentPipeline.Create();
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var count = 0;
        using (var writer = IndexWriter.Open(options))
        {
            // One writer; while it writes a batch, the next batch is parsed and extracted on every core.
            var writing = Task.CompletedTask;
            for (var copy = 0; copy < copies; copy++)
            {
                foreach (var chunk in articles.Chunk(Batch))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var documents = chunk.AsParallel().AsOrdered().Select(article => Process(pipeline, article, copy)).OfType<Document>().ToList();
                    writing.GetAwaiter().GetResult();
                    writing = Task.Run(() => writer.Upsert(documents), cancellationToken);
                    count += documents.Count;
                }
            }

            writing.GetAwaiter().GetResult();
        }

        var seconds = stopwatch.Elapsed.TotalSeconds;
        Figures.Print($"ingest_docs_per_s_{suffix}", count / seconds, "docs/s");

        // All cores' CPU time per document: the cost of ingest apart from how busy the machine was.
        Figures.Print($"ingest_cpu_ms_per_doc_{suffix}", (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / count, "ms");
        Figures.Print($"index_bytes_per_doc_{suffix}", DirectoryBytes(options.Directory) / (double)count, "bytes");
        return options;
    }

    public static void Search(IndexOptions options, List<string> queries, string suffix, CancellationToken cancellationToken = default)
    {
        Figures.Note($"load average {Machine.Load()}");
        var searcher = new IndexSearcher(options);
        foreach (var query in queries)
        {
            searcher.Search(new SearchRequest { Query = query });
        }

        var samples = new LatencySamples();
        for (var round = 0; round < 3; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var query in queries)
            {
                var outcome = samples.Time(() => searcher.Search(new SearchRequest { Query = query }));
                if (!outcome.IsSuccess)
                {
                    Figures.Note($"query failed: {query}: {outcome.Error}");
                }
            }
        }

        samples.Print("search", suffix);
    }

    public static void Raw(List<CorpusArticle> articles, List<string> queries, int copies, string suffix, string work, bool reportIngest, CancellationToken cancellationToken = default)
    {
        Figures.Note($"load average {Machine.Load()}");
        var path = Path.Combine(work, $"raw-{suffix}.sqlite");
        var stopwatch = Stopwatch.StartNew();
        using var raw = new RawFts5Index(path);
        for (var copy = 0; copy < copies; copy++)
        {
            foreach (var chunk in articles.Chunk(Batch))
            {
                cancellationToken.ThrowIfCancellationRequested();
                raw.Add(chunk.Select(a => ($"{a.Id}-{copy}", a.Title, a.Text)));
            }
        }

        if (reportIngest)
        {
            Figures.Print($"raw_fts5_ingest_docs_per_s_{suffix}", articles.Count * copies / stopwatch.Elapsed.TotalSeconds, "docs/s");
        }

        var expressions = queries.Select(q => RawFts5Index.Expression(q, all: true)).ToList();
        foreach (var expression in expressions)
        {
            raw.Search(expression, 10);
        }

        var samples = new LatencySamples();
        for (var round = 0; round < 3; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var expression in expressions)
            {
                samples.Time(() => raw.Search(expression, 10));
            }
        }

        samples.Print("raw_fts5_search", suffix);
    }

    private static Document? Process(DocumentPipeline pipeline, CorpusArticle article, int copy)
    {
        var id = copy == 0 ? article.Id : $"{article.Id}-{copy}";
        var bytes = Encoding.UTF8.GetBytes($"{article.Title}\n\n{article.Text}\n");
        var result = pipeline.Process(new SourceFile(id + ".txt", bytes), new DocumentOrigin(id, id + ".txt"));
        return result.Document is { } document
            ? document with { Published = DateOnly.TryParse(article.Date, System.Globalization.CultureInfo.InvariantCulture, out var date) ? date : null, Source = article.Source, Url = article.Url }
            : null;
    }

    private static long DirectoryBytes(string directory) => new DirectoryInfo(directory).EnumerateFiles().Sum(f => f.Length);
}

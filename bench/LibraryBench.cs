using System.Diagnostics;
using System.Text;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Evaluation;
using NetralitasSearch.Indexer.Index;
using NetralitasSearch.Indexer.Parsing;
using NetralitasSearch.Indexer.Pipeline;

namespace NetralitasSearch.Bench;

/// <summary>
/// Library figures: ingest (parse + extract + index, IndexWriter.Load: one writer fed by parallel parsing, extraction and analysis) in documents
/// per second, the index alone (already extracted documents written again), index bytes per document, and search
/// latency over the fixed query list (twice to warm up, then three times counted), the full answer of the HTTP function
/// (top 10 with snippets, facets over every match, same-story collapsing); and the same for plain Lucene.Net in the same
/// run. Each figure comes with its CPU time.
/// </summary>
internal static class LibraryBench
{
    private const int Batch = 512;

    /// <summary>Articles the stage figures are measured on (one thread, twice).</summary>
    private const int StageSample = 2000;

    /// <summary>Parse, extract and index the articles (<paramref name="copies"/> times, distinct ids): the library's ingest.</summary>
    public static (IndexOptions Options, List<Document> Documents) Ingest(List<CorpusArticle> articles, string suffix, string work, CancellationToken cancellationToken = default)
    {
        Figures.Note($"load average {Machine.Load()}");
        var options = new IndexOptions(Path.Combine(work, $"ours-{suffix}")) { CommitInterval = IndexOptions.BulkCommitInterval };
        var pipeline = DocumentPipeline.Create();
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var (jitTime, jitMethods) = (System.Runtime.JitInfo.GetCompilationTime(), System.Runtime.JitInfo.GetCompiledMethodCount());
        var (allocated, collections, paused) = (GC.GetTotalAllocatedBytes(precise: true), GC.CollectionCount(0), GC.GetTotalPauseDuration());
        var stopwatch = Stopwatch.StartNew();
        var made = new Document?[articles.Count];
        using (var writer = IndexWriter.Open(options))
        {
            // As the CLI's index: parsed, extracted and analyzed on every core while one thread writes the batch before.
            writer.Load(Enumerable.Range(0, articles.Count).ToList(), i => made[i] = Process(pipeline, articles[i]), cancellationToken);

            // As the CLI's index ends: one segment (IndexWriter.Compact), counted in the ingest time.
            writer.Compact();
        }

        var all = made.OfType<Document>().ToList();
        var seconds = stopwatch.Elapsed.TotalSeconds;
        Figures.Print($"ingest_docs_per_s_{suffix}", all.Count / seconds, "docs/s");

        // All cores' CPU time per document: the cost of ingest apart from how busy the machine was.
        Figures.Print($"ingest_cpu_ms_per_doc_{suffix}", (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / all.Count, "ms");
        Figures.Print($"index_bytes_per_doc_{suffix}", DirectoryBytes(options.Directory) / (double)all.Count, "bytes");

        // What the garbage collector had to do: bytes allocated per document (every thread), collections, time paused.
        Figures.Print($"ingest_alloc_kb_per_doc_{suffix}", (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / all.Count, "KB");
        Figures.Print($"ingest_gc_count_{suffix}", GC.CollectionCount(0) - collections, "collections");
        Figures.Print($"ingest_gc_pause_ms_{suffix}", (GC.GetTotalPauseDuration() - paused).TotalMilliseconds, "ms");

        // What of that CPU was the JIT compiling (a fresh process compiles, then recompiles hot methods optimised).
        Figures.Print($"ingest_jit_ms_{suffix}", (System.Runtime.JitInfo.GetCompilationTime() - jitTime).TotalMilliseconds, "ms");
        Figures.Print($"ingest_jit_methods_{suffix}", System.Runtime.JitInfo.GetCompiledMethodCount() - jitMethods, "methods");
        return (options, all);
    }

    /// <summary>
    /// Where ingest's CPU goes, on one thread over the first articles: parsing, extraction and the index's analysis
    /// (the analyzer over title and text, as the writer runs it), each in CPU milliseconds per document.
    /// </summary>
    public static void Stages(List<CorpusArticle> articles, string suffix, CancellationToken cancellationToken = default)
    {
        if (!ThreadCpuClock.Available)
        {
            return;
        }

        var parser = new ArticleParser(ParsingOptions.Default);
        var extraction = Indexer.Extraction.ExtractionPipeline.CreateDefault(Indexer.Extraction.Regions.Gazetteer.Default);
        var analyzer = Indexer.Analysis.IndonesianAnalyzer.Default.ForIndexing();
        var sample = articles.Take(StageSample).ToList();
        var (parse, extract, analyze, count) = (0.0, 0.0, 0.0, 0);
        var (parseBytes, extractBytes, analyzeBytes) = (0L, 0L, 0L);
        for (var round = 0; round < 2; round++)
        {
            // The first round warms the JIT and the stemmer's cache, as a running host has them; the second is counted.
            (parse, extract, analyze, count) = (0.0, 0.0, 0.0, 0);
            (parseBytes, extractBytes, analyzeBytes) = (0L, 0L, 0L);
            foreach (var article in sample)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var started = ThreadCpuClock.Milliseconds();
                var bytesAtStart = GC.GetAllocatedBytesForCurrentThread();
                var parsed = parser.Parse(new SourceFile(article.Id + ".txt", Encoding.UTF8.GetBytes($"{article.Title}\n\n{article.Text}\n")));
                var afterParse = ThreadCpuClock.Milliseconds();
                var bytesAfterParse = GC.GetAllocatedBytesForCurrentThread();
                if (!parsed.IsSuccess)
                {
                    continue;
                }

                var a = parsed.Article;
                extraction.Extract(new Indexer.Extraction.ExtractionContext(a.Title, a.Text, a.Published, a.DatelinePlace, a.Author, a.Circular is not null, a.Bylines));
                var afterExtract = ThreadCpuClock.Milliseconds();
                var bytesAfterExtract = GC.GetAllocatedBytesForCurrentThread();
                analyzer.Analyze(a.Title);
                analyzer.Analyze(a.Text);
                var afterAnalysis = ThreadCpuClock.Milliseconds();
                analyzeBytes += GC.GetAllocatedBytesForCurrentThread() - bytesAfterExtract;
                extractBytes += bytesAfterExtract - bytesAfterParse;
                parseBytes += bytesAfterParse - bytesAtStart;
                parse += afterParse - started;
                extract += afterExtract - afterParse;
                analyze += afterAnalysis - afterExtract;
                count++;
            }
        }

        Figures.Print($"ingest_parse_cpu_ms_per_doc_{suffix}", parse / count, "ms");
        Figures.Print($"ingest_extract_cpu_ms_per_doc_{suffix}", extract / count, "ms");
        Figures.Print($"ingest_analysis_cpu_ms_per_doc_{suffix}", analyze / count, "ms");

        // What each stage allocates per article (the collector's work, and the allocator's zeroing, follow it).
        Figures.Print($"ingest_parse_alloc_kb_per_doc_{suffix}", parseBytes / 1024.0 / count, "KB");
        Figures.Print($"ingest_extract_alloc_kb_per_doc_{suffix}", extractBytes / 1024.0 / count, "KB");
        Figures.Print($"ingest_analysis_alloc_kb_per_doc_{suffix}", analyzeBytes / 1024.0 / count, "KB");
    }

    /// <summary>
    /// Merges a bulk-loaded index into one segment as the CLI's <c>index</c> and a rebuild end (IndexWriter.Compact):
    /// the segments before, and the merge's wall and CPU time.
    /// </summary>
    public static void Compact(IndexOptions options, string suffix)
    {
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        using var writer = IndexWriter.Open(options);
        Figures.Print($"index_segments_before_merge_{suffix}", writer.Segments(), "segments");
        writer.Compact();
        Figures.Print($"index_merge_s_{suffix}", stopwatch.Elapsed.TotalSeconds, "s");
        Figures.Print($"index_merge_cpu_s_{suffix}", (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, "s");
    }

    /// <summary>Index already extracted documents (<paramref name="copies"/> times, distinct ids): the index's own rate.</summary>
    public static IndexOptions IndexOnly(List<Document> documents, int copies, string suffix, string work, CancellationToken cancellationToken = default)
    {
        Figures.Note($"load average {Machine.Load()}");
        var options = new IndexOptions(Path.Combine(work, $"ours-index-{suffix}")) { CommitInterval = IndexOptions.BulkCommitInterval };
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var count = 0;
        using (var writer = IndexWriter.Open(options))
        {
            for (var copy = 0; copy < copies; copy++)
            {
                foreach (var chunk in documents.Chunk(Batch))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    writer.Upsert(copy == 0 ? chunk : chunk.Select(d => d with { Id = $"{d.Id}-{copy}", File = $"{d.Id}-{copy}.txt" }).ToList());
                    count += chunk.Length;
                }
            }
        }

        Figures.Print($"index_only_docs_per_s_{suffix}", count / stopwatch.Elapsed.TotalSeconds, "docs/s");
        Figures.Print($"index_only_cpu_ms_per_doc_{suffix}", (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / count, "ms");
        Figures.Print($"index_bytes_per_doc_{suffix}", DirectoryBytes(options.Directory) / (double)count, "bytes");
        return options;
    }

    /// <summary>The full answer of the HTTP function (partial matches included) for each query.</summary>
    /// <param name="name">The figures' name: <c>search</c>, or <c>search_before_merge</c> over a bulk load's segments.</param>
    public static void Search(IndexOptions options, List<string> queries, string suffix, CancellationToken cancellationToken = default, string name = "search")
    {
        Figures.Note($"load average {Machine.Load()}");
        using var searcher = new IndexSearcher(options);
        Time(queries, query =>
        {
            // As the HTTP function asks: with the partial matches a question whose exact stories do not fill the page gets.
            var outcome = searcher.Search(new SearchRequest { Query = query, PartialMatches = true });
            if (!outcome.IsSuccess)
            {
                Figures.Note($"query failed: {query}: {outcome.Error}");
            }

            return outcome;
        }, name, suffix, cancellationToken);
    }

    /// <summary>
    /// The same queries with one extra of the answer left out at a time (partial matches, facets, snippets, same-story
    /// collapsing, all four): the difference from <c>search</c> is what that extra costs.
    /// </summary>
    public static void SearchBreakdown(IndexOptions options, List<string> queries, string suffix, CancellationToken cancellationToken = default)
    {
        using var searcher = new IndexSearcher(options);
        foreach (var (name, request) in new (string, Func<string, SearchRequest>)[]
        {
            ("search_no_partial", q => new SearchRequest { Query = q }),
            ("search_no_facets", q => new SearchRequest { Query = q, PartialMatches = true, Facets = false }),
            ("search_no_snippets", q => new SearchRequest { Query = q, PartialMatches = true, Snippets = false }),
            ("search_no_collapse", q => new SearchRequest { Query = q, PartialMatches = true, Collapse = false }),
            ("search_bare", q => new SearchRequest { Query = q, Facets = false, Snippets = false, Collapse = false }),
        })
        {
            Time(queries, query => searcher.Search(request(query)), name, suffix, cancellationToken);
        }
    }

    /// <summary>
    /// The peer: plain Lucene.Net (its IndonesianAnalyzer, a MultiFieldQueryParser over title and text, all words
    /// required, top 10, nothing else) over the same articles and queries.
    /// </summary>
    public static void Plain(List<CorpusArticle> articles, List<string> queries, int copies, string suffix, string work, CancellationToken cancellationToken = default)
    {
        Figures.Note($"load average {Machine.Load()}");
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        using var plain = new PlainLuceneIndex(Path.Combine(work, $"plain-{suffix}"));
        for (var copy = 0; copy < copies; copy++)
        {
            foreach (var chunk in articles.Chunk(Batch))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var suffixOf = copy;
                plain.Add(chunk.Select(a => (suffixOf == 0 ? a.Id : $"{a.Id}-{suffixOf}", a.Title, a.Text)));
            }
        }

        plain.Compact();
        plain.Commit();
        var count = articles.Count * copies;
        Figures.Print($"plain_lucene_ingest_docs_per_s_{suffix}", count / stopwatch.Elapsed.TotalSeconds, "docs/s");
        Figures.Print($"plain_lucene_ingest_cpu_ms_per_doc_{suffix}", (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / count, "ms");
        Figures.Print($"plain_lucene_index_bytes_per_doc_{suffix}", plain.Bytes() / (double)count, "bytes");

        var words = queries.Select(PlainLuceneIndex.Words).ToList();
        Time(words, query => plain.Search(query, 10, all: true), "plain_lucene_search", suffix, cancellationToken);
    }

    /// <summary>Twice over the queries to warm up (the JIT's tiers settle only after the second), then three rounds timed.</summary>
    private static void Time<T>(List<string> queries, Func<string, T> run, string name, string suffix, CancellationToken cancellationToken)
    {
        for (var round = 0; round < 2; round++)
        {
            foreach (var query in queries)
            {
                run(query);
            }
        }

        var samples = new LatencySamples();
        for (var round = 0; round < 3; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var query in queries)
            {
                samples.Time(() => run(query));
            }
        }

        Figures.Note($"load average {Machine.Load()}");
        samples.Print(name, suffix);
    }

    private static Document? Process(DocumentPipeline pipeline, CorpusArticle article)
    {
        var id = article.Id;
        var bytes = Encoding.UTF8.GetBytes($"{article.Title}\n\n{article.Text}\n");
        var result = pipeline.Process(new SourceFile(id + ".txt", bytes), new DocumentOrigin(id, id + ".txt"));
        return result.Document is { } document
            ? document with { Published = DateOnly.TryParse(article.Date, System.Globalization.CultureInfo.InvariantCulture, out var date) ? date : null, Source = article.Source, Url = article.Url }
            : null;
    }

    private static long DirectoryBytes(string directory) => new DirectoryInfo(directory).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}

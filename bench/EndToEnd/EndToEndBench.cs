using System.Diagnostics;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Bench.EndToEnd;

/// <summary>
/// End to end through Azurite and the real host: 2,000 HTML pages uploaded at once and timed until all are
/// searchable (<c>e2e_docs_per_s</c>); then freshness over 50 pages trickled one per 200 ms; then the host's peak
/// resident memory over both. Every server started here is stopped at the end, whatever happens.
/// </summary>
internal static class EndToEndBench
{
    public const string Container = "articles";

    private const int ThroughputDocuments = 2000;
    private const int UploadParallelism = 8;

    /// <summary>With no new document indexed for this long, the run is reported as stalled rather than waited on.</summary>
    private static readonly TimeSpan Stall = TimeSpan.FromSeconds(90);

    public static async Task RunAsync(string root, List<CorpusArticle> articles, string work, CancellationToken cancellationToken = default)
    {
        if (articles.Count == 0)
        {
            Figures.Note("end to end skipped: no articles");
            return;
        }

        Figures.Note($"end to end: Azurite from infra/, the host {Path.GetRelativePath(root, FunctionsHost.Dll(root))} with host.json as shipped; settings given: {string.Join(", ", FunctionsHost.Settings)}");
        await using var azurite = await AzuriteServer.StartAsync(root, Path.Combine(work, "azurite"), cancellationToken).ConfigureAwait(false);
        await using var host = await FunctionsHost.StartAsync(root, azurite.ConnectionString, Path.Combine(work, "host-index"), cancellationToken).ConfigureAwait(false);
        var blobs = StorageAccount.Connect(azurite.ConnectionString).Blobs;

        var throughput = Enumerable.Range(0, ThroughputDocuments).Select(i => articles[i % articles.Count]).ToList();
        if (articles.Count < ThroughputDocuments + FreshnessProbe.Documents)
        {
            Figures.Note($"end to end: the corpus has {articles.Count} articles, so some of the {ThroughputDocuments} pages repeat one");
        }

        await Throughput(host, blobs, throughput, cancellationToken).ConfigureAwait(false);
        var fresh = Enumerable.Range(0, FreshnessProbe.Documents).Select(i => articles[(ThroughputDocuments + i) % articles.Count]).ToList();
        await FreshnessProbe.RunAsync(host, blobs, fresh, cancellationToken).ConfigureAwait(false);
        Figures.Print("host_peak_working_set_mb", host.PeakWorkingSetBytes() / (1024.0 * 1024.0), "MB");
    }

    private static async Task Throughput(FunctionsHost host, IBlobStore blobs, List<CorpusArticle> articles, CancellationToken cancellationToken)
    {
        var pages = articles.Select((article, i) => (Name: $"bench/e2e/{i:D5}-{article.Id}.html", Bytes: NewsPage.Html(article))).ToList();
        var before = await host.DocumentsAsync(cancellationToken).ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(pages, new ParallelOptions { MaxDegreeOfParallelism = UploadParallelism, CancellationToken = cancellationToken }, async (page, token) =>
            await blobs.UploadAsync(Container, page.Name, page.Bytes, "text/html; charset=utf-8", cancellationToken: token).ConfigureAwait(false)).ConfigureAwait(false);
        var uploaded = clock.Elapsed.TotalSeconds;

        var target = before + pages.Count;
        var indexed = before;
        var lastProgress = clock.Elapsed;
        while (indexed < target && clock.Elapsed - lastProgress < Stall)
        {
            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
            host.EnsureRunning();
            var now = await host.DocumentsAsync(cancellationToken).ConfigureAwait(false);
            if (now > indexed)
            {
                (indexed, lastProgress) = (now, clock.Elapsed);
            }
        }

        var seconds = lastProgress.TotalSeconds;
        if (indexed < target)
        {
            Figures.Note($"end to end stalled: {indexed - before} of {pages.Count} pages indexed; nothing new for {Stall.TotalSeconds:0} s");
        }

        Figures.Print("e2e_upload_s", uploaded, "s");
        Figures.Print("e2e_all_searchable_s", seconds, "s");
        Figures.Print("e2e_docs_per_s", (indexed - before) / seconds, "docs/s");
    }
}

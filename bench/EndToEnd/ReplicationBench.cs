using System.Diagnostics;
using System.Text.Json;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Pipeline;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Bench.EndToEnd;

/// <summary>
/// One writer host and two reader hosts (Index__Role) against one Azurite: 2,000 pages uploaded and timed until every
/// one is found by id on both readers; freshness (upload → found) on a reader; then, on a fresh Azurite, the whole
/// corpus stored as documents, indexed and published by a writer, and a reader started empty timed until it serves all.
/// </summary>
internal static class ReplicationBench
{
    private const int Pages = 2000;
    private const int UploadParallelism = 8;

    private static readonly TimeSpan GiveUp = TimeSpan.FromMinutes(10);

    public static async Task RunAsync(string root, List<CorpusArticle> articles, string work, CancellationToken cancellationToken = default)
    {
        if (articles.Count == 0)
        {
            Figures.Note("replication skipped: no articles");
            return;
        }

        Figures.Note($"replication: 1 writer + 2 readers, load average {Machine.Load()}");
        await using (var azurite = await AzuriteServer.StartAsync(root, Path.Combine(work, "replication-azurite"), cancellationToken).ConfigureAwait(false))
        {
            await using var writer = await Host(root, azurite, work, "writer", "replication-writer", cancellationToken).ConfigureAwait(false);
            await using var first = await Host(root, azurite, work, "reader", "replication-reader-1", cancellationToken).ConfigureAwait(false);
            await using var second = await Host(root, azurite, work, "reader", "replication-reader-2", cancellationToken).ConfigureAwait(false);
            var blobs = StorageAccount.Connect(azurite.ConnectionString).Blobs;
            await SearchableOnBothAsync(blobs, articles, [first, second], cancellationToken).ConfigureAwait(false);
            var fresh = Enumerable.Range(0, FreshnessProbe.Documents).Select(i => articles[(Pages + i) % articles.Count]).ToList();
            Figures.Note($"replication freshness on a reader, load average {Machine.Load()}");
            await FreshnessProbe.RunAsync(first, blobs, fresh, cancellationToken, "replica_").ConfigureAwait(false);
        }

        await CatchUpAsync(root, articles, work, cancellationToken).ConfigureAwait(false);
    }

    private static Task<FunctionsHost> Host(string root, AzuriteServer azurite, string work, string role, string folder, CancellationToken cancellationToken) =>
        FunctionsHost.StartAsync(root, azurite.ConnectionString, Path.Combine(work, folder), cancellationToken, new Dictionary<string, string> { ["Index__Role"] = role });

    private static async Task SearchableOnBothAsync(IBlobStore blobs, List<CorpusArticle> articles, FunctionsHost[] readers, CancellationToken cancellationToken)
    {
        var pages = Enumerable.Range(0, Pages).Select(i => (Name: $"bench/replication/{i:D5}-{articles[i % articles.Count].Id}.html", Bytes: NewsPage.Html(articles[i % articles.Count]))).ToList();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(pages, new ParallelOptions { MaxDegreeOfParallelism = UploadParallelism, CancellationToken = cancellationToken }, async (page, token) =>
            await blobs.UploadAsync(EndToEndBench.Container, page.Name, page.Bytes, "text/html; charset=utf-8", cancellationToken: token).ConfigureAwait(false)).ConfigureAwait(false);
        Figures.Print("replica_upload_s", clock.Elapsed.TotalSeconds, "s");
        foreach (var reader in readers)
        {
            while (await reader.DocumentsAsync(cancellationToken).ConfigureAwait(false) < Pages && clock.Elapsed < GiveUp)
            {
                reader.EnsureRunning();
                await Task.Delay(200, cancellationToken).ConfigureAwait(false);
            }
        }

        Figures.Print("replica_all_on_both_readers_s", clock.Elapsed.TotalSeconds, "s");
        Figures.Print("replica_docs_per_s", Pages / clock.Elapsed.TotalSeconds, "docs/s");

        // Every page, by its id, on each reader.
        var ids = pages.Select(page => DocumentId.ForBlob(EndToEndBench.Container, page.Name)).ToList();
        for (var r = 0; r < readers.Length; r++)
        {
            var found = 0;
            await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (id, token) =>
            {
                using var response = await readers[r].Client.GetAsync($"/api/documents/{id}", token).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref found);
                }
            }).ConfigureAwait(false);
            Figures.Print($"replica_reader{r + 1}_found_of_{Pages}", found, "pages");
        }
    }

    /// <summary>The corpus as stored documents, a writer that publishes them all, then a reader started with nothing.</summary>
    private static async Task CatchUpAsync(string root, List<CorpusArticle> articles, string work, CancellationToken cancellationToken)
    {
        await using var azurite = await AzuriteServer.StartAsync(root, Path.Combine(work, "catchup-azurite"), cancellationToken).ConfigureAwait(false);
        var blobs = StorageAccount.Connect(azurite.ConnectionString).Blobs;
        await blobs.EnsureContainerAsync("documents", cancellationToken).ConfigureAwait(false);
        var pipeline = DocumentPipeline.Create();
        var stored = 0;
        await Parallel.ForEachAsync(articles.Select((article, i) => (article, i)), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (item, token) =>
        {
            var name = $"catchup/{item.i:D5}-{item.article.Id}.html";
            var result = pipeline.Process(new Indexer.Parsing.SourceFile(name, NewsPage.Html(item.article), "text/html"), DocumentOrigin.ForBlob(EndToEndBench.Container, name, "bench"));
            if (result.IsSuccess)
            {
                await blobs.UploadAsync("documents", $"{result.Document.Id}.json", DocumentJson.Serialize(result.Document), "application/json", cancellationToken: token).ConfigureAwait(false);
                Interlocked.Increment(ref stored);
            }
        }).ConfigureAwait(false);

        var clock = Stopwatch.StartNew();
        await using var writer = await Host(root, azurite, work, "writer", "catchup-writer", cancellationToken).ConfigureAwait(false);
        long published = 0;
        while (clock.Elapsed < GiveUp && (published = await PublishedAsync(writer, cancellationToken).ConfigureAwait(false)) < stored)
        {
            writer.EnsureRunning();
            await Task.Delay(500, cancellationToken).ConfigureAwait(false);
        }

        Figures.Print("catchup_writer_publish_s", clock.Elapsed.TotalSeconds, "s");
        var index = Directory.GetFiles(Path.Combine(work, "catchup-writer", "lucene")).Sum(file => new FileInfo(file).Length);
        Figures.Note($"catch-up: {stored} documents stored, {published} published, index {index / (1024.0 * 1024.0):F1} MB; load average {Machine.Load()}");

        clock.Restart();
        await using var reader = await Host(root, azurite, work, "reader", "catchup-reader", cancellationToken).ConfigureAwait(false);
        var started = clock.Elapsed.TotalSeconds;
        while (clock.Elapsed < GiveUp && await reader.DocumentsAsync(cancellationToken).ConfigureAwait(false) < published)
        {
            reader.EnsureRunning();
            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }

        Figures.Print("catchup_reader_process_start_s", started, "s");
        Figures.Print("catchup_reader_from_empty_s", clock.Elapsed.TotalSeconds, "s");
        Figures.Print("catchup_documents", published, "docs");
    }

    /// <summary>The documents in the newest published generation, as the writer's own replica reports them.</summary>
    private static async Task<long> PublishedAsync(FunctionsHost host, CancellationToken cancellationToken)
    {
        using var response = await host.Client.GetAsync("/api/health", cancellationToken).ConfigureAwait(false);
        var health = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
        return health.GetProperty("documents").GetInt64();
    }
}

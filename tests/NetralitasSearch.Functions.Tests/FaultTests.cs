using System.Diagnostics;
using System.Text.Json;
using NetralitasSearch.Functions.Tests.Infrastructure;
using NetralitasSearch.Storage;
using Xunit.Abstractions;

namespace NetralitasSearch.Functions.Tests;

/// <summary>
/// Faults the host must survive, each with its own Azurite and host so that killing one harms no other test: a host
/// killed mid-ingest, storage gone for 20 seconds, a burst of versions of one blob, 300 blobs written within one second,
/// searches under heavy ingestion.
/// The figures (recovery times, latencies) are written to the test output and to .data/test-results/figures.txt.
/// </summary>
[Collection(FaultCollection.Name)]
[Trait("Stage", "Faults")]
public sealed class FaultTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task AHostKilledInTheMiddleOfIngestingLosesNothingAndIndexesEachBlobOnce()
    {
        const int count = 300;
        await using var azurite = await AzuriteProcess.StartAsync();
        var storage = StorageAccount.Connect(azurite.ConnectionString);
        await UploadAsync(storage, Enumerable.Range(0, count).Select(i => ($"kill/{i:D3}.html", Articles.Distinct(i, $"qzkill{i:D3}", "qzkillall"))));

        // The host starts after the uploads, so it is certainly in the middle of them when it is killed.
        await using var host = await HostProcess.StartAsync(azurite.ConnectionString, settings: HostFixture.FastScan);
        var atKill = await WaitForDocumentsAsync(host, n => n >= 30);
        host.Kill();
        Assert.InRange(atKill, 30, count - 1);

        var restarted = Stopwatch.StartNew();
        await host.StartAgainAsync();
        await WaitForDocumentsAsync(host, n => n == count);
        Report("kill_recovery_s", restarted.Elapsed.TotalSeconds, "s", $"({atKill} of {count} indexed when the host was killed)");

        await AssertEachIndexedOnceAsync(host, storage, "qzkill", count);
    }

    [Fact]
    public async Task StorageGoneFor20SecondsDelaysIngestionButLosesNothingAndSearchKeepsAnswering()
    {
        const int count = 200;
        const int after = 10;
        await using var azurite = await AzuriteProcess.StartAsync();
        var storage = StorageAccount.Connect(azurite.ConnectionString);
        await UploadAsync(storage, Enumerable.Range(0, count).Select(i => ($"outage/{i:D3}.html", Articles.Distinct(1000 + i, $"qzout{i:D3}", "qzoutall"))));
        await using var host = await HostProcess.StartAsync(azurite.ConnectionString, settings: HostFixture.FastScan);
        var atStop = await WaitForDocumentsAsync(host, n => n >= 20);

        await azurite.StopAsync();
        var outage = Stopwatch.StartNew();
        var answers = new List<(int Status, int Total)>();
        while (outage.Elapsed < TimeSpan.FromSeconds(20))
        {
            using var response = await host.Client.GetAsync("/api/search?q=qzoutall&size=10");
            var json = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
            answers.Add(((int)response.StatusCode, json.TryGetProperty("total", out var total) ? total.GetInt32() : -1));
            await Task.Delay(100);
        }

        var restarted = Stopwatch.StartNew();
        await azurite.StartAgainAsync();
        await WaitForDocumentsAsync(host, n => n == count);
        Report("storage_outage_recovery_s", restarted.Elapsed.TotalSeconds, "s", $"(Azurite stopped 20 s with {atStop} of {count} indexed; {answers.Count} searches answered meanwhile)");

        Assert.NotEmpty(answers);
        Assert.All(answers, answer => Assert.Equal(200, answer.Status));
        Assert.All(answers, answer => Assert.True(answer.Total >= atStop, $"A search during the outage saw {answer.Total} documents, fewer than the {atStop} indexed before it."));

        // Ingestion resumed by itself; new uploads go through as before.
        await UploadAsync(storage, Enumerable.Range(count, after).Select(i => ($"outage/{i:D3}.html", Articles.Distinct(1000 + i, $"qzout{i:D3}", "qzoutall"))));
        await WaitForDocumentsAsync(host, n => n == count + after);
        await AssertEachIndexedOnceAsync(host, storage, "qzout", count + after);
    }

    [Fact]
    public async Task ABurstOfTwentyVersionsOfOneBlobEndsAsOneDocumentOfTheLastVersionThenNoneWhenDeleted()
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        await using var host = await HostProcess.StartAsync(azurite.ConnectionString, settings: HostFixture.FastScan);
        var storage = StorageAccount.Connect(azurite.ConnectionString);
        for (var version = 0; version < 20; version++)
        {
            await storage.Blobs.UploadAsync("articles", "burst/changing.html", Articles.Html($"qzburstv{version}", $"Versi {version}", "qzburst berubah."), "text/html");
            await storage.Blobs.UploadAsync("articles", "burst/same.html", Articles.Html("qzsame", "Selalu Sama", "qzburst tetap."), "text/html");
        }

        var last = await host.WaitForSearchAsync("q=qzburstv19", r => r.GetProperty("total").GetInt32() == 1);
        await host.WaitForSearchAsync("q=qzsame", r => r.GetProperty("total").GetInt32() == 1);
        await WaitUntilSettledAsync(host);

        for (var version = 0; version < 19; version++)
        {
            Assert.Equal(0, (await host.GetJsonAsync($"/api/search?q=qzburstv{version}")).GetProperty("total").GetInt32());
        }

        Assert.Equal(2, await host.DocumentCountAsync());
        Assert.Equal(2, await CountAsync(storage, "documents"));
        var id = last.GetProperty("hits")[0].GetProperty("id").GetString()!;
        Assert.Equal("Versi 19", (await host.GetJsonAsync($"/api/documents/{id}")).GetProperty("title").GetString());

        var same = await host.AdminAsync(HttpMethod.Get, "/api/ingest/entry?kind=article&key=burst/same.html");
        Assert.Contains(same.GetProperty("state").GetString(), new[] { "indexed", "skipped" });

        await storage.Blobs.DeleteAsync("articles", "burst/changing.html");
        await host.WaitForSearchAsync("q=qzburst", r => r.GetProperty("total").GetInt32() == 1);

        // The index answers as soon as the entry goes; the document and the ledger follow within the same invocation.
        await WaitForAsync(async () => (await host.AdminAsync(HttpMethod.Get, "/api/ingest/entry?kind=article&key=burst/changing.html")).GetProperty("state").GetString() == "deleted", "the ledger to record the deletion");
        Assert.Null(await storage.Blobs.DownloadAsync("documents", $"{id}.json"));
        Assert.Equal(1, await host.DocumentCountAsync());
    }

    [Fact]
    public async Task ABurstOfThreeHundredBlobsUploadedWithinTheSameSecondIsIndexedWithoutOneMissed()
    {
        // The WebJobs polling blob trigger missed blobs of such a burst: Azurite's LastModified has whole seconds, and its
        // scan takes only blobs strictly newer than the last one it saw. Ours compares every blob's ETag with its receipt,
        // so a blob written in the same second as a scan, before or after it, is seen by the next one.
        const int count = 300;
        await using var azurite = await AzuriteProcess.StartAsync();
        await using var host = await HostProcess.StartAsync(azurite.ConnectionString, settings: HostFixture.FastScan);
        var storage = StorageAccount.Connect(azurite.ConnectionString);
        var pages = Enumerable.Range(0, count).Select(i => ($"sedetik/{i:D3}.html", Articles.Distinct(9000 + i, $"qzdetik{i:D3}", "qzdetikall"))).ToList();

        // Start at the top of a second, all uploads at once, while the host scans every 250 ms.
        await Task.Delay(1000 - DateTime.UtcNow.Millisecond);
        var burst = Stopwatch.StartNew();
        await Parallel.ForEachAsync(pages, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (page, cancellationToken) =>
            await storage.Blobs.UploadAsync("articles", page.Item1, page.Item2, "text/html", cancellationToken: cancellationToken));
        var uploaded = burst.Elapsed.TotalSeconds;

        var seconds = new Dictionary<DateTimeOffset, int>();
        await foreach (var blob in storage.Blobs.ListAsync("articles", "sedetik/"))
        {
            seconds[blob.LastModified!.Value] = seconds.GetValueOrDefault(blob.LastModified!.Value) + 1;
        }

        await WaitForDocumentsAsync(host, n => n == count);
        Report("same_second_burst_s", burst.Elapsed.TotalSeconds, "s", $"({count} uploads in {uploaded:F2} s over {seconds.Count} distinct LastModified seconds, at most {seconds.Values.Max()} in one; all indexed)");
        Assert.Equal(count, seconds.Values.Sum());
        Assert.True(seconds.Values.Max() >= 20, $"The burst was too slow to put many blobs in one second ({string.Join(", ", seconds.Values)}); nothing was shown.");
        await AssertEachIndexedOnceAsync(host, storage, "qzdetik", count);
    }

    [Fact]
    public async Task SearchesKeepAnsweringWhileTwoThousandBlobsAreIngested()
    {
        const int count = 2000;
        await using var azurite = await AzuriteProcess.StartAsync();
        await using var host = await HostProcess.StartAsync(azurite.ConnectionString, settings: HostFixture.FastScan);
        var storage = StorageAccount.Connect(azurite.ConnectionString);
        string[] queries = ["qzloadall", "netralitas ASN", "bawaslu kendal", "kampanye desa", "\"laporan qzloadall\"", "sanksi -honorer", "kepala desa"];

        using var stop = new CancellationTokenSource();
        var latencies = new List<double>();
        var failures = new List<string>();
        var searchers = Enumerable.Range(0, 2).Select(worker => Task.Run(async () =>
        {
            for (var i = worker; !stop.IsCancellationRequested; i++)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await host.Client.GetAsync($"/api/search?q={Uri.EscapeDataString(queries[i % queries.Length])}&size=10", CancellationToken.None);
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                lock (latencies)
                {
                    latencies.Add(elapsed);
                    if (!response.IsSuccessStatusCode)
                    {
                        failures.Add($"{(int)response.StatusCode} {queries[i % queries.Length]}");
                    }
                }

                // Readers at a newsroom's pace (two of them, ten searches a second each), not a load generator that
                // would take both cores from the ingestion it is meant to watch.
                await Task.Delay(100, CancellationToken.None);
            }
        })).ToList();

        var ingest = Stopwatch.StartNew();
        await UploadAsync(storage, Enumerable.Range(0, count).Select(i => ($"load/{i:D4}.html", Articles.Distinct(5000 + i, $"qzload{i:D4}", "qzloadall"))));
        var uploaded = ingest.Elapsed.TotalSeconds;
        // Generous: on a quiet 2-core machine this takes well under a minute, but the suite may share it.
        await WaitForDocumentsAsync(host, n => n == count, TimeSpan.FromMinutes(15));
        var indexed = ingest.Elapsed.TotalSeconds;
        await stop.CancelAsync();
        await Task.WhenAll(searchers);

        latencies.Sort();
        Report("ingest_2000_through_host_s", indexed, "s", $"(uploads done at {uploaded:F1} s; {count / indexed:F0} docs/s)");
        Report("search_p50_ms_during_ingest", Percentile(latencies, 0.50), "ms", $"({latencies.Count} searches)");
        Report("search_p95_ms_during_ingest", Percentile(latencies, 0.95), "ms", "");
        Report("search_p99_ms_during_ingest", Percentile(latencies, 0.99), "ms", "");
        Assert.Empty(failures);
        Assert.NotEmpty(latencies);
        Assert.Equal(count, (await host.GetJsonAsync("/api/search?q=qzloadall&size=1")).GetProperty("total").GetInt32());
    }

    private static async Task UploadAsync(StorageAccount storage, IEnumerable<(string Name, byte[] Content)> blobs)
    {
        await storage.Blobs.EnsureContainerAsync("articles");
        await Parallel.ForEachAsync(blobs, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (blob, cancellationToken) =>
            await storage.Blobs.UploadAsync("articles", blob.Name, blob.Content, "text/html", cancellationToken: cancellationToken));
    }

    private static async Task<long> WaitForDocumentsAsync(HostProcess host, Func<long, bool> accept, TimeSpan? patience = null)
    {
        long? last = null;
        await WaitForAsync(async () => (last = await host.DocumentCountAsync()) is { } n && accept(n), () => $"the document count to be reached (last {last?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no answer"})", host, patience);
        return last!.Value;
    }

    private static Task WaitForAsync(Func<Task<bool>> condition, string what, HostProcess? host = null) => WaitForAsync(condition, () => what, host);

    private static Task WaitForAsync(Func<Task<bool>> condition, Func<string> what, HostProcess? host = null, TimeSpan? patience = null) =>
        Eventually.UntilAsync(condition, what, patience ?? Patience, host);

    /// <summary>Waits until nothing is queued or in flight: the ingest queue empty and no receipt queued or processing.</summary>
    private static Task WaitUntilSettledAsync(HostProcess host) => WaitForAsync(async () =>
    {
        var status = await host.AdminAsync(HttpMethod.Get, "/api/ingest/status");
        var states = status.GetProperty("articles").GetProperty("states");
        return status.GetProperty("queues").GetProperty("ingest").GetInt32() == 0
            && states.GetProperty("queued").GetInt32() == 0
            && states.GetProperty("processing").GetInt32() == 0;
    }, "ingestion to settle", host);

    /// <summary>
    /// Every blob indexed once: the index, the stored documents and the search all count exactly
    /// <paramref name="count"/>, each blob's own word finds exactly one document, and the ledger says indexed for all.
    /// </summary>
    private static async Task AssertEachIndexedOnceAsync(HostProcess host, StorageAccount storage, string prefix, int count)
    {
        await WaitUntilSettledAsync(host);
        Assert.Equal(count, await host.DocumentCountAsync());
        Assert.Equal(count, await CountAsync(storage, "documents"));
        Assert.Equal(count, (await host.GetJsonAsync($"/api/search?q={prefix}all&size=1")).GetProperty("total").GetInt32());
        var width = count > 1000 ? 4 : 3;
        for (var i = 0; i < count; i++)
        {
            var marker = prefix + i.ToString($"D{width}", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(1, (await host.GetJsonAsync($"/api/search?q={marker}&size=1")).GetProperty("total").GetInt32());
        }

        var status = await host.AdminAsync(HttpMethod.Get, "/api/ingest/status");
        var states = status.GetProperty("articles").GetProperty("states");
        var settled = states.GetProperty("indexed").GetInt32() == count && states.GetProperty("failed").GetInt32() == 0
            && states.GetProperty("poisoned").GetInt32() == 0 && status.GetProperty("queues").GetProperty("ingest-poison").GetInt32() == 0;
        Assert.True(settled, $"The ledger does not say all {count} are indexed: {status}");
    }

    private static async Task<int> CountAsync(StorageAccount storage, string container)
    {
        var count = 0;
        await foreach (var _ in storage.Blobs.ListAsync(container))
        {
            count++;
        }

        return count;
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private void Report(string name, double value, string unit, string note)
    {
        var line = $"{name}: {value:F2} {unit} {note}".TrimEnd();
        output.WriteLine(line);
        var folder = Path.Combine(NetralitasSearch.Tests.RepositoryPaths.Root, ".data", "test-results");
        Directory.CreateDirectory(folder);
        File.AppendAllText(Path.Combine(folder, "figures.txt"), $"{DateTime.UtcNow:O} {line}\n");
    }
}

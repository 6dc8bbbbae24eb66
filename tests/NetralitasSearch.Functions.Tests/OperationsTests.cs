using System.Diagnostics;
using System.Net;
using System.Text.Json;
using NetralitasSearch.Functions.Tests.Infrastructure;
using NetralitasSearch.Storage;
using NetralitasSearch.Tests;

namespace NetralitasSearch.Functions.Tests;

/// <summary>
/// What an operator does when something is off: the index damaged while the host was down, reconciliation of
/// blobs, ledger, documents and index, reindexing by hand, and the CLI commands that call those admin functions.
/// Each test has its own Azurite and host, since reconciliation judges everything in storage.
/// </summary>
[Collection(FaultCollection.Name)]
[Trait("Stage", "Faults")]
public sealed class OperationsTests
{
    [Theory]
    [InlineData("header")]
    [InlineData("pages")]
    public async Task ACorruptedIndexIsMovedAsideAtStartAndRebuiltFromTheDocuments(string damage)
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        await using var host = await HostProcess.StartAsync(azurite.ConnectionString, settings: HostFixture.FastScan);
        var storage = StorageAccount.Connect(azurite.ConnectionString);
        for (var i = 0; i < 40; i++)
        {
            await storage.Blobs.UploadAsync("articles", $"corrupt/{i:D2}.html", Articles.Distinct(700 + i, $"qzrusak{i:D2}", "qzrusakall"), "text/html");
        }

        await host.WaitForSearchAsync("q=qzrusakall&size=1", r => r.GetProperty("total").GetInt32() == 40);
        await host.StopAsync();

        Damage(Path.Combine(host.IndexPath, "lucene"), damage);
        await host.StartAgainAsync();
        await host.WaitForSearchAsync("q=qzrusakall&size=1", r => r.GetProperty("total").GetInt32() == 40);
        Assert.Equal(40, await host.DocumentCountAsync());
        Assert.Single(Directory.GetDirectories(host.IndexPath, "lucene.corrupt-*"));
        Assert.Contains("failed its check", host.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheIndexOfTheEngineBeforeLuceneIsRemovedAtStartAndLogged()
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        await using var host = await HostProcess.StartAsync(azurite.ConnectionString, settings: HostFixture.FastScan);
        var storage = StorageAccount.Connect(azurite.ConnectionString);
        for (var i = 0; i < 5; i++)
        {
            await storage.Blobs.UploadAsync("articles", $"legacy/{i:D2}.html", Articles.Distinct(760 + i, $"qzlama{i:D2}", "qzlamaall"), "text/html");
        }

        await host.WaitForSearchAsync("q=qzlamaall&size=1", r => r.GetProperty("total").GetInt32() == 5);
        await host.StopAsync();

        // An index directory as the engine before Lucene left it: its SQLite file beside today's lucene folder.
        await File.WriteAllBytesAsync(Path.Combine(host.IndexPath, "index.sqlite"), new byte[8192]);
        await host.StartAgainAsync();
        await host.WaitForSearchAsync("q=qzlamaall&size=1", r => r.GetProperty("total").GetInt32() == 5);

        Assert.False(File.Exists(Path.Combine(host.IndexPath, "index.sqlite")));
        Assert.Contains("(8192 bytes), the index of the engine before Lucene, which nothing reads any more", host.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReconciliationRequeuesWhatHasNoReceiptRemovesOrphansAndReindexesWhatTheIndexLost()
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        await using var host = await HostProcess.StartAsync(azurite.ConnectionString, settings: HostFixture.FastScan);
        var storage = StorageAccount.Connect(azurite.ConnectionString);
        await storage.Blobs.UploadAsync("articles", "ops/a.html", Articles.Html("qzopsa", "Satu", "Rekonsiliasi."), "text/html");
        await storage.Blobs.UploadAsync("articles", "ops/b.html", Articles.Html("qzopsb", "Dua", "Rekonsiliasi."), "text/html");
        await host.WaitForSearchAsync("q=qzopsa OR qzopsb", r => r.GetProperty("total").GetInt32() == 2);
        var idB = (await host.GetJsonAsync("/api/search?q=qzopsb")).GetProperty("hits")[0].GetProperty("id").GetString()!;

        // Damage each place differently while the host runs: a receipt lost, an orphan document, a lost document.
        await storage.Blobs.DeleteAsync("azure-webjobs-hosts", "blobreceipts/IngestArticle/articles/ops/a.html");
        await storage.Blobs.UploadAsync("documents", "0123456789abcdef0123.json", (await storage.Blobs.DownloadAsync("documents", $"{idB}.json"))!.Content, "application/json");
        await storage.Blobs.DeleteAsync("documents", $"{idB}.json");

        var report = await host.AdminAsync(HttpMethod.Post, "/api/admin/reconcile");

        Assert.Equal(2, report.GetProperty("blobs").GetInt32());
        Assert.True(report.GetProperty("enqueued").GetInt32() >= 1, report.ToString());
        Assert.Equal(1, report.GetProperty("orphan_documents_removed").GetInt32());
        Assert.Null(await storage.Blobs.DownloadAsync("documents", "0123456789abcdef0123.json"));
        await WaitAsync(async () => await storage.Blobs.DownloadAsync("documents", $"{idB}.json") is not null, "the lost document to be written again");
        await WaitAsync(async () => (await host.AdminAsync(HttpMethod.Get, "/api/ingest/entry?kind=article&key=ops/a.html")).GetProperty("state").GetString() == "indexed", "a's receipt to be written again");
        await host.WaitForSearchAsync("q=qzopsa OR qzopsb", r => r.GetProperty("total").GetInt32() == 2);
        Assert.Equal(2, await host.DocumentCountAsync());
    }

    [Fact]
    public async Task StatusReconcileAndReindexFromTheCommandLineNeedTheKeyAndReport()
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        await using var host = await HostProcess.StartAsync(azurite.ConnectionString, settings: HostFixture.FastScan);
        var storage = StorageAccount.Connect(azurite.ConnectionString);
        await storage.Blobs.UploadAsync("articles", "cli/ok.html", Articles.Html("qzclicmd", "Baris Perintah", "Dari CLI."), "text/html");
        await storage.Blobs.UploadAsync("articles", "cli/empty.html", Array.Empty<byte>(), "text/html");
        await host.WaitForSearchAsync("q=qzclicmd", r => r.GetProperty("total").GetInt32() == 1);
        await WaitAsync(async () => (await host.AdminAsync(HttpMethod.Get, "/api/ingest/entry?kind=article&key=cli/empty.html")).GetProperty("state").GetString() == "failed", "the empty file to fail");
        var url = $"http://127.0.0.1:{host.Port}";

        var status = await Cli.RunAsync("status", "--url", url, "--key", HostFixture.AdminKey);
        Assert.Equal(0, status.Code);
        using (var json = JsonDocument.Parse(status.Output))
        {
            var articles = json.RootElement.GetProperty("articles");
            Assert.Equal(1, articles.GetProperty("states").GetProperty("indexed").GetInt32());
            Assert.Equal(1, articles.GetProperty("states").GetProperty("failed").GetInt32());
            Assert.Equal("cli/empty.html", articles.GetProperty("recent_failures")[0].GetProperty("name").GetString());
            Assert.False(string.IsNullOrWhiteSpace(articles.GetProperty("recent_failures")[0].GetProperty("reason").GetString()));
        }

        var reconcile = await Cli.RunAsync("reconcile", "--url", url, "--key", HostFixture.AdminKey);
        Assert.Equal(0, reconcile.Code);
        using (var json = JsonDocument.Parse(reconcile.Output))
        {
            Assert.Equal(2, json.RootElement.GetProperty("blobs").GetInt32());
            Assert.Equal(0, json.RootElement.GetProperty("enqueued").GetInt32());
        }

        var reindex = await Cli.RunAsync("reindex", "--url", url, "--key", HostFixture.AdminKey);
        Assert.Equal(0, reindex.Code);
        using (var json = JsonDocument.Parse(reindex.Output))
        {
            Assert.Equal(1, json.RootElement.GetProperty("reindexed").GetInt32());
        }

        Assert.Equal(1, (await host.GetJsonAsync("/api/search?q=qzclicmd")).GetProperty("total").GetInt32());

        var wrongKey = await Cli.RunAsync("reindex", "--url", url, "--key", "not-the-key");
        Assert.Equal(1, wrongKey.Code);
        Assert.Contains("401", wrongKey.Error, StringComparison.Ordinal);
        using var anonymous = await host.Client.PostAsync("/api/admin/reindex", null);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        var nobody = await Cli.RunAsync("status", "--url", $"http://127.0.0.1:{FreePort.Next()}", "--key", HostFixture.AdminKey);
        Assert.Equal(1, nobody.Code);
        Assert.Contains("no host at", nobody.Error, StringComparison.Ordinal);
    }

    /// <summary>
    /// "header": the commit point's first bytes (segments_N), so the index does not even open; "pages": the middle of the
    /// largest segment file, which opens but fails its checksum.
    /// </summary>
    private static void Damage(string folder, string damage)
    {
        var files = new DirectoryInfo(folder).GetFiles().Where(f => f.Name != "write.lock").ToList();
        var file = damage == "header"
            ? files.Where(f => f.Name.StartsWith("segments_", StringComparison.Ordinal)).OrderByDescending(f => f.Name, StringComparer.Ordinal).First()
            : files.Where(f => !f.Name.StartsWith("segments", StringComparison.Ordinal)).OrderByDescending(f => f.Length).First();
        var bytes = File.ReadAllBytes(file.FullName);
        var random = new Random(7);
        if (damage == "header")
        {
            random.NextBytes(bytes.AsSpan(0, Math.Min(100, bytes.Length)));
        }
        else
        {
            random.NextBytes(bytes.AsSpan(bytes.Length / 4, bytes.Length / 2));
        }

        File.WriteAllBytes(file.FullName, bytes);
    }

    private static Task WaitAsync(Func<Task<bool>> condition, string what) => Eventually.UntilAsync(condition, () => what, TimeSpan.FromMinutes(2));
}

using NetralitasSearch.Functions.Tests.Infrastructure;
using NetralitasSearch.Storage;
using Xunit.Abstractions;
using static NetralitasSearch.Functions.Tests.Replication.ReplicationHosts;

namespace NetralitasSearch.Functions.Tests.Replication;

/// <summary>
/// One writer and two readers on loopback ports against one Azurite: pages uploaded are searchable on both readers;
/// a reader killed and started again serves its local copy and catches up; with storage gone for 20 seconds the readers
/// keep answering from their local copies.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class ReplicationTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task PagesUploadedAreSearchableOnBothReadersWhichSurviveARestartAndAStorageOutage()
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        var storage = StorageAccount.Connect(azurite.ConnectionString);
        await using var writer = await HostProcess.StartAsync(azurite.ConnectionString, settings: Role("writer"));
        await using var first = await HostProcess.StartAsync(azurite.ConnectionString, settings: Role("reader"));
        await using var second = await HostProcess.StartAsync(azurite.ConnectionString, settings: Role("reader"));

        await UploadAsync(storage, Pages(0, 30));
        foreach (var reader in new[] { first, second })
        {
            await Eventually.UntilAsync(async () => await TotalAsync(reader, "qzrepall") == 30, () => "30 pages searchable on a reader", Patience, reader);
            var health = await HealthAsync(reader);
            Assert.Equal("reader", health.GetProperty("role").GetString());
            Assert.True(health.GetProperty("generation").GetInt64() > 0);
            Assert.Equal(30, health.GetProperty("documents").GetInt64());
        }

        Assert.True((await HealthAsync(writer)).GetProperty("writing").GetBoolean());

        // A reader killed, while pages keep coming, answers from its copy when started again, then catches up.
        second.Kill();
        await UploadAsync(storage, Pages(30, 5));
        await second.StartAgainAsync();
        Assert.True(await TotalAsync(second, "qzrepall") >= 30, "The restarted reader served less than its local copy held.");
        await Eventually.UntilAsync(async () => await TotalAsync(second, "qzrepall") == 35, () => "the restarted reader to catch up", Patience, second);
        await Eventually.UntilAsync(async () => await TotalAsync(first, "qzrepall") == 35, () => "the other reader to have the new pages", Patience, first);

        // Storage gone for 20 s: both readers answer every search from their local copies.
        await azurite.StopAsync();
        var outage = System.Diagnostics.Stopwatch.StartNew();
        var answers = new List<int?>();
        while (outage.Elapsed < TimeSpan.FromSeconds(20))
        {
            foreach (var reader in new[] { first, second })
            {
                answers.Add(await TotalAsync(reader, "qzrepall"));
            }

            await Task.Delay(200);
        }

        output.WriteLine($"{answers.Count} searches on the readers while storage was gone");
        Assert.All(answers, total => Assert.Equal(35, total));

        await azurite.StartAgainAsync();
        await UploadAsync(storage, Pages(35, 1));
        foreach (var reader in new[] { first, second })
        {
            await Eventually.UntilAsync(async () => await TotalAsync(reader, "qzrepall") == 36, () => "a page uploaded after the outage on a reader", Patience, reader);
        }

        var lag = await HealthAsync(first);
        Assert.Equal(0, lag.GetProperty("lag_generations").GetInt64());
    }

    [Fact]
    public async Task ReindexAndReconcileGoToTheWriterAndAReaderRefusesThemWithAConflict()
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        var storage = StorageAccount.Connect(azurite.ConnectionString);
        await using var writer = await HostProcess.StartAsync(azurite.ConnectionString, settings: Role("writer"));
        await using var reader = await HostProcess.StartAsync(azurite.ConnectionString, settings: Role("reader"));
        await UploadAsync(storage, Enumerable.Range(0, 6).Select(i => ($"admin/{i}.html", Articles.Distinct(7000 + i, $"qzadm{i}", "qzadmall"))));
        await Eventually.UntilAsync(async () => await TotalAsync(reader, "qzadmall") == 6, () => "6 pages searchable on the reader", Patience, reader);

        foreach (var path in new[] { "/api/admin/reindex", "/api/admin/reconcile" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path);
            request.Headers.Add("x-functions-key", HostFixture.AdminKey);
            using var refused = await reader.Client.SendAsync(request);
            var body = await refused.Content.ReadAsStringAsync();
            Assert.True(refused.StatusCode == System.Net.HttpStatusCode.Conflict, $"{path} on a reader answered {(int)refused.StatusCode}: {body}");
            Assert.Contains("Index__Role=writer", body, StringComparison.Ordinal);
        }

        // A stored document removed behind the host's back: the rebuild the writer makes from the stored documents
        // no longer holds it, and reconcile then sees the blob without its document and ingests it again.
        var gone = NetralitasSearch.Indexer.Documents.DocumentId.ForBlob("articles", "admin/0.html");
        Assert.True(await storage.Blobs.DeleteAsync("documents", NetralitasSearch.Functions.Ingestion.DocumentStore.BlobName(gone)));
        var generation = (await HealthAsync(reader)).GetProperty("generation").GetInt64();
        var queued = await writer.AdminAsync(HttpMethod.Post, "/api/admin/reindex");
        Assert.True(queued.GetProperty("queued").GetBoolean());
        await Eventually.UntilAsync(async () => await TotalAsync(reader, "qzadmall") == 5, () => "the rebuilt index (5 stored documents) on the reader", Patience, reader);
        // The reader swaps its searcher, then records the generation its health reports: a search can see the new index
        // a moment before the health says so (a clean-clone run caught the health one poll behind).
        await Eventually.UntilAsync(async () => (await HealthAsync(reader)).GetProperty("generation").GetInt64() > generation, () => "the reader's health on the rebuilt generation", Patience, reader);

        var report = await writer.AdminAsync(HttpMethod.Post, "/api/admin/reconcile");
        output.WriteLine(report.ToString());
        Assert.Equal(6, report.GetProperty("blobs").GetInt32());
        Assert.Equal(1, report.GetProperty("enqueued").GetInt32());
        await Eventually.UntilAsync(async () => await TotalAsync(reader, "qzadmall") == 6, () => "the page whose document was gone ingested again", Patience, reader);
    }

    private static IEnumerable<(string Name, byte[] Content)> Pages(int from, int count) =>
        Enumerable.Range(from, count).Select(i => ($"replication/{i:D3}.html", Articles.Distinct(5000 + i, $"qzrep{i:D3}", "qzrepall")));
}

using NetralitasSearch.Functions.Tests.Infrastructure;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Tests;

/// <summary>The index and the documents outlive the host process.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task IndexAndDocumentsAreStillThereAfterTheHostRestarts()
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        await using var host = await HostProcess.StartAsync(azurite.ConnectionString, settings: HostFixture.FastScan);
        var storage = StorageAccount.Connect(azurite.ConnectionString);
        await storage.Blobs.UploadAsync("articles", "restart.html", Articles.Html("qzrestart", "Sebelum Restart", "Bertahan."), "text/html");
        var before = await host.WaitForSearchAsync("q=qzrestart", r => r.GetProperty("total").GetInt32() == 1);

        await host.StopAsync();
        await host.StartAgainAsync();

        var after = await host.GetJsonAsync("/api/search?q=qzrestart");
        Assert.Equal(1, after.GetProperty("total").GetInt32());
        Assert.Equal(before.GetProperty("hits")[0].GetProperty("id").GetString(), after.GetProperty("hits")[0].GetProperty("id").GetString());
        Assert.NotNull(await storage.Blobs.DownloadAsync("documents", $"{after.GetProperty("hits")[0].GetProperty("id").GetString()}.json"));
        Assert.Equal(1, (await host.GetJsonAsync("/api/health")).GetProperty("documents").GetInt64());
    }

    [Fact]
    public async Task ADeletedIndexIsRebuiltFromTheStoredDocumentsAtStart()
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        await using var host = await HostProcess.StartAsync(azurite.ConnectionString, settings: HostFixture.FastScan);
        var storage = StorageAccount.Connect(azurite.ConnectionString);
        await storage.Blobs.UploadAsync("articles", "rebuild.html", Articles.Html("qzrebuild", "Indeks Dibangun Ulang", "Dari dokumen."), "text/html");
        await host.WaitForSearchAsync("q=qzrebuild", r => r.GetProperty("total").GetInt32() == 1);

        await host.StopAsync();
        Directory.Delete(host.IndexPath, recursive: true);
        await host.StartAgainAsync();

        await host.WaitForSearchAsync("q=qzrebuild", r => r.GetProperty("total").GetInt32() == 1, TimeSpan.FromSeconds(30));
    }
}

using System.Diagnostics;
using System.Text.Json;
using NetralitasSearch.Functions.Tests.Infrastructure;
using NetralitasSearch.Storage;
using Xunit.Abstractions;
using static NetralitasSearch.Functions.Tests.Replication.ReplicationHosts;

namespace NetralitasSearch.Functions.Tests.Replication;

/// <summary>
/// Two would-be writers (one holds the lease, the other waits) and a reader: the holder killed in the middle of a
/// publication leaves the reader on the previous generation, and the one that waited takes over and finishes.
/// </summary>
[Collection(FaultCollection.Name)]
[Trait("Stage", "Faults")]
public sealed class ReplicationFaultTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task AWriterKilledMidPublicationLeavesReadersOnThePreviousGenerationAndTheWaitingWriterFinishes()
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        var storage = StorageAccount.Connect(azurite.ConnectionString);

        // Each uploaded file is followed by a pause, so a publication stays open long enough to be cut.
        var writerSettings = Role("writer", ("Replication__LeaseDuration", "00:00:15"), ("Replication__UploadPause", "00:00:01.500"));
        await using var one = await HostProcess.StartAsync(azurite.ConnectionString, settings: writerSettings);
        await using var two = await HostProcess.StartAsync(azurite.ConnectionString, settings: writerSettings);
        await using var reader = await HostProcess.StartAsync(azurite.ConnectionString, settings: Role("reader"));

        // One of the two would-be writers wins the lease; the other waits.
        await Eventually.UntilAsync(async () => await WritingAsync(one) || await WritingAsync(two), () => "a writer to hold the lease", Patience, one);
        for (var i = 0; i < 5; i++)
        {
            Assert.True(await WritingAsync(one) ^ await WritingAsync(two), "Exactly one would-be writer must hold the lease.");
            await Task.Delay(300);
        }

        var (holder, waiting) = await WritingAsync(one) ? (one, two) : (two, one);
        await UploadAsync(storage, [("writerkill/a.html", Articles.Distinct(7001, "qzwka", "qzwkall"))]);
        await Eventually.UntilAsync(async () => await TotalAsync(reader, "qzwka") == 1, () => "the first page on the reader", Patience, reader);
        var before = (await HealthAsync(reader)).GetProperty("generation").GetInt64();

        // The second page's publication begins: a file is in the store that no published manifest names yet.
        await UploadAsync(storage, [("writerkill/b.html", Articles.Distinct(7002, "qzwkb", "qzwkall"))]);
        await Eventually.UntilAsync(async () => await UnpublishedFilesAsync(storage) > 0, () => "the second publication to begin", Patience, holder);
        holder.Kill();
        var killed = Stopwatch.StartNew();
        var torn = await UnpublishedFilesAsync(storage);

        // The reader keeps the previous generation: the first page, not the second.
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(1, await TotalAsync(reader, "qzwka"));
            Assert.Equal(0, await TotalAsync(reader, "qzwkb"));
            Assert.Equal(before, (await HealthAsync(reader)).GetProperty("generation").GetInt64());
            await Task.Delay(300);
        }

        // The waiting writer takes the lease when the dead holder's runs out, and the second page reaches the reader.
        await Eventually.UntilAsync(() => WritingAsync(waiting), () => "the waiting writer to take over", Patience, waiting);
        var takeover = killed.Elapsed;
        await Eventually.UntilAsync(async () => await TotalAsync(reader, "qzwkb") == 1, () => "the second page on the reader after the takeover", Patience, waiting);
        Assert.Equal(2, await TotalAsync(reader, "qzwkall"));
        Assert.True((await HealthAsync(reader)).GetProperty("generation").GetInt64() > before);
        output.WriteLine($"writer killed with {torn} unpublished file(s) in the store; lease taken over after {takeover.TotalSeconds:F1} s; second page on the reader after {killed.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>File blobs that no published manifest names: a publication under way, or torn.</summary>
    private static async Task<int> UnpublishedFilesAsync(StorageAccount storage)
    {
        var named = new HashSet<string?>(StringComparer.Ordinal);
        await foreach (var manifest in storage.Blobs.ListAsync("index", "manifests/"))
        {
            if (await storage.Blobs.DownloadAsync("index", manifest.Name) is { } content)
            {
                named.UnionWith(JsonDocument.Parse(content.Content).RootElement.GetProperty("files").EnumerateArray().Select(file => file.GetProperty("blob").GetString()));
            }
        }

        var unpublished = 0;
        await foreach (var blob in storage.Blobs.ListAsync("index", "files/"))
        {
            unpublished += named.Contains(blob.Name) ? 0 : 1;
        }

        return unpublished;
    }
}

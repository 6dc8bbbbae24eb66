using Microsoft.Extensions.Logging.Abstractions;
using NetralitasSearch.Functions.Tests.Infrastructure;
using NetralitasSearch.Functions.Triggers;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Tests.Triggers;

/// <summary>
/// Two deliveries of one blob version at once, against real Azurite, in the order a loaded machine makes them: the
/// queue shows the message again after its visibility timeout while the first delivery still runs; the first finishes
/// the version, the second fails. The version stays processed ("indexed"): the failed delivery's retry must not turn
/// the receipt back into "queued" with the version's own hash, which made the next attempt record it as skipped.
/// </summary>
public sealed class DuplicateDeliveryTests
{
    private const string Container = "articles";
    private const string HostContainer = "host";

    [Fact]
    public async Task AVersionFinishedByOneDeliveryStaysProcessedWhenAConcurrentDeliveryOfItFails()
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        var storage = StorageAccount.Connect(azurite.ConnectionString);
        await storage.Blobs.EnsureContainerAsync(Container);
        await storage.Blobs.EnsureContainerAsync(HostContainer);
        var binding = new BlobChangeBinding("IngestArticle", Container, "ingest", "ingest-poison", HostContainer, SkipUnchanged: true);
        await storage.Queues.EnsureQueueAsync(binding.Queue);
        await storage.Queues.EnsureQueueAsync(binding.PoisonQueue);
        var etag = await storage.Blobs.UploadAsync(Container, "ganda.html", "<p>Satu versi, dua kali diantar.</p>"u8.ToArray(), "text/html");

        var readiness = new HostReadiness();
        readiness.SetReady();
        var receipts = new BlobReceipts(storage.Blobs, HostContainer, binding.FunctionName);
        var processor = new BlobVersionProcessor(storage.Blobs, storage.Queues, new HostExtensionOptions(), readiness);
        var changes = new QueuedBlobChanges(processor, storage.Queues, new QueueTriggerOptions(), NullLogger<QueuedBlobChanges>.Instance);
        var message = new BlobTriggerMessage(Container, "ganda.html", etag).Serialize();

        // The first delivery runs until the second has started; the second fails once the first has finished.
        var secondStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = new Handler(async () =>
        {
            await secondStarted.Task;
            return FunctionResult.Success("indexed");
        });
        var firstRun = changes.RunAsync(binding, first, receipts, message, dequeueCount: 1, insertedOn: null);
        await WaitForAsync(async () => (await receipts.GetAsync(Container, "ganda.html"))?.Status == BlobReceiptStatus.Processing);

        var second = new Handler(async () =>
        {
            secondStarted.SetResult();
            await firstRun;
            throw new IOException("storage went away for this delivery");
        });
        await Assert.ThrowsAsync<IOException>(() => changes.RunAsync(binding, second, receipts, message, dequeueCount: 1, insertedOn: null));
        Assert.Equal(1, first.Runs);
        Assert.Equal(1, second.Runs);
        Assert.Equal(BlobReceiptStatus.Processed, (await receipts.GetAsync(Container, "ganda.html"))!.Status);

        // The failed delivery's message comes back: the version is finished, so nothing runs and nothing changes.
        var third = new Handler(() => Task.FromResult(FunctionResult.Success("indexed again")));
        await changes.RunAsync(binding, third, receipts, message, dequeueCount: 2, insertedOn: null);
        var final = await receipts.GetAsync(Container, "ganda.html");
        Assert.Equal(BlobReceiptStatus.Processed, final!.Status);
        Assert.Equal(etag, final.ETag);
        Assert.Equal(0, third.Runs);
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (!await condition())
        {
            await Task.Delay(20, patience.Token);
        }
    }

    private sealed class Handler(Func<Task<FunctionResult>> run) : IBlobHandler
    {
        public int Runs { get; private set; }

        public Task<FunctionResult> RunAsync(BlobTriggerInput blob, CancellationToken cancellationToken = default)
        {
            Runs++;
            return run();
        }
    }
}

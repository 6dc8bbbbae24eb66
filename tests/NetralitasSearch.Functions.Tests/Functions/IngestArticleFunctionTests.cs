using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NetralitasSearch.Functions.Functions;
using NetralitasSearch.Functions.Hosting;
using NetralitasSearch.Functions.Ingestion;
using NetralitasSearch.Functions.Tests.Infrastructure;
using NetralitasSearch.Functions.Triggers;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Index;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Tests.Functions;

/// <summary>
/// The Event Grid path of IngestArticle, which only Azure's host takes: the function method called as the host calls
/// it, with a BlobClient of a real blob in Azurite and the app's own services, keeps the same ledger as the queue path.
/// </summary>
public sealed class IngestArticleFunctionTests : IAsyncLifetime
{
    private AzuriteProcess? azurite;
    private ServiceProvider? services;

    private StorageAccount Account => services!.GetRequiredService<StorageAccount>();

    public async Task InitializeAsync()
    {
        azurite = await AzuriteProcess.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["Index:Path"] = Directory.CreateTempSubdirectory("netralitas-index-").FullName,
        }).Build();
        services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddNetralitasApp(configuration).BuildServiceProvider();
        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        await services.GetRequiredService<HostReadiness>().WaitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));
    }

    public async Task DisposeAsync()
    {
        if (services is not null)
        {
            foreach (var hosted in services.GetServices<IHostedService>())
            {
                await hosted.StopAsync(CancellationToken.None);
            }

            await services.DisposeAsync();
        }

        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }

    [Fact]
    public async Task TheBlobTriggerMethodIndexesTheBlobItIsGivenAndRecordsItOnce()
    {
        var etag = await Account.Blobs.UploadAsync("articles", "eventgrid/kades.html", Articles.Html("qzeventgrid", "Lewat Event Grid", "Dipicu blob."), "text/html");
        var function = ActivatorUtilities.CreateInstance<IngestArticleFunction>(services!);
        var receipts = services!.GetRequiredKeyedService<BlobReceipts>(IngestArticleFunction.Name);

        await function.RunAsync(Account.BlobClient("articles", "eventgrid/kades.html"));
        var first = await receipts.GetAsync("articles", "eventgrid/kades.html");
        await function.RunAsync(Account.BlobClient("articles", "eventgrid/kades.html"));
        var second = await receipts.GetAsync("articles", "eventgrid/kades.html");

        Assert.NotNull(first);
        Assert.Equal(BlobReceiptStatus.Processed, first.Status);
        Assert.Equal(etag, first.ETag);
        Assert.Equal(1, first.Attempts);
        Assert.Equal(first.UpdatedAt, second!.UpdatedAt);
        var id = DocumentId.ForBlob("articles", "eventgrid/kades.html");
        Assert.NotNull(await Account.Blobs.DownloadAsync("documents", DocumentStore.BlobName(id)));
        var found = services!.GetRequiredService<IndexService>().Searcher.Search(new SearchRequest { Query = "qzeventgrid" });
        Assert.Equal(1, found.Response!.Total);
    }

    [Fact]
    public async Task AnUnreadableBlobGivenByEventGridIsRecordedAsFailedAndPoisonedWithItsReason()
    {
        await Account.Blobs.UploadAsync("articles", "eventgrid/kosong.html", Array.Empty<byte>(), "text/html");
        var function = ActivatorUtilities.CreateInstance<IngestArticleFunction>(services!);

        await function.RunAsync(Account.BlobClient("articles", "eventgrid/kosong.html"));

        var receipt = await services!.GetRequiredKeyedService<BlobReceipts>(IngestArticleFunction.Name).GetAsync("articles", "eventgrid/kosong.html");
        Assert.Equal(BlobReceiptStatus.Failed, receipt!.Status);
        Assert.Equal("The file is empty.", receipt.Reason);
        var poison = await Account.Queues.ReceiveAsync("ingest-poison", 32, TimeSpan.FromSeconds(1));
        Assert.Contains(poison, message => message.Text.Contains("eventgrid/kosong.html", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AQueuedRepairRunsAVersionItsReceiptCallsFinishedWhileAPlainDuplicateDoesNot()
    {
        // A reconciliation queues a version whose document was lost; its queued mark may be written after the queue
        // twin has taken the message, so the message itself must say that the finished receipt is not the last word.
        var etag = await Account.Blobs.UploadAsync("articles", "antrean/hilang.html", Articles.Html("qzperbaikan", "Dokumen Hilang", "Ditulis lagi."), "text/html");
        var function = ActivatorUtilities.CreateInstance<IngestArticleFunction>(services!);
        await function.RunAsync(Account.BlobClient("articles", "antrean/hilang.html"));
        var id = DocumentId.ForBlob("articles", "antrean/hilang.html");
        await Account.Blobs.DeleteAsync("documents", DocumentStore.BlobName(id));

        await function.RunQueuedAsync(Message(new BlobTriggerMessage("articles", "antrean/hilang.html", etag)));
        var afterDuplicate = await Account.Blobs.DownloadAsync("documents", DocumentStore.BlobName(id));
        await function.RunQueuedAsync(Message(new BlobTriggerMessage("articles", "antrean/hilang.html", etag, Force: true)));
        var afterRepair = await Account.Blobs.DownloadAsync("documents", DocumentStore.BlobName(id));

        Assert.Null(afterDuplicate);
        Assert.NotNull(afterRepair);
        var receipt = await services!.GetRequiredKeyedService<BlobReceipts>(IngestArticleFunction.Name).GetAsync("articles", "antrean/hilang.html");
        Assert.Equal(BlobReceiptStatus.Processed, receipt!.Status);
        Assert.Equal(etag, receipt.ETag);
    }

    private static Azure.Storage.Queues.Models.QueueMessage Message(BlobTriggerMessage change) =>
        Azure.Storage.Queues.Models.QueuesModelFactory.QueueMessage("id", "pop", change.Serialize(), 1, null, DateTimeOffset.UtcNow, null);
}

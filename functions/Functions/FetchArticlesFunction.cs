using Azure.Storage.Blobs;
using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using NetralitasSearch.Functions.Scraping;
using NetralitasSearch.Functions.Triggers;

namespace NetralitasSearch.Functions.Functions;

/// <summary>
/// FetchArticles: a URL list in sources becomes archived pages (<see cref="UrlListFetching"/>), as IngestArticle does for
/// articles: <see cref="RunAsync"/> for what Event Grid reports on Azure, <see cref="RunQueuedAsync"/> for the changes
/// ScanSources queues on the fetch queue. The same list uploaded again is fetched again (no skip of equal bytes).
/// </summary>
public sealed class FetchArticlesFunction(
    UrlListFetching fetching,
    BlobVersionProcessor processor,
    QueuedBlobChanges changes,
    [FromKeyedServices(FetchArticlesFunction.Name)] BlobChangeBinding binding,
    [FromKeyedServices(FetchArticlesFunction.Name)] BlobReceipts receipts)
{
    public const string Name = "FetchArticles";

    public const string QueuedName = "FetchQueuedList";

    [Function(Name)]
    public async Task RunAsync(
        [BlobTrigger("%Storage:SourcesContainer%/{name}", Source = BlobTriggerSource.EventGrid, Connection = "AzureWebJobsStorage")] BlobClient blob,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blob);
        await processor.ProcessAsync(binding, fetching, receipts, new BlobTriggerMessage(blob.BlobContainerName, blob.Name, null), null, null, cancellationToken).ConfigureAwait(false);
    }

    [Function(QueuedName)]
    public async Task RunQueuedAsync([QueueTrigger("%Storage:FetchQueue%", Connection = "AzureWebJobsStorage")] QueueMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        await changes.RunAsync(binding, fetching, receipts, message.MessageText, (int)Math.Min(message.DequeueCount, int.MaxValue), message.InsertedOn, cancellationToken).ConfigureAwait(false);
    }
}

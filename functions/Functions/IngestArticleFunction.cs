using Azure.Storage.Blobs;
using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using NetralitasSearch.Functions.Ingestion;
using NetralitasSearch.Functions.Triggers;

namespace NetralitasSearch.Functions.Functions;

/// <summary>
/// IngestArticle: a new or changed article becomes a document (<see cref="ArticleIngestion"/>, with the receipt kept by
/// <see cref="BlobVersionProcessor"/>). On Azure, Event Grid reports each created or overwritten blob and the host runs
/// <see cref="RunAsync"/> at once. Changes that arrive as messages of the ingest queue — everything ScanArticles finds
/// (on the local runner that is every change; on Azure the deletions and what Event Grid did not report) and what a
/// reconciliation queues again — go through <see cref="RunQueuedAsync"/>, the same work with the queue's retries.
/// </summary>
public sealed class IngestArticleFunction(
    ArticleIngestion ingestion,
    BlobVersionProcessor processor,
    QueuedBlobChanges changes,
    [FromKeyedServices(IngestArticleFunction.Name)] BlobChangeBinding binding,
    [FromKeyedServices(IngestArticleFunction.Name)] BlobReceipts receipts)
{
    public const string Name = "IngestArticle";

    public const string QueuedName = "IngestQueuedArticle";

    [Function(Name)]
    public async Task RunAsync(
        [BlobTrigger("%Storage:ArticlesContainer%/{name}", Source = BlobTriggerSource.EventGrid, Connection = "AzureWebJobsStorage")] BlobClient blob,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blob);
        await processor.ProcessAsync(binding, ingestion, receipts, new BlobTriggerMessage(blob.BlobContainerName, blob.Name, null), null, null, cancellationToken).ConfigureAwait(false);
    }

    [Function(QueuedName)]
    public async Task RunQueuedAsync([QueueTrigger("%Storage:IngestQueue%", Connection = "AzureWebJobsStorage")] QueueMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        await changes.RunAsync(binding, ingestion, receipts, message.MessageText, (int)Math.Min(message.DequeueCount, int.MaxValue), message.InsertedOn, cancellationToken).ConfigureAwait(false);
    }
}

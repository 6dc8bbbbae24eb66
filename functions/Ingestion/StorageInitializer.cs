using System.Runtime.CompilerServices;
using NetralitasSearch.Functions.Alerts;
using NetralitasSearch.Functions.Replication;
using NetralitasSearch.Functions.Triggers;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Ingestion;

/// <summary>
/// Brings the host up: creates the containers and queues (retrying while storage is unreachable, so the host
/// can start before Azurite), rebuilds an empty index from the stored documents, then opens the triggers.
/// </summary>
public sealed partial class StorageInitializer(
    IBlobStore blobs,
    IQueueStore queues,
    StorageOptions storage,
    AlertOptions alerts,
    ReplicationOptions replication,
    IndexService index,
    DocumentStore documents,
    Reconciler reconciler,
    HostReadiness readiness,
    ILogger<StorageInitializer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var untilAvailable = StorageRetry.UntilAvailable((exception, delay) => LogStorageUnavailable(logger, exception, delay));
        try
        {
            await untilAvailable.ExecuteAsync(PrepareAsync, stoppingToken).ConfigureAwait(false);
            readiness.SetReady();
            LogReady(logger, index.Count());
            if (index.Role != IndexRole.All)
            {
                // The writer lease holder builds the index from the stored documents; readers copy what it publishes.
                return;
            }

            // On start the four places an article lives are compared once, so work a crash left half-done is finished.
            await untilAvailable.ExecuteAsync(async token => await reconciler.ReconcileAsync(token).ConfigureAwait(false), stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped before storage came.
        }
    }

    /// <summary>The containers and queues (the poison queues of the queue triggers too), then the index from the documents if it is empty.</summary>
    private async ValueTask PrepareAsync(CancellationToken cancellationToken)
    {
        foreach (var container in new[] { storage.ArticlesContainer, storage.DocumentsContainer, storage.HostContainer, storage.LedgerContainer, storage.SourcesContainer, storage.FeedsContainer, alerts.Container, replication.Container })
        {
            await blobs.EnsureContainerAsync(container, cancellationToken).ConfigureAwait(false);
        }

        foreach (var queue in new[] { storage.IngestQueue, storage.PoisonQueue, storage.FetchQueue, storage.FetchPoisonQueue, alerts.Queue, alerts.Queue + "-poison", replication.ChangeQueue })
        {
            await queues.EnsureQueueAsync(queue, cancellationToken).ConfigureAwait(false);
        }

        if (index.Role == IndexRole.All && index.Count() == 0)
        {
            await RebuildAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>An empty index next to stored documents (a new machine, a deleted index file): index them again.</summary>
    private async Task RebuildAsync(CancellationToken cancellationToken)
    {
        var (total, unreadable) = await index.IndexStoredAsync(documents, cancellationToken).ConfigureAwait(false);
        if (total + unreadable > 0)
        {
            LogRebuilt(logger, total, unreadable);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage and index ready: {Documents} documents")]
    private static partial void LogReady(ILogger logger, long documents);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage is not reachable yet; trying again in {Delay}")]
    private static partial void LogStorageUnavailable(ILogger logger, Exception exception, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rebuilt the index from {Documents} stored documents ({Unreadable} unreadable skipped)")]
    private static partial void LogRebuilt(ILogger logger, int documents, int unreadable);
}

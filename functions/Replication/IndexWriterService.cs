using NetralitasSearch.Functions.Ingestion;
using NetralitasSearch.Functions.Triggers;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Index;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Replication;

/// <summary>
/// The writer role's index writer. Every writer-role instance waits for the writer lease (a blob lease renewed at a
/// third of its duration, so a dead holder's runs out within <see cref="ReplicationOptions.LeaseDuration"/>); the
/// holder starts from the newest published commit (or, when nothing is published, from every stored document), then
/// takes the ids on the change queue in batches, indexes their stored records (a missing record is a deletion),
/// commits, publishes the commit and only then deletes the messages: a writer dying mid-publication leaves them to
/// come back to the next one.
/// </summary>
public sealed partial class IndexWriterService(
    IBlobStore blobs,
    IQueueStore queues,
    StorageOptions storage,
    IndexOptions indexOptions,
    ReplicationOptions options,
    ReplicationStatus status,
    DocumentStore documents,
    ReplicaFetcher fetcher,
    IndexPublisher publisher,
    HostReadiness readiness,
    ILogger<IndexWriterService> logger) : BackgroundService
{
    /// <summary>Messages taken for one commit at most (32 a request).</summary>
    private const int MaxBatch = 256;

    private static readonly TimeSpan IdlePause = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan CollectEvery = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Role != IndexRole.Writer)
        {
            return;
        }

        try
        {
            await readiness.WaitAsync(stoppingToken).ConfigureAwait(false);
            while (!stoppingToken.IsCancellationRequested)
            {
                var lease = await AcquireAsync(stoppingToken).ConfigureAwait(false);
                status.Writing = true;
                LogLeading(logger, Environment.MachineName);
                try
                {
                    await LeadAsync(lease, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    LogWriterFailed(logger, exception);
                }
                finally
                {
                    status.Writing = false;
                    await lease.DisposeAsync().ConfigureAwait(false);
                }

                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>Waits for the lease, trying every two seconds, through storage outages.</summary>
    private async Task<HeldLease> AcquireAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                if (await HeldLease.TryAcquireAsync(blobs, storage.HostContainer, options.LeaseBlob, options.LeaseDuration, cancellationToken).ConfigureAwait(false) is { } lease)
                {
                    return lease;
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogLeaseUnavailable(logger, exception);
            }

            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task LeadAsync(HeldLease lease, CancellationToken cancellationToken)
    {
        var newest = await fetcher.NewestAsync(cancellationToken).ConfigureAwait(false);
        await PrepareFolderAsync(newest, cancellationToken).ConfigureAwait(false);
        using var writer = IndexWriter.Open(indexOptions);
        if (newest is null)
        {
            var (indexed, unreadable) = await IndexService.IndexStoredAsync(writer, documents, cancellationToken).ConfigureAwait(false);
            LogRebuilt(logger, indexed, unreadable);
        }

        var published = newest?.Generation ?? 0;
        var collected = Environment.TickCount64;
        while (!cancellationToken.IsCancellationRequested)
        {
            if (!lease.IsHeld)
            {
                LogLeaseLost(logger);
                return;
            }

            var messages = await ReceiveAsync(cancellationToken).ConfigureAwait(false);
            await ApplyAsync(writer, messages, cancellationToken).ConfigureAwait(false);
            using (var snapshot = writer.Snapshot())
            {
                if (snapshot.Generation != published)
                {
                    published = (await publisher.PublishAsync(snapshot, () => lease.IsHeld, cancellationToken).ConfigureAwait(false)).Generation;
                }
            }

            foreach (var message in messages)
            {
                await queues.DeleteAsync(options.ChangeQueue, message, cancellationToken).ConfigureAwait(false);
            }

            if (Environment.TickCount64 - collected > CollectEvery.TotalMilliseconds)
            {
                await publisher.CollectAsync(cancellationToken).ConfigureAwait(false);
                collected = Environment.TickCount64;
            }

            if (messages.Count == 0)
            {
                await Task.Delay(IdlePause, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// The writer's folder holds exactly the newest published commit (copied and checked): a commit this instance made
    /// before but never published is dropped, its changes come back on the queue.
    /// </summary>
    private async Task PrepareFolderAsync(IndexManifest? newest, CancellationToken cancellationToken)
    {
        var folder = indexOptions.LuceneFolder;
        Directory.CreateDirectory(folder);
        if (newest is not null && await fetcher.InstallAsync(newest, folder, cancellationToken).ConfigureAwait(false) is { } problem)
        {
            throw new InvalidOperationException($"The newest published generation {newest.Generation} cannot be copied: {problem}");
        }

        var keep = newest?.Files.Select(file => file.Name).ToHashSet(StringComparer.Ordinal) ?? [];
        foreach (var path in Directory.EnumerateFiles(folder))
        {
            if (!keep.Contains(Path.GetFileName(path)))
            {
                File.Delete(path);
            }
        }
    }

    private async Task<List<QueueMessage>> ReceiveAsync(CancellationToken cancellationToken)
    {
        var messages = new List<QueueMessage>();
        while (messages.Count < MaxBatch)
        {
            // Hidden as long as a lease: a writer that dies holding them gives them back about when the next one starts.
            var received = await queues.ReceiveAsync(options.ChangeQueue, 32, options.LeaseDuration, cancellationToken).ConfigureAwait(false);
            messages.AddRange(received);
            if (received.Count < 32)
            {
                break;
            }
        }

        return messages;
    }

    private async Task ApplyAsync(IndexWriter writer, List<QueueMessage> messages, CancellationToken cancellationToken)
    {
        var ids = messages.Select(message => message.Text.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Remove(IndexService.ReindexMessage))
        {
            // POST /api/admin/reindex on a writer-role host: the rebuild reads every stored document as it is now.
            writer.Clear();
            var (indexed, unreadable) = await IndexService.IndexStoredAsync(writer, documents, cancellationToken).ConfigureAwait(false);
            LogReindexed(logger, indexed, unreadable);
        }

        var upserts = new List<Document>();
        foreach (var id in ids)
        {
            if (await documents.ReadAsync(id, cancellationToken).ConfigureAwait(false) is { } document)
            {
                upserts.Add(document);
            }
            else
            {
                writer.Delete(id);
            }
        }

        writer.Upsert(upserts);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Holding the index writer lease on {Machine}")]
    private static partial void LogLeading(ILogger logger, string machine);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The index writer lease was lost; waiting for it again")]
    private static partial void LogLeaseLost(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage did not answer for the index writer lease")]
    private static partial void LogLeaseUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "The index writer stopped; it waits for the lease again")]
    private static partial void LogWriterFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Nothing published yet: indexed {Documents} stored documents ({Unreadable} unreadable)")]
    private static partial void LogRebuilt(ILogger logger, int documents, int unreadable);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reindex requested: emptied the index and indexed {Documents} stored documents ({Unreadable} unreadable)")]
    private static partial void LogReindexed(ILogger logger, int documents, int unreadable);
}

using NetralitasSearch.Functions.Ingestion;

namespace NetralitasSearch.Functions.Replication;

/// <summary>
/// A reader's loop (writer and reader roles): every <see cref="ReplicationOptions.PollInterval"/> it reads the newest
/// manifest; a newer generation is copied into the replica folder, checked, opened for new searches, and the files no
/// open reader uses are dropped. Storage going away only stops the updates: searches go on over the local copy.
/// </summary>
public sealed partial class ReplicaUpdater(
    IndexService index,
    ReplicaFetcher fetcher,
    ReplicationOptions options,
    ReplicationStatus status,
    TimeProvider time,
    ILogger<ReplicaUpdater> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (index.Replica is not { } replica)
        {
            return;
        }

        // A copy left by an earlier run is served at once, before storage answers.
        replica.Refresh();
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var newest = await fetcher.NewestAsync(stoppingToken).ConfigureAwait(false);
                status.Polled(newest, time.GetUtcNow());
                failures = 0;
                if (newest is not null && newest.Generation != replica.Generation)
                {
                    await InstallAsync(replica, newest, stoppingToken).ConfigureAwait(false);
                }
                else if (newest is not null && status.Generations().Served?.Generation != newest.Generation)
                {
                    status.Serving(newest);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // Storage away (or a file unreadable): keep serving the local copy and try again next poll.
                status.Problem = exception.Message;
                if (failures++ % 20 == 0)
                {
                    LogPollFailed(logger, exception, replica.Generation);
                }
            }

            await Task.Delay(options.PollInterval, time, stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task InstallAsync(Indexer.Index.Replication.ReplicaIndex replica, IndexManifest newest, CancellationToken cancellationToken)
    {
        if (await fetcher.InstallAsync(newest, replica.Folder, cancellationToken).ConfigureAwait(false) is { } problem)
        {
            status.Problem = $"generation {newest.Generation} not opened: {problem}";
            LogIncomplete(logger, newest.Generation, problem);
            return;
        }

        var opened = replica.Refresh();
        if (opened == newest.Generation)
        {
            status.Serving(newest);
        }

        var dropped = replica.Prune(newest.Files.Select(file => file.Name));
        LogOpened(logger, opened, newest.Documents, dropped);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Opened generation {Generation} ({Documents} documents); {Dropped} unused files dropped")]
    private static partial void LogOpened(ILogger logger, long generation, long documents, int dropped);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Generation {Generation} is not opened: {Problem}")]
    private static partial void LogIncomplete(ILogger logger, long generation, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the published index; still serving generation {Generation}")]
    private static partial void LogPollFailed(ILogger logger, Exception exception, long generation);
}

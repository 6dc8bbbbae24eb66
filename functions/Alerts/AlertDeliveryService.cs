using NetralitasSearch.Functions.Ingestion;
using NetralitasSearch.Functions.Triggers;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Alerts;

/// <summary>
/// Delivers the alerts queue, the way a queue trigger would: each message names a saved search and a document. The
/// post is made under a lease on the pair's lock blob (two instances, or a duplicated message, never post at once),
/// and the delivery record decides: delivered, failed or uncertain means done; otherwise the record is written as
/// "sending", the webhook posted, and the record written as delivered, or as retrying with the message hidden for
/// a doubling delay (<see cref="AlertOptions.Backoff"/>) until <see cref="AlertOptions.MaxAttempts"/> attempts fail. A
/// record still "sending" when its message comes back means the host died during that post: it becomes "uncertain"
/// and is not posted again, since the promise is never twice.
/// </summary>
public sealed partial class AlertDeliveryService(
    AlertStore store,
    WebhookSender sender,
    IndexService index,
    IQueueStore queues,
    AlertOptions options,
    HostReadiness readiness,
    TimeProvider time,
    ILogger<AlertDeliveryService> logger) : BackgroundService
{
    /// <summary>How long a message and a lock are held while one post runs (longer than the webhook timeout).</summary>
    private static readonly TimeSpan Hold = TimeSpan.FromSeconds(60);

    /// <summary>When the pair is locked by another worker, look again after this.</summary>
    private static readonly TimeSpan BusyDelay = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.WaitAsync(stoppingToken).ConfigureAwait(false);
        await EnsureStorageAsync(stoppingToken).ConfigureAwait(false);
        while (!stoppingToken.IsCancellationRequested)
        {
            IReadOnlyList<QueueMessage> messages;
            try
            {
                messages = await queues.ReceiveAsync(options.Queue, 16, Hold, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogPollFailed(logger, exception, options.Queue);
                messages = [];
            }

            if (messages.Count == 0)
            {
                await Task.Delay(options.PollInterval, stoppingToken).ConfigureAwait(false);
                continue;
            }

            // Different receivers in parallel; the lock makes the same pair wait for its turn.
            await Task.WhenAll(messages.Select(message => ProcessSafelyAsync(message, stoppingToken))).ConfigureAwait(false);
        }
    }

    private async Task EnsureStorageAsync(CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromMilliseconds(250);
        while (true)
        {
            try
            {
                await store.EnsureAsync(cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                LogPollFailed(logger, exception, options.Queue);
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(10).Ticks));
            }
        }
    }

    private async Task ProcessSafelyAsync(QueueMessage message, CancellationToken stoppingToken)
    {
        try
        {
            await ProcessAsync(message, stoppingToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            // Storage trouble: the message reappears after its hold and the record says where it was.
            LogProcessFailed(logger, exception, message.Id);
        }
    }

    private async Task ProcessAsync(QueueMessage message, CancellationToken stoppingToken)
    {
        if (AlertMessage.TryParse(message.Text) is not { } alert)
        {
            LogBadMessage(logger, message.Id);
            await queues.DeleteAsync(options.Queue, message, stoppingToken).ConfigureAwait(false);
            return;
        }

        var lease = await store.TryLockAsync(alert.AlertId, alert.DocumentId, Hold, stoppingToken).ConfigureAwait(false);
        if (lease is null)
        {
            await queues.SetVisibilityAsync(options.Queue, message, BusyDelay, stoppingToken).ConfigureAwait(false);
            return;
        }

        try
        {
            var retryAfter = await DeliverAsync(alert, stoppingToken).ConfigureAwait(false);
            if (retryAfter is { } delay)
            {
                await queues.SetVisibilityAsync(options.Queue, message, delay, stoppingToken).ConfigureAwait(false);
            }
            else
            {
                await queues.DeleteAsync(options.Queue, message, stoppingToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await store.UnlockAsync(alert.AlertId, alert.DocumentId, lease, CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>One attempt; the delay before the next one, or null when the delivery is settled.</summary>
    private async Task<TimeSpan?> DeliverAsync(AlertMessage alert, CancellationToken cancellationToken)
    {
        var record = await store.GetDeliveryAsync(alert.AlertId, alert.DocumentId, cancellationToken).ConfigureAwait(false)
            ?? new AlertDelivery { AlertId = alert.AlertId, DocumentId = alert.DocumentId, State = DeliveryState.Pending, MatchedAt = time.GetUtcNow() };
        if (record.IsSettled)
        {
            return null;
        }

        if (record.State == DeliveryState.Sending)
        {
            await store.WriteDeliveryAsync(record with { State = DeliveryState.Uncertain, Reason = "the host stopped during the post; not posted again so it cannot arrive twice" }, cancellationToken).ConfigureAwait(false);
            LogUncertain(logger, alert.DocumentId, alert.AlertId);
            return null;
        }

        var search = await store.GetAsync(alert.AlertId, cancellationToken).ConfigureAwait(false);
        var document = index.Searcher.GetDocument(alert.DocumentId);
        if (search is null || document is null)
        {
            var reason = search is null ? "the saved search was deleted" : "the document is no longer in the index";
            await store.WriteDeliveryAsync(record with { State = DeliveryState.Failed, Reason = reason }, cancellationToken).ConfigureAwait(false);
            return null;
        }

        var attempt = record.Attempts + 1;
        record = await store.WriteDeliveryAsync(record with { State = DeliveryState.Sending, Attempts = attempt, Title = document.Title, Url = document.Url }, cancellationToken).ConfigureAwait(false);
        var (delivered, status, failure) = await sender.PostAsync(search, document, cancellationToken).ConfigureAwait(false);
        if (delivered)
        {
            await store.WriteDeliveryAsync(record with { State = DeliveryState.Delivered, HttpStatus = status, Reason = null, DeliveredAt = time.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
            LogDelivered(logger, alert.DocumentId, alert.AlertId, attempt);
            return null;
        }

        if (attempt >= options.MaxAttempts)
        {
            await store.WriteDeliveryAsync(record with { State = DeliveryState.Failed, HttpStatus = status, Reason = $"gave up after {attempt} attempts; last: {failure}" }, cancellationToken).ConfigureAwait(false);
            LogGaveUp(logger, alert.DocumentId, alert.AlertId, attempt, failure);
            return null;
        }

        var delay = options.Backoff(attempt);
        await store.WriteDeliveryAsync(record with { State = DeliveryState.Retrying, HttpStatus = status, Reason = failure }, cancellationToken).ConfigureAwait(false);
        LogRetrying(logger, alert.DocumentId, alert.AlertId, attempt, failure, delay);
        return delay;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivered document {DocumentId} to the webhook of saved search {AlertId} (attempt {Attempt})")]
    private static partial void LogDelivered(ILogger logger, string documentId, string alertId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Posting document {DocumentId} for saved search {AlertId} failed (attempt {Attempt}): {Reason}; trying again in {Delay}")]
    private static partial void LogRetrying(ILogger logger, string documentId, string alertId, int attempt, string? reason, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gave up posting document {DocumentId} for saved search {AlertId} after {Attempts} attempts: {Reason}")]
    private static partial void LogGaveUp(ILogger logger, string documentId, string alertId, int attempts, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Document {DocumentId} for saved search {AlertId} was being posted when the host stopped; marked uncertain, not posted again")]
    private static partial void LogUncertain(ILogger logger, string documentId, string alertId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue message {MessageId} is not an alert delivery and was removed")]
    private static partial void LogBadMessage(ILogger logger, string messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivering queue message {MessageId} failed on storage; it comes back after its hold")]
    private static partial void LogProcessFailed(ILogger logger, Exception exception, string messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Polling queue {Queue} failed")]
    private static partial void LogPollFailed(ILogger logger, Exception exception, string queue);
}

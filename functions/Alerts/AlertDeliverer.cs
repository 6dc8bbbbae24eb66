using NetralitasSearch.Functions.Ingestion;
using NetralitasSearch.Functions.Triggers;

namespace NetralitasSearch.Functions.Alerts;

/// <summary>
/// Delivers one message of the alerts queue (the DeliverAlert function): each names a saved search and a document,
/// posted to the search's webhook or mailed to its address (<see cref="EmailSender"/>). The post is made under a lease on the pair's lock blob (two instances, or a duplicated message, never post at once),
/// and the delivery record decides: delivered, failed or uncertain means done; otherwise the record is written as
/// "sending", the webhook posted, and the record written as delivered, or as retrying with a new message that becomes
/// visible after a doubling delay (<see cref="AlertOptions.Backoff"/>) until <see cref="AlertOptions.MaxAttempts"/>
/// attempts fail. A record still "sending" when its message comes back means the host died during that post: it
/// becomes "uncertain" and is not posted again, since the promise is never twice. Storage errors are thrown: the
/// queue brings the message back.
/// </summary>
public sealed partial class AlertDeliverer(
    AlertStore store,
    WebhookSender sender,
    EmailSender mailer,
    IndexService index,
    AlertOptions options,
    HostReadiness readiness,
    TimeProvider time,
    ILogger<AlertDeliverer> logger)
{
    /// <summary>How long a lock is held while one post runs (longer than the webhook timeout).</summary>
    private static readonly TimeSpan Hold = TimeSpan.FromSeconds(60);

    /// <summary>When the pair is locked by another worker, look again after this.</summary>
    private static readonly TimeSpan BusyDelay = TimeSpan.FromSeconds(2);

    public async Task DeliverAsync(string text, CancellationToken cancellationToken = default)
    {
        await readiness.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (AlertMessage.TryParse(text ?? "") is not { } alert)
        {
            // Not ours to retry: the message is dropped with a line in the log.
            LogBadMessage(logger, text?.Length ?? 0);
            return;
        }

        var lease = await store.TryLockAsync(alert.AlertId, alert.DocumentId, Hold, cancellationToken).ConfigureAwait(false);
        if (lease is null)
        {
            await store.EnqueueAsync(alert, BusyDelay, cancellationToken).ConfigureAwait(false);
            return;
        }

        try
        {
            if (await DeliverAsync(alert, cancellationToken).ConfigureAwait(false) is { } delay)
            {
                await store.EnqueueAsync(alert, delay, cancellationToken).ConfigureAwait(false);
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
        var (delivered, status, failure) = search.Email is not null
            ? await mailer.SendAsync(search, document, cancellationToken).ConfigureAwait(false)
            : await sender.PostAsync(search, document, cancellationToken).ConfigureAwait(false);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivered document {DocumentId} for saved search {AlertId} (attempt {Attempt})")]
    private static partial void LogDelivered(ILogger logger, string documentId, string alertId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Posting document {DocumentId} for saved search {AlertId} failed (attempt {Attempt}): {Reason}; trying again in {Delay}")]
    private static partial void LogRetrying(ILogger logger, string documentId, string alertId, int attempt, string? reason, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gave up posting document {DocumentId} for saved search {AlertId} after {Attempts} attempts: {Reason}")]
    private static partial void LogGaveUp(ILogger logger, string documentId, string alertId, int attempts, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Document {DocumentId} for saved search {AlertId} was being posted when the host stopped; marked uncertain, not posted again")]
    private static partial void LogUncertain(ILogger logger, string documentId, string alertId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A message of {Length} characters on the alerts queue is not an alert delivery and was dropped")]
    private static partial void LogBadMessage(ILogger logger, int length);
}

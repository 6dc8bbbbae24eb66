using NetralitasSearch.Functions.Ingestion;
using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Functions.Alerts;

/// <summary>
/// Checks every newly indexed document against every saved search, with the search engine itself (the saved search
/// restricted to the document, all words required), and queues one delivery per match. The message is queued before
/// the pending record is written: a crash between the two leaves a message whose record the delivery service
/// creates, never a record without a message. A document with a record already (a re-ingested blob, a retry) is not
/// queued again.
/// </summary>
public sealed partial class AlertMatcher(AlertStore store, IndexService index, TimeProvider time, ILogger<AlertMatcher> logger) : IDocumentIndexedObserver
{
    public async Task OnIndexedAsync(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var search in await store.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            var (request, error) = search.ToRequest();
            if (request is null)
            {
                LogUnreadable(logger, search.Id, error);
                continue;
            }

            var outcome = index.Searcher.Search(SavedSearch.ForDocument(request, document.Id));
            if (!outcome.IsSuccess)
            {
                LogUnreadable(logger, search.Id, outcome.Error.Message);
                continue;
            }

            if (outcome.Response.Total == 0 || await store.GetDeliveryAsync(search.Id, document.Id, cancellationToken).ConfigureAwait(false) is not null)
            {
                continue;
            }

            await store.EnqueueAsync(new AlertMessage(search.Id, document.Id), cancellationToken: cancellationToken).ConfigureAwait(false);
            var now = time.GetUtcNow();
            await store.WriteDeliveryAsync(new AlertDelivery
            {
                AlertId = search.Id,
                DocumentId = document.Id,
                State = DeliveryState.Pending,
                Title = document.Title,
                Url = document.Url,
                MatchedAt = now,
            }, cancellationToken).ConfigureAwait(false);
            LogMatched(logger, document.Id, search.Id, search.Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Document {DocumentId} matches saved search {AlertId} ({AlertName}); delivery queued")]
    private static partial void LogMatched(ILogger logger, string documentId, string alertId, string alertName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Saved search {AlertId} no longer reads as a search and is skipped: {Error}")]
    private static partial void LogUnreadable(ILogger logger, string alertId, string? error);
}

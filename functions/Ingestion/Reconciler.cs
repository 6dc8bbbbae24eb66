using System.Diagnostics;
using NetralitasSearch.Functions.Functions;
using NetralitasSearch.Functions.Triggers;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Ingestion;

/// <summary>
/// Compares the four places an article lives — its blob, its receipt (the ledger), its stored document and its
/// index entry — and repairs what disagrees: missing work is queued again, orphans are removed, documents missing
/// from the index are indexed again. Runs when the host starts and on demand (POST /api/admin/reconcile). In the writer
/// role the index compared is the published copy this host searches, and its repairs go to the writer on the change
/// queue: the writer reads each document again, so a copy a little behind costs work, never a change.
/// </summary>
public sealed partial class Reconciler(
    IBlobStore blobs,
    StorageOptions storage,
    IndexService index,
    DocumentStore documents,
    [FromKeyedServices(IngestArticleFunction.Name)] BlobReceipts receipts,
    [FromKeyedServices(IngestArticleFunction.Name)] BlobChangeScanner scanner,
    ILogger<Reconciler> logger)
{
    private readonly SemaphoreSlim running = new(1, 1);

    public async Task<ReconcileReport> ReconcileAsync(CancellationToken cancellationToken = default)
    {
        await running.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Under the scanner's lock: the two never enqueue the same blob at the same time.
            return await scanner.ExclusiveAsync(RunAsync, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            running.Release();
        }
    }

    private async Task<ReconcileReport> RunAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        // Read in the order data is written (document, then index; blob before document), so that work finishing
        // while we read never looks like an orphan: index ids first, then stored documents, then blobs.
        var indexed = index.Ids();
        var stored = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var item in blobs.ListAsync(storage.DocumentsContainer, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (item.Name.EndsWith(".json", StringComparison.Ordinal))
            {
                stored.Add(item.Name[..^".json".Length]);
            }
        }

        var articles = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var blob in blobs.ListAsync(storage.ArticlesContainer, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            articles[blob.Name] = blob.ETag;
        }

        var ledger = await receipts.ListAsync(storage.ArticlesContainer, cancellationToken).ConfigureAwait(false);
        var expected = articles.Keys.ToDictionary(name => DocumentId.ForBlob(storage.ArticlesContainer, name), name => name, StringComparer.Ordinal);

        var work = new List<(string Name, string ETag, BlobReceiptSummary? Receipt, string Reason, bool Force)>();
        foreach (var (name, etag) in articles)
        {
            var receipt = ledger.GetValueOrDefault(name);
            var done = receipt is { Status: BlobReceiptStatus.Processed or BlobReceiptStatus.Skipped } && receipt.ETag == etag;
            var finishedOtherwise = receipt is { Status: BlobReceiptStatus.Failed or BlobReceiptStatus.Poisoned } && receipt.ETag == etag;
            var inFlight = receipt is { Status: BlobReceiptStatus.Queued or BlobReceiptStatus.Processing } && receipt.ETag == etag
                && receipt.UpdatedAt is { } updated && DateTimeOffset.UtcNow - updated < BlobChangeScanner.PendingTimeout;
            var documentMissing = done && !stored.Contains(DocumentId.ForBlob(storage.ArticlesContainer, name));
            if ((!done && !finishedOtherwise && !inFlight) || documentMissing)
            {
                work.Add((name, etag, receipt, documentMissing ? "Reconciliation: the stored document was missing." : "Reconciliation: no finished receipt for this version.", documentMissing));
            }
        }


        var orphanDocuments = 0;
        foreach (var id in stored.Where(id => !expected.ContainsKey(id)).ToList())
        {
            // Documents of other sources (a future container) keep their own ids; only articles' ids are ours to judge.
            await documents.DeleteAsync(id, cancellationToken).ConfigureAwait(false);
            await index.DeleteAsync(id, cancellationToken).ConfigureAwait(false);
            stored.Remove(id);
            orphanDocuments++;
        }

        var orphanEntries = 0;
        foreach (var id in indexed.Where(id => !stored.Contains(id)))
        {
            await index.DeleteAsync(id, cancellationToken).ConfigureAwait(false);
            orphanEntries++;
        }

        var reindexed = 0;
        var batch = new List<Document>();
        foreach (var id in stored.Where(id => !indexed.Contains(id)))
        {
            var content = await blobs.DownloadAsync(storage.DocumentsContainer, DocumentStore.BlobName(id), cancellationToken: cancellationToken).ConfigureAwait(false);
            if (content is not null && DocumentJson.TryDeserialize(content.Content.Span) is { } document)
            {
                batch.Add(document);
                reindexed++;
            }
        }

        await index.UpsertAsync(batch, cancellationToken).ConfigureAwait(false);

        // Queued last: the ingestion a message starts may finish at once, and the steps above, which work from what
        // was read before, must not undo it (an index entry removed as an orphan after its document was written again).
        await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (item, token) =>
            await scanner.EnqueueAsync(item.Name, item.ETag, item.Receipt, item.Reason, item.Force, token).ConfigureAwait(false)).ConfigureAwait(false);
        var enqueued = work.Count;
        var report = new ReconcileReport
        {
            Blobs = articles.Count,
            Documents = stored.Count,
            Indexed = index.Count(),
            Enqueued = enqueued,
            OrphanDocumentsRemoved = orphanDocuments,
            OrphanIndexEntriesRemoved = orphanEntries,
            Reindexed = reindexed,
            ElapsedMs = stopwatch.ElapsedMilliseconds,
        };
        LogReconciled(logger, report.Blobs, report.Enqueued, report.OrphanDocumentsRemoved, report.OrphanIndexEntriesRemoved, report.Reindexed, report.ElapsedMs);
        return report;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reconciled {Blobs} blobs: {Enqueued} queued again, {Documents} orphan documents and {Entries} orphan index entries removed, {Reindexed} indexed again from documents ({ElapsedMs} ms)")]
    private static partial void LogReconciled(ILogger logger, int blobs, int enqueued, int documents, int entries, int reindexed, long elapsedMs);
}

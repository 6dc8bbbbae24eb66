using System.Globalization;
using Microsoft.Azure.Functions.Worker;
using NetralitasSearch.Functions.Ingestion;
using NetralitasSearch.Functions.Ledger;
using NetralitasSearch.Functions.Triggers;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Functions;

/// <summary>
/// GET /api/ingest/status (admin): what happened to every file — counts of articles by state (from their receipts,
/// plus blobs not seen yet), recent failures with their reasons (paged), the fetched URLs of the scraper, the queues.
/// </summary>
public sealed class IngestStatusFunction(
    IBlobStore blobs,
    IQueueStore queues,
    StorageOptions storage,
    IndexService index,
    LedgerStore ledger,
    [FromKeyedServices(IngestArticleFunction.Name)] BlobReceipts receipts)
{
    public const string Name = "IngestStatus";

    [Function(Name)]
    public async Task<IResult> RunAsync([HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/ingest/status")] HttpRequest request, CancellationToken cancellationToken = default)
    {
        var page = Number(request.Query["page"].FirstOrDefault(), 1, 1, 1000);
        var size = Number(request.Query["size"].FirstOrDefault(), 20, 1, 100);
        if (page is null || size is null)
        {
            return Results.Json(new { error = "'page' is a number from 1 to 1000 and 'size' from 1 to 100." }, DocumentJson.Options, statusCode: StatusCodes.Status400BadRequest);
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var blob in blobs.ListAsync(storage.ArticlesContainer, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            names.Add(blob.Name);
        }

        var known = await receipts.ListAsync(storage.ArticlesContainer, cancellationToken).ConfigureAwait(false);
        var states = Enum.GetValues<BlobReceiptStatus>().ToDictionary(State, _ => 0, StringComparer.Ordinal);
        foreach (var receipt in known.Values)
        {
            states[State(receipt.Status)]++;
        }

        states["unseen"] = names.Count(name => !known.ContainsKey(name));
        var failures = known.Values.Where(r => r.Status is BlobReceiptStatus.Failed or BlobReceiptStatus.Poisoned).OrderByDescending(r => r.UpdatedAt).ToList();
        var failurePage = new List<object>();
        foreach (var summary in failures.Skip((page.Value - 1) * size.Value).Take(size.Value))
        {
            var receipt = await receipts.GetAsync(storage.ArticlesContainer, summary.Name, cancellationToken).ConfigureAwait(false);
            failurePage.Add(new { name = summary.Name, status = State(summary.Status), reason = receipt?.Reason, attempts = receipt?.Attempts, updated_at = summary.UpdatedAt });
        }

        var urlStates = new Dictionary<string, int>(StringComparer.Ordinal);
        var urlFailures = new List<string>();
        await foreach (var (blobName, _, state, _) in ledger.ListAsync("url", cancellationToken).ConfigureAwait(false))
        {
            var key = LedgerStore.State(state);
            urlStates[key] = urlStates.GetValueOrDefault(key) + 1;
            if (state == LedgerState.Failed && urlFailures.Count < size)
            {
                urlFailures.Add(blobName);
            }
        }

        var recentUrlFailures = new List<object>();
        foreach (var blobName in urlFailures)
        {
            if (await ledger.ReadAsync(blobName, cancellationToken).ConfigureAwait(false) is { } entry)
            {
                recentUrlFailures.Add(new { url = entry.Key, reason = entry.Reason, attempts = entry.Attempts, updated_at = entry.UpdatedAt });
            }
        }

        return Results.Json(new
        {
            articles = new { blobs = names.Count, states, failures_total = failures.Count, recent_failures = failurePage, page, size },
            urls = new { states = urlStates, recent_failures = recentUrlFailures },
            queues = new Dictionary<string, int>
            {
                [storage.IngestQueue] = await queues.ApproximateCountAsync(storage.IngestQueue, cancellationToken).ConfigureAwait(false),
                [storage.PoisonQueue] = await queues.ApproximateCountAsync(storage.PoisonQueue, cancellationToken).ConfigureAwait(false),
            },
            documents = index.Count(),
        }, DocumentJson.Options);
    }

    /// <summary>The state names users see: "indexed" for what IngestArticle processed.</summary>
    public static string State(BlobReceiptStatus status) => status == BlobReceiptStatus.Processed ? "indexed" : status.ToString().ToLowerInvariant();

    private static int? Number(string? text, int fallback, int min, int max) =>
        string.IsNullOrEmpty(text) ? fallback
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value
        : null;
}

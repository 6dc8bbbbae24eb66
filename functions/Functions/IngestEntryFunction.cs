using Microsoft.Azure.Functions.Worker;
using NetralitasSearch.Functions.Ledger;
using NetralitasSearch.Functions.Triggers;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Functions;

/// <summary>
/// GET /api/ingest/entry?kind=article|url&amp;key=... (admin): the ledger entry of one article blob (its receipt) or one
/// fetched URL, as the upload form shows progress. 404 while nothing is known of it yet.
/// </summary>
public sealed class IngestEntryFunction(StorageOptions storage, LedgerStore ledger, [FromKeyedServices(IngestArticleFunction.Name)] BlobReceipts receipts)
{
    public const string Name = "IngestEntry";

    [Function(Name)]
    public async Task<IResult> RunAsync([HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/ingest/entry")] HttpRequest request, CancellationToken cancellationToken = default)
    {
        var kind = request.Query["kind"].FirstOrDefault() ?? "article";
        var key = request.Query["key"].FirstOrDefault();
        if (string.IsNullOrEmpty(key) || kind is not ("article" or "url"))
        {
            return Results.Json(new { error = "Give kind=article (key = the blob name in articles) or kind=url (key = the URL)." }, DocumentJson.Options, statusCode: StatusCodes.Status400BadRequest);
        }

        if (kind == "article" && BlobNames.HasDotSegments(key))
        {
            return Results.Json(new { error = BlobNames.Explain(key) }, DocumentJson.Options, statusCode: StatusCodes.Status400BadRequest);
        }

        if (kind == "url")
        {
            var entry = await ledger.GetAsync("url", key, cancellationToken).ConfigureAwait(false);
            return entry is null ? NotFound(key) : Results.Json(entry, DocumentJson.Options);
        }

        var receipt = await receipts.GetAsync(storage.ArticlesContainer, key, cancellationToken).ConfigureAwait(false);
        return receipt is null ? NotFound(key) : Results.Json(new
        {
            kind,
            key,
            state = IngestStatusFunction.State(receipt.Status),
            etag = receipt.ETag,
            document_id = DocumentId.ForBlob(storage.ArticlesContainer, key),
            attempts = receipt.Attempts,
            reason = receipt.Reason,
            detail = receipt.Detail,
            queued_at = receipt.QueuedAt,
            started_at = receipt.StartedAt,
            finished_at = receipt.FinishedAt,
            duration_ms = receipt.DurationMs,
            updated_at = receipt.UpdatedAt,
        }, DocumentJson.Options);
    }

    private static IResult NotFound(string key) =>
        Results.Json(new { error = $"Nothing is known of '{key}' yet." }, DocumentJson.Options, statusCode: StatusCodes.Status404NotFound);
}

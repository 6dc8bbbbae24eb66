using System.Diagnostics;
using Microsoft.Azure.Functions.Worker;
using NetralitasSearch.Functions.Ingestion;
using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Functions.Functions;

/// <summary>POST /api/admin/reindex (admin): empty the index and build it again from the stored documents.</summary>
public sealed class ReindexFunction(IndexService index, DocumentStore documents)
{
    public const string Name = "Reindex";

    [Function(Name)]
    public async Task<IResult> RunAsync([HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/admin/reindex")] HttpRequest request, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        index.Clear();
        var (total, unreadable) = await index.IndexStoredAsync(documents, cancellationToken).ConfigureAwait(false);
        return Results.Json(new { reindexed = total, unreadable, elapsed_ms = stopwatch.ElapsedMilliseconds }, DocumentJson.Options);
    }
}

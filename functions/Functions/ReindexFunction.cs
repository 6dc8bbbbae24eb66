using System.Diagnostics;
using NetralitasSearch.Functions.Ingestion;
using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Functions.Functions;

/// <summary>POST /api/admin/reindex (admin): empty the index and build it again from the stored documents.</summary>
public sealed class ReindexFunction(IndexService index, DocumentStore documents)
{
    public async Task<IResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        index.Clear();
        var (total, unreadable) = await index.IndexStoredAsync(documents, cancellationToken).ConfigureAwait(false);
        return Results.Json(new { reindexed = total, unreadable, elapsed_ms = stopwatch.ElapsedMilliseconds }, DocumentJson.Options);
    }
}

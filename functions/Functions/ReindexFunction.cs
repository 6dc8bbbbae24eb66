using System.Diagnostics;
using Microsoft.Azure.Functions.Worker;
using NetralitasSearch.Functions.Ingestion;
using NetralitasSearch.Functions.Replication;
using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Functions.Functions;

/// <summary>
/// POST /api/admin/reindex (admin): empty the index and build it again from the stored documents. In the role all
/// this host does it and answers when done; a writer-role host hands it to the writer-lease holder on the change queue
/// (202); a reader has no index of its own to rebuild (409).
/// </summary>
public sealed class ReindexFunction(IndexService index, DocumentStore documents)
{
    public const string Name = "Reindex";

    [Function(Name)]
    public async Task<IResult> RunAsync([HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/admin/reindex")] HttpRequest request, CancellationToken cancellationToken = default)
    {
        switch (index.Role)
        {
            case IndexRole.Reader:
                return ErrorResults.Problem(StatusCodes.Status409Conflict,
                    "This host is a reader: it serves a copy of the index the writer publishes and has none of its own to rebuild. Send the reindex to a host with Index__Role=writer.");
            case IndexRole.Writer:
                await index.RequestReindexAsync(cancellationToken).ConfigureAwait(false);
                return Results.Json(new
                {
                    queued = true,
                    message = "The writer-lease holder will empty the index and rebuild it from the stored documents, then publish it; readers follow. Watch generation in /api/health.",
                }, DocumentJson.Options, statusCode: StatusCodes.Status202Accepted);
            default:
                var stopwatch = Stopwatch.StartNew();
                index.Clear();
                var (total, unreadable) = await index.IndexStoredAsync(documents, cancellationToken).ConfigureAwait(false);
                return Results.Json(new { reindexed = total, unreadable, elapsed_ms = stopwatch.ElapsedMilliseconds }, DocumentJson.Options);
        }
    }
}

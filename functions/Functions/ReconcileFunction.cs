using Microsoft.Azure.Functions.Worker;
using NetralitasSearch.Functions.Ingestion;
using NetralitasSearch.Functions.Replication;
using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Functions.Functions;

/// <summary>
/// POST /api/admin/reconcile (admin): compare blobs, ledger, documents and index now, repair, report. A reader ingests
/// nothing and has no index of its own, so it answers 409 and points to a writer-role host.
/// </summary>
public sealed class ReconcileFunction(Reconciler reconciler, IndexService index)
{
    public const string Name = "Reconcile";

    [Function(Name)]
    public async Task<IResult> RunAsync([HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/admin/reconcile")] HttpRequest request, CancellationToken cancellationToken = default) =>
        index.Role == IndexRole.Reader
            ? ErrorResults.Problem(StatusCodes.Status409Conflict,
                "This host is a reader: it ingests nothing and serves a copy of the published index. Send the reconcile to a host with Index__Role=writer.")
            : Results.Json(await reconciler.ReconcileAsync(cancellationToken).ConfigureAwait(false), DocumentJson.Options);
}

using Microsoft.Azure.Functions.Worker;
using NetralitasSearch.Functions.Ingestion;
using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Functions.Functions;

/// <summary>POST /api/admin/reconcile (admin): compare blobs, ledger, documents and index now, repair, report.</summary>
public sealed class ReconcileFunction(Reconciler reconciler)
{
    public const string Name = "Reconcile";

    [Function(Name)]
    public async Task<IResult> RunAsync([HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/admin/reconcile")] HttpRequest request, CancellationToken cancellationToken = default) =>
        Results.Json(await reconciler.ReconcileAsync(cancellationToken).ConfigureAwait(false), DocumentJson.Options);
}

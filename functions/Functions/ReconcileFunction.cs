using NetralitasSearch.Functions.Ingestion;
using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Functions.Functions;

/// <summary>POST /api/admin/reconcile (admin): compare blobs, ledger, documents and index now, repair, report.</summary>
public sealed class ReconcileFunction(Reconciler reconciler)
{
    public async Task<IResult> RunAsync(CancellationToken cancellationToken = default) =>
        Results.Json(await reconciler.ReconcileAsync(cancellationToken).ConfigureAwait(false), DocumentJson.Options);
}

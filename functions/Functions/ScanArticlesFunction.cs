using Microsoft.Azure.Functions.Worker;
using NetralitasSearch.Functions.Triggers;

namespace NetralitasSearch.Functions.Functions;

/// <summary>
/// ScanArticles (timer): lists the articles container, compares each blob's ETag with its receipt and queues every
/// new, changed or deleted blob on the ingest queue for IngestArticle. On the local runner, where no Event Grid
/// exists, this is how changes are found, every second (host.json <c>netralitas.scanArticlesSchedule</c>); on Azure it
/// is the safety net behind Event Grid, on the schedule the app setting <c>Netralitas__ScanArticlesSchedule</c> gives
/// (deletions, which the blob trigger never reports, lost events, and versions the host gave up on).
/// </summary>
public sealed class ScanArticlesFunction([FromKeyedServices(IngestArticleFunction.Name)] BlobChangeScanner scanner)
{
    public const string Name = "ScanArticles";

    [Function(Name)]
    public async Task RunAsync([TimerTrigger("%Netralitas:ScanArticlesSchedule%")] TimerInfo timer, CancellationToken cancellationToken = default) =>
        await scanner.ScanAsync(cancellationToken).ConfigureAwait(false);
}

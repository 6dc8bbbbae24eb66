using Microsoft.Azure.Functions.Worker;
using NetralitasSearch.Functions.Triggers;

namespace NetralitasSearch.Functions.Functions;

/// <summary>
/// ScanSources (timer): lists the sources container and queues every new, changed or deleted URL list on the fetch
/// queue for FetchArticles, as ScanArticles does for IngestArticle.
/// </summary>
public sealed class ScanSourcesFunction([FromKeyedServices(FetchArticlesFunction.Name)] BlobChangeScanner scanner)
{
    public const string Name = "ScanSources";

    [Function(Name)]
    public async Task RunAsync([TimerTrigger("%Scraper:ScanSourcesSchedule%")] TimerInfo timer, CancellationToken cancellationToken = default) =>
        await scanner.ScanAsync(cancellationToken).ConfigureAwait(false);
}

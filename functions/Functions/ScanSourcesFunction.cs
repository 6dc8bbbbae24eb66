using NetralitasSearch.Functions.Triggers;

namespace NetralitasSearch.Functions.Functions;

/// <summary>
/// ScanSources (timer): lists the sources container and enqueues every new, changed or deleted URL list for
/// FetchArticles, as ScanArticles does for IngestArticle.
/// </summary>
public sealed class ScanSourcesFunction([FromKeyedServices(FetchArticlesFunction.Name)] BlobChangeScanner scanner) : ITimerTriggerFunction
{
    public async Task RunAsync(TimerInfo timer, CancellationToken cancellationToken = default) =>
        await scanner.ScanAsync(cancellationToken).ConfigureAwait(false);
}

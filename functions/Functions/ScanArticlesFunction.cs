using NetralitasSearch.Functions.Triggers;

namespace NetralitasSearch.Functions.Functions;

/// <summary>
/// ScanArticles (timer): lists the articles container and enqueues every new, changed or deleted blob for
/// IngestArticle, the first step of the Functions blob trigger.
/// </summary>
public sealed class ScanArticlesFunction([FromKeyedServices(IngestArticleFunction.Name)] BlobChangeScanner scanner) : ITimerTriggerFunction
{
    public async Task RunAsync(TimerInfo timer, CancellationToken cancellationToken = default) =>
        await scanner.ScanAsync(cancellationToken).ConfigureAwait(false);
}

using Microsoft.Azure.Functions.Worker;
using NetralitasSearch.Functions.Ledger;
using NetralitasSearch.Functions.Scraping;
using NetralitasSearch.Functions.Triggers;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Functions;

/// <summary>
/// PollFeeds (timer, <see cref="ScraperOptions.PollFeedsSchedule"/>): reads every registered feed and sitemap not
/// read for half a schedule again; their new items go to FetchArticles as a URL list, items seen before are not
/// fetched again. Feeds are claimed under a short blob lease, so several host instances share the work instead of
/// repeating it.
/// </summary>
public sealed partial class PollFeedsFunction(
    FeedRegistry registry,
    UrlArchiver archiver,
    IBlobStore blobs,
    StorageOptions storage,
    ScraperOptions options,
    TimeProvider time,
    ILogger<PollFeedsFunction> logger)
{
    public const string Name = "PollFeeds";

    private const string LockName = "locks/poll-feeds";

    private static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(15);

    [Function(Name)]
    public async Task RunAsync([TimerTrigger("%Scraper:PollFeedsSchedule%")] TimerInfo timer, CancellationToken cancellationToken = default)
    {
        var lease = await blobs.TryAcquireLeaseAsync(storage.HostContainer, LockName, LeaseDuration, cancellationToken).ConfigureAwait(false);
        if (lease is null)
        {
            return;
        }

        IReadOnlyList<FeedState> due;
        try
        {
            due = await registry.ClaimDueAsync(time.GetUtcNow(), TimerSchedule.Parse(options.PollFeedsSchedule, "Scraper:PollFeedsSchedule").Interval(time.GetUtcNow()) / 2, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await blobs.ReleaseLeaseAsync(storage.HostContainer, LockName, lease, CancellationToken.None).ConfigureAwait(false);
        }

        if (due.Count == 0)
        {
            return;
        }

        var urls = due.Select(feed => Uri.TryCreate(feed.Url, UriKind.Absolute, out var url) ? url : null).OfType<Uri>();
        var outcomes = await archiver.ArchiveAllAsync(urls, Name, cancellationToken).ConfigureAwait(false);
        foreach (var failed in outcomes.Where(outcome => outcome.State != LedgerState.Fetched))
        {
            if (due.FirstOrDefault(feed => feed.Url == failed.Url) is { } state)
            {
                await registry.SaveAsync(state with { LastError = failed.Reason ?? failed.State.ToString() }, cancellationToken).ConfigureAwait(false);
            }
        }

        LogPolled(logger, due.Count, outcomes.Sum(outcome => outcome.NewItems), outcomes.Count(outcome => outcome.State != LedgerState.Fetched));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Polled {Feeds} feeds: {NewItems} new items, {Failed} feeds failed")]
    private static partial void LogPolled(ILogger logger, int feeds, int newItems, int failed);
}

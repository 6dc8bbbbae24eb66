using NetralitasSearch.Functions.Ledger;
using NetralitasSearch.Functions.Triggers;
using NetralitasSearch.Indexer.Parsing;

namespace NetralitasSearch.Functions.Scraping;

/// <summary>
/// What FetchArticles does with one version of a URL list (a <c>.txt</c> blob in sources, one URL a line): archived
/// pages in the articles container (where IngestArticle takes them on) and expanded feeds. Each URL and each line that
/// is not one gets a ledger entry; the list's own receipt sums them up. A deleted list leaves what it archived in
/// place: archived pages are evidence.
/// </summary>
public sealed partial class UrlListFetching(UrlArchiver archiver, ScraperOptions options, ILogger<UrlListFetching> logger) : IBlobHandler
{
    public async Task<FunctionResult> RunAsync(BlobTriggerInput blob, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blob);
        if (blob.IsDeleted)
        {
            return FunctionResult.Success("list deleted; the pages archived from it stay");
        }

        if (!blob.Name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            return FunctionResult.Failed("The sources container takes URL lists: .txt files with one URL a line.");
        }

        if (blob.IsTooLarge || blob.Content is not { } content)
        {
            return FunctionResult.Failed($"The list is {blob.Length:N0} bytes, above the host's limit for one blob.");
        }

        if (ContentSniffer.Sniff(blob.Name, content.Span) is ContentKind.Pdf or ContentKind.Binary)
        {
            return FunctionResult.Failed("The list is not text: a URL list is a .txt file with one URL a line.");
        }

        var list = UrlListParser.Parse(TextDecoder.Decode(content.Span, blob.ContentType), options.MaxUrlsPerList);
        foreach (var line in list.Rejected)
        {
            await archiver.RecordRejectedAsync(line, blob.Name, cancellationToken).ConfigureAwait(false);
        }

        var outcomes = await archiver.ArchiveAllAsync(list.Urls, blob.Name, cancellationToken).ConfigureAwait(false);
        var fetched = outcomes.Count(o => o.State == LedgerState.Fetched);
        var summary = $"{list.Urls.Count} URLs: {fetched} fetched (new versions: {outcomes.Count(o => o.NewVersion)}, new feed items: {outcomes.Sum(o => o.NewItems)}), "
            + $"{outcomes.Count(o => o.State == LedgerState.SkippedRobots)} skipped by robots.txt, {outcomes.Count(o => o.State == LedgerState.Failed)} failed; rejected lines: {list.Rejected.Count}";
        LogFetchedList(logger, blob.Name, summary);
        return FunctionResult.Success(summary);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "URL list {List}: {Summary}")]
    private static partial void LogFetchedList(ILogger logger, string list, string summary);
}

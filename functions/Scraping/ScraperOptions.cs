using NetralitasSearch.Functions.Triggers;

namespace NetralitasSearch.Functions.Scraping;

/// <summary>
/// How the scraper behaves on other people's servers and on ours. Read from host.json's <c>scraper</c> section
/// (the deployment's defaults), then from the <c>Scraper</c> settings (local.settings.json Values, environment
/// <c>Scraper__PerHostDelay</c>), which win.
/// </summary>
public sealed class ScraperOptions
{
    public const string Section = "Scraper";

    public const string HostJsonSection = "AzureFunctionsJobHost:scraper";

    /// <summary>
    /// Fetch loopback, private, link-local and other non-public addresses. Off by default: a URL list must not
    /// become a way to probe the operator's own network. The tests turn it on to reach their server on 127.0.0.1.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>Sent with every request; its first token ("NetralitasSearch") is what robots.txt groups are matched against.</summary>
    public string UserAgent { get; set; } = "NetralitasSearch/1.0 (news archiver for research on civil-servant neutrality in Indonesian elections)";

    /// <summary>The pause between the end of one request to a host and the start of the next (one request at a time per host).</summary>
    public TimeSpan PerHostDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest one request may take, from connecting to the last byte of the body.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A page or feed above this many bytes (after decompression) is not kept.</summary>
    public long MaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Redirects followed for one URL; one more is a failure.</summary>
    public int MaxRedirects { get; set; } = 5;

    /// <summary>How long a site's robots.txt is trusted before it is fetched again.</summary>
    public TimeSpan RobotsCacheDuration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often ScanSources lists the sources container: a TimerTrigger schedule (interval or CRON, <see cref="TimerSchedule"/>).</summary>
    public string ScanSourcesSchedule { get; set; } = "00:00:01";

    /// <summary>How often PollFeeds re-reads the registered feeds and sitemaps for new items (interval or CRON).</summary>
    public string PollFeedsSchedule { get; set; } = "00:15:00";

    /// <summary>Hosts fetched at once by one invocation (each host still gets one request at a time).</summary>
    public int MaxParallelHosts { get; set; } = 4;

    /// <summary>URLs read from one list; the lines after are reported as rejected.</summary>
    public int MaxUrlsPerList { get; set; } = 2000;

    /// <summary>Items taken from one feed or sitemap per poll (the newest first, where the feed dates them).</summary>
    public int MaxFeedItems { get; set; } = 200;

    /// <summary>Child sitemaps read from one sitemap index (one level deep; an index inside an index is not followed).</summary>
    public int MaxSitemapChildren { get; set; } = 20;

    /// <summary>Item URLs a feed remembers as seen; the oldest are forgotten beyond this.</summary>
    public int MaxSeenItems { get; set; } = 5000;

    /// <summary>The product token of <see cref="UserAgent"/>: what robots.txt calls this crawler.</summary>
    public string ProductToken
    {
        get
        {
            var token = UserAgent.Trim();
            var end = token.IndexOfAny(['/', ' ']);
            return end > 0 ? token[..end] : token;
        }
    }

    /// <summary>Host.json's section first, then the settings; a nonsensical value stops the host at start.</summary>
    public static ScraperOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new ScraperOptions();
        configuration.GetSection(HostJsonSection).Bind(options);

        // The private-address switch is a per-machine safety setting: a checked-in host.json must not turn it on.
        options.AllowPrivateAddresses = false;
        configuration.GetSection(Section).Bind(options);
        options.Validate();
        return options;
    }

    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(UserAgent, nameof(UserAgent));
        ArgumentOutOfRangeException.ThrowIfLessThan(PerHostDelay, TimeSpan.Zero, nameof(PerHostDelay));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Timeout, TimeSpan.Zero, nameof(Timeout));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBytes, 1024, nameof(MaxBytes));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRedirects, nameof(MaxRedirects));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxRedirects, 20, nameof(MaxRedirects));
        TimerSchedule.Parse(ScanSourcesSchedule, "Scraper:ScanSourcesSchedule");
        TimerSchedule.Parse(PollFeedsSchedule, "Scraper:PollFeedsSchedule");
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxParallelHosts, 1, nameof(MaxParallelHosts));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxUrlsPerList, 1, nameof(MaxUrlsPerList));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxFeedItems, 1, nameof(MaxFeedItems));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxSitemapChildren, nameof(MaxSitemapChildren));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxSeenItems, MaxFeedItems, nameof(MaxSeenItems));
    }
}

namespace NetralitasSearch.Functions.Scraping;

/// <summary>
/// A registered feed or sitemap (<c>feeds/{hash}.json</c>): its URL, what it is, when it was last polled, and the
/// item URLs already handed to FetchArticles, so a poll fetches only new ones. <see cref="Seen"/> keeps the newest
/// <see cref="ScraperOptions.MaxSeenItems"/>, oldest first.
/// </summary>
public sealed record FeedState
{
    public required string Url { get; init; }

    public FeedKind? Kind { get; init; }

    public DateTimeOffset RegisteredAt { get; init; }

    /// <summary>The URL list that first listed the feed.</summary>
    public string? RegisteredBy { get; init; }

    public DateTimeOffset? LastPolledAt { get; init; }

    /// <summary>Items new at the last successful poll.</summary>
    public int LastNewItems { get; init; }

    /// <summary>Why the last poll failed; null when it succeeded.</summary>
    public string? LastError { get; init; }

    public IReadOnlyList<string> Seen { get; init; } = [];
}

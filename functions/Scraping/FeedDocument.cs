namespace NetralitasSearch.Functions.Scraping;

/// <summary>
/// A feed or sitemap as read: its kind and items (for a sitemap index, the child sitemaps), or why the XML is not
/// one (<see cref="Failure"/>), a value rather than an exception because sites serve anything under any name.
/// </summary>
public sealed record FeedDocument(FeedKind? Kind, IReadOnlyList<FeedItem> Items, string? Failure = null)
{
    public bool IsFeed => Kind is not null;

    public static FeedDocument NotAFeed(string reason) => new(null, [], reason);
}

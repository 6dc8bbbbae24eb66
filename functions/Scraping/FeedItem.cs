namespace NetralitasSearch.Functions.Scraping;

/// <summary>One entry of a feed or sitemap: its URL (absolute, normalised) and, when the feed says, when it changed.</summary>
public sealed record FeedItem(Uri Url, DateTimeOffset? Updated = null);

namespace NetralitasSearch.Functions.Scraping;

/// <summary>The kinds of XML the scraper expands into article URLs. Kebab-case in JSON ("sitemap-index").</summary>
public enum FeedKind
{
    Rss,
    Atom,
    Sitemap,
    SitemapIndex,
}

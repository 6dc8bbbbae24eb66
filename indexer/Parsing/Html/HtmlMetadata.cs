namespace NetralitasSearch.Indexer.Parsing.Html;

/// <summary>Everything the head of a page and its JSON-LD say about the article.</summary>
internal sealed record HtmlMetadata
{
    public string? OgTitle { get; init; }

    public string? DocumentTitle { get; init; }

    /// <summary>og:site_name, or application-name.</summary>
    public string? SiteName { get; init; }

    public string? CanonicalUrl { get; init; }

    /// <summary>The meta author; some outlets put their own name there.</summary>
    public string? Author { get; init; }

    /// <summary>Machine-readable publication dates, best source first.</summary>
    public IReadOnlyList<string> PublishedValues { get; init; } = [];

    public JsonLdArticle? JsonLd { get; init; }
}

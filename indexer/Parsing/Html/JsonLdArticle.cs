namespace NetralitasSearch.Indexer.Parsing.Html;

/// <summary>What a JSON-LD NewsArticle block says about the page.</summary>
internal sealed record JsonLdArticle(string? Headline, string? DatePublished, string? Author, string? Publisher, string? Url);

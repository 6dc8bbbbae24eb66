namespace NetralitasSearch.Indexer.Evaluation;

/// <summary>One CLICK-ID article: id, headline, date (YYYY-MM-DD), outlet domain, URL and body (paragraphs on lines).</summary>
public sealed record ClickIdArticle(string Id, string Title, string Date, string Source, string Url, string Text);

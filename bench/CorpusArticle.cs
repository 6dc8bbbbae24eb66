namespace NetralitasSearch.Bench;

/// <summary>One article of the benchmark corpus.</summary>
internal sealed record CorpusArticle(string Id, string Title, string Date, string Source, string Url, string Text);

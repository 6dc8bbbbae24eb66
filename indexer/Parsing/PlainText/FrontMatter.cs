namespace NetralitasSearch.Indexer.Parsing.PlainText;

/// <summary>What a text or Markdown file's front matter says about it; each field null when absent or refused.</summary>
/// <param name="Body">The file's text after the front matter.</param>
internal sealed record FrontMatter(string Body)
{
    public string? Title { get; init; }

    /// <summary>The outlet (source, outlet, media, publisher, site_name ...).</summary>
    public string? Source { get; init; }

    /// <summary>An absolute http or https URL.</summary>
    public string? Url { get; init; }

    public DateOnly? Published { get; init; }

    public string? Author { get; init; }
}

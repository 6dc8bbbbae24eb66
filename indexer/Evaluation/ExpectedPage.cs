namespace NetralitasSearch.Indexer.Evaluation;

/// <summary>One page of a parsing set and what the parser should take from it.</summary>
/// <param name="Page">The saved page.</param>
/// <param name="Published">yyyy-MM-dd, or null when the page has no date.</param>
/// <param name="Url">The canonical URL; null with <paramref name="ChecksUrl"/> false when the set does not say.</param>
public sealed record ExpectedPage(string Page, string Title, string Body, string? Published, string? Outlet, string? Author, string? Url, bool ChecksUrl)
{
    /// <summary>For a circular: its number, subject, issuer and date (yyyy-MM-dd) as they must be read; null otherwise.</summary>
    public IReadOnlyDictionary<string, string>? Circular { get; init; }
}

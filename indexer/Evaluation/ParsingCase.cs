namespace NetralitasSearch.Indexer.Evaluation;

/// <summary>How one fixture page was parsed against its expected.json.</summary>
public sealed record ParsingCase(string File, double BodyF1, bool TitleMatches, bool PublishedMatches, string? Failure, string ExpectedTitle, string? ActualTitle, string? ExpectedPublished, string? ActualPublished)
{
    public bool OutletMatches { get; init; }

    public bool AuthorMatches { get; init; }

    /// <summary>Whether the canonical URL matches; pages whose expected.json has no "url" key count as matching.</summary>
    public bool UrlMatches { get; init; } = true;
}

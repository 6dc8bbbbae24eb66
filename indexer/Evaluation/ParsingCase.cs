namespace NetralitasSearch.Indexer.Evaluation;

/// <summary>How one page was parsed against what is expected of it.</summary>
public sealed record ParsingCase(string File, double BodyF1, bool TitleMatches, bool PublishedMatches, string? Failure, string ExpectedTitle, string? ActualTitle, string? ExpectedPublished, string? ActualPublished)
{
    public double BodyPrecision { get; init; }

    public double BodyRecall { get; init; }

    /// <summary>Whether the expected body has any words; a page without one is not counted as a missing body.</summary>
    public bool ExpectsBody { get; init; } = true;

    /// <summary>A body was expected and none of its words came out (no text at all, or only other words).</summary>
    public bool BodyMissing => ExpectsBody && BodyF1 == 0;

    public bool OutletMatches { get; init; }

    public bool AuthorMatches { get; init; }

    /// <summary>Whether a circular's number, subject, issuer and date all match; null when the page is not expected to be one.</summary>
    public bool? CircularMatches { get; init; }

    /// <summary>Whether the canonical URL matches; pages whose expected.json has no "url" key count as matching.</summary>
    public bool UrlMatches { get; init; } = true;
}

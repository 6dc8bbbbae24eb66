namespace NetralitasSearch.Indexer.Documents;

/// <summary>
/// Where and when a fetched page was archived: the evidence trail of a document that came from the web rather
/// than from an uploaded file. Regional outlets rewrite or delete articles, so this says which copy was read.
/// </summary>
public sealed record ArchiveInfo
{
    /// <summary>The URL as it was listed (normalised), before any redirect.</summary>
    public required string SourceUrl { get; init; }

    /// <summary>The URL the page was finally read from, after redirects.</summary>
    public required string FinalUrl { get; init; }

    public required DateTimeOffset FetchedAt { get; init; }

    public int HttpStatus { get; init; }

    /// <summary>The Content-Type header the site sent.</summary>
    public string? ContentType { get; init; }
}

namespace NetralitasSearch.Functions.Scraping;

/// <summary>
/// One URL fetched, or not: the URL asked for, the URL the answer came from after redirects, the status and
/// content type the site sent, the body (only when <see cref="FetchOutcome.Fetched"/>), and for anything else the
/// reason in plain words ("HTTP 404 Not Found", "timed out after 30 s").
/// </summary>
public sealed record FetchResult
{
    public required FetchOutcome Outcome { get; init; }

    public required Uri RequestedUrl { get; init; }

    /// <summary>The last URL requested (the requested one when there was no redirect).</summary>
    public required Uri FinalUrl { get; init; }

    public required DateTimeOffset FetchedAt { get; init; }

    public int? HttpStatus { get; init; }

    /// <summary>The Content-Type header as sent.</summary>
    public string? ContentType { get; init; }

    public ReadOnlyMemory<byte> Content { get; init; }

    public int Redirects { get; init; }

    public string? Reason { get; init; }

    public bool IsFetched => Outcome == FetchOutcome.Fetched;

    /// <summary>The media type of <see cref="ContentType"/>, lower case ("text/html"), or null.</summary>
    public string? MediaType => ContentType is null ? null : ContentType.Split(';', 2)[0].Trim().ToLowerInvariant() is { Length: > 0 } media ? media : null;
}

namespace NetralitasSearch.Functions.Ledger;

/// <summary>
/// What happened to one source: its state, attempts, the version (ETag) processed, the document made of it,
/// timings, and for failures the reason in plain words. <see cref="Kind"/> says what the source is
/// ("article" for a blob of the articles container, "url" for a fetched address) and <see cref="Key"/> names it.
/// </summary>
public sealed record LedgerEntry
{
    public required string Kind { get; init; }

    public required string Key { get; init; }

    public required LedgerState State { get; init; }

    public int Attempts { get; init; }

    public string? ETag { get; init; }

    public string? DocumentId { get; init; }

    public string? Reason { get; init; }

    /// <summary>Extra facts of the kind (for a URL: final URL, HTTP status, content type, the blob it was stored in).</summary>
    public IReadOnlyDictionary<string, string> Details { get; init; } = new Dictionary<string, string>();

    public DateTimeOffset? QueuedAt { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public long? DurationMs => StartedAt is { } start && FinishedAt is { } end ? (long)(end - start).TotalMilliseconds : null;
}

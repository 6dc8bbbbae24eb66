namespace NetralitasSearch.Functions.Triggers;

/// <summary>
/// The ledger entry of one blob for one blob-triggered function: its state, the version (ETag) it refers to,
/// attempts, timings, and for failures the reason in plain words. The final state is written last, after the
/// function's own writes, so a crash before it only means the blob is processed again.
/// </summary>
public sealed record BlobReceipt(string ETag, BlobReceiptStatus Status)
{
    public string? Reason { get; init; }

    public string? Detail { get; init; }

    public int Attempts { get; init; }

    /// <summary>SHA-256 of the bytes last processed, carried over to later versions so an identical re-upload is skipped.</summary>
    public string? ContentHash { get; init; }

    public DateTimeOffset? QueuedAt { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    public long? DurationMs => StartedAt is { } start && FinishedAt is { } end ? (long)(end - start).TotalMilliseconds : null;

    public bool IsFinal => Status is BlobReceiptStatus.Processed or BlobReceiptStatus.Failed or BlobReceiptStatus.Poisoned or BlobReceiptStatus.Skipped or BlobReceiptStatus.Deleted;
}

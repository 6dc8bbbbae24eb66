namespace NetralitasSearch.Functions.Triggers;

/// <summary>
/// What happened to one version of a blob: processed, failed (content) or poisoned (retries used up). Written
/// last, after the function's own writes, so a crash before it means the blob is simply processed again.
/// </summary>
public sealed record BlobReceipt(string ETag, BlobReceiptStatus Status, string? Reason = null, int Attempts = 1, DateTimeOffset? At = null, string? Detail = null);

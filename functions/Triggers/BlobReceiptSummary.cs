namespace NetralitasSearch.Functions.Triggers;

/// <summary>A receipt as a listing shows it (metadata only): the blob name, version, state and when it changed.</summary>
public sealed record BlobReceiptSummary(string Name, string ETag, BlobReceiptStatus Status, DateTimeOffset? UpdatedAt);

namespace NetralitasSearch.Functions.Triggers;

/// <summary>
/// A receipt as a listing shows it (metadata only): the blob name, version, state, when it changed, the hash of the
/// bytes last processed, and the receipt blob's own ETag, which a conditional write names to change exactly this
/// state and nothing written since.
/// </summary>
public sealed record BlobReceiptSummary(string Name, string ETag, BlobReceiptStatus Status, DateTimeOffset? UpdatedAt, string? ContentHash = null, string? ReceiptETag = null)
{
    public bool IsFinal => Status is BlobReceiptStatus.Processed or BlobReceiptStatus.Failed or BlobReceiptStatus.Poisoned or BlobReceiptStatus.Skipped or BlobReceiptStatus.Deleted;
}

namespace NetralitasSearch.Functions.Triggers;

/// <summary>
/// The blob a function is triggered by. <see cref="Content"/> is null when the blob was deleted;
/// <see cref="IsTooLarge"/> when it is above the host's size limit (nothing was downloaded).
/// </summary>
public sealed record BlobTriggerInput(
    string Container,
    string Name,
    string? ETag,
    ReadOnlyMemory<byte>? Content,
    long Length,
    string? ContentType,
    IReadOnlyDictionary<string, string> Metadata,
    bool IsTooLarge = false)
{
    public bool IsDeleted => Content is null && !IsTooLarge;
}

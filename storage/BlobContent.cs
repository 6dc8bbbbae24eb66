namespace NetralitasSearch.Storage;

/// <summary>A downloaded blob: its bytes and the version (ETag) those bytes are.</summary>
/// <param name="IsTruncated">The blob is larger than the caller's limit, so <see cref="Content"/> is empty and <see cref="Length"/> says how large it is.</param>
public sealed record BlobContent(
    string Name,
    ReadOnlyMemory<byte> Content,
    string ETag,
    long Length,
    string? ContentType,
    IReadOnlyDictionary<string, string> Metadata,
    bool IsTruncated = false);

namespace NetralitasSearch.Storage;

/// <summary>A blob as a listing shows it.</summary>
public sealed record BlobItem(string Name, string ETag, DateTimeOffset? LastModified, long Length, IReadOnlyDictionary<string, string> Metadata);

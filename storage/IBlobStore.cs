namespace NetralitasSearch.Storage;

/// <summary>
/// The blob operations the product needs, nothing more; an Azure Storage account or Azurite behind it. A blob name
/// with "." or ".." segments is refused with an <see cref="ArgumentException"/>: storage would resolve it to another
/// blob (<see cref="BlobNames"/>).
/// </summary>
public interface IBlobStore
{
    Task EnsureContainerAsync(string container, CancellationToken cancellationToken = default);

    /// <summary>Every blob under a prefix (flat listing), with metadata.</summary>
    IAsyncEnumerable<BlobItem> ListAsync(string container, string? prefix = null, CancellationToken cancellationToken = default);

    /// <summary>The blob's bytes, or null when it does not exist. Above <paramref name="maxBytes"/> nothing is downloaded.</summary>
    Task<BlobContent?> DownloadAsync(string container, string name, long maxBytes = long.MaxValue, CancellationToken cancellationToken = default);

    /// <summary>Writes the blob (replacing it) and returns its new ETag.</summary>
    Task<string> UploadAsync(string container, string name, ReadOnlyMemory<byte> content, string? contentType = null, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the blob only if it is still the version <paramref name="ifMatch"/> (an ETag), or, when that is null, only
    /// if it does not exist yet: optimistic concurrency for records several workers update. The new ETag, or null when
    /// someone else changed it first.
    /// </summary>
    Task<string?> TryUploadAsync(string container, string name, ReadOnlyMemory<byte> content, string? ifMatch, string? contentType = null, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes the blob; false when it was not there.</summary>
    Task<bool> DeleteAsync(string container, string name, CancellationToken cancellationToken = default);

    /// <summary>Takes a lease on a (lock) blob, creating it empty if needed; null when someone else holds it.</summary>
    Task<string?> TryAcquireLeaseAsync(string container, string name, TimeSpan duration, CancellationToken cancellationToken = default);

    /// <summary>Renews a held lease; false when it was lost.</summary>
    Task<bool> RenewLeaseAsync(string container, string name, string leaseId, CancellationToken cancellationToken = default);

    Task ReleaseLeaseAsync(string container, string name, string leaseId, CancellationToken cancellationToken = default);
}

using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.WindowsAzure.Storage;
using Microsoft.WindowsAzure.Storage.Blob;

namespace NetralitasSearch.Storage;

/// <summary><see cref="IBlobStore"/> over WindowsAzure.Storage 9.3.3, which works with Azurite 3.x and Azure.</summary>
public sealed class CloudBlobStore(CloudBlobClient client) : IBlobStore
{
    private static readonly BlobRequestOptions RequestOptions = new()
    {
        // Bounded calls: a storage outage must surface as an exception the host retries, not a hang.
        ServerTimeout = TimeSpan.FromSeconds(30),
        MaximumExecutionTime = TimeSpan.FromSeconds(60),
        RetryPolicy = new Microsoft.WindowsAzure.Storage.RetryPolicies.ExponentialRetry(TimeSpan.FromMilliseconds(500), 3),
    };

    /// <summary>How often a download is tried again when the blob is overwritten while it is being read.</summary>
    private const int MaxOverwrittenReads = 4;

    public async Task EnsureContainerAsync(string container, CancellationToken cancellationToken = default) =>
        await client.GetContainerReference(container).CreateIfNotExistsAsync(BlobContainerPublicAccessType.Off, RequestOptions, null, cancellationToken).ConfigureAwait(false);

    public async IAsyncEnumerable<BlobItem> ListAsync(string container, string? prefix = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var reference = client.GetContainerReference(container);
        BlobContinuationToken? token = null;
        do
        {
            BlobResultSegment segment;
            try
            {
                segment = await reference.ListBlobsSegmentedAsync(prefix, true, BlobListingDetails.Metadata, 5000, token, RequestOptions, null, cancellationToken).ConfigureAwait(false);
            }
            catch (StorageException exception) when (exception.RequestInformation?.HttpStatusCode == (int)HttpStatusCode.NotFound)
            {
                yield break;
            }

            foreach (var item in segment.Results.OfType<CloudBlob>())
            {
                yield return new BlobItem(item.Name, item.Properties.ETag, item.Properties.LastModified, item.Properties.Length, Copy(item.Metadata));
            }

            token = segment.ContinuationToken;
        }
        while (token is not null);
    }

    public async Task<BlobContent?> DownloadAsync(string container, string name, long maxBytes = long.MaxValue, CancellationToken cancellationToken = default)
    {
        var blob = Reference(container, name);
        if (maxBytes == long.MaxValue)
        {
            return await DownloadWholeAsync(blob, name, cancellationToken).ConfigureAwait(false);
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await blob.FetchAttributesAsync(null, RequestOptions, null, cancellationToken).ConfigureAwait(false);
                if (blob.Properties.Length > maxBytes)
                {
                    return new BlobContent(name, ReadOnlyMemory<byte>.Empty, blob.Properties.ETag, blob.Properties.Length, blob.Properties.ContentType, Copy(blob.Metadata), IsTruncated: true);
                }

                using var buffer = new MemoryStream(checked((int)Math.Max(0, blob.Properties.Length)));
                // Read exactly the version whose attributes we fetched, so bytes, ETag and metadata belong together.
                await blob.DownloadToStreamAsync(buffer, AccessCondition.GenerateIfMatchCondition(blob.Properties.ETag), RequestOptions, null, cancellationToken).ConfigureAwait(false);
                return new BlobContent(name, buffer.ToArray(), blob.Properties.ETag, blob.Properties.Length, blob.Properties.ContentType, Copy(blob.Metadata));
            }
            catch (StorageException exception) when (exception.RequestInformation?.HttpStatusCode == (int)HttpStatusCode.NotFound)
            {
                return null;
            }
            catch (StorageException exception) when (exception.RequestInformation?.HttpStatusCode == (int)HttpStatusCode.PreconditionFailed && attempt < MaxOverwrittenReads)
            {
                // Overwritten between the two calls: there is a newer version, read that one.
            }
        }
    }

    public async Task<string> UploadAsync(string container, string name, ReadOnlyMemory<byte> content, string? contentType = null, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
    {
        var blob = Prepare(container, name, contentType, metadata);
        var bytes = content.ToArray();
        await blob.UploadFromByteArrayAsync(bytes, 0, bytes.Length, null, RequestOptions, null, cancellationToken).ConfigureAwait(false);
        return blob.Properties.ETag;
    }

    public async Task<string?> TryUploadAsync(string container, string name, ReadOnlyMemory<byte> content, string? ifMatch, string? contentType = null, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
    {
        var blob = Prepare(container, name, contentType, metadata);
        var condition = ifMatch is null ? AccessCondition.GenerateIfNotExistsCondition() : AccessCondition.GenerateIfMatchCondition(ifMatch);
        var bytes = content.ToArray();
        try
        {
            await blob.UploadFromByteArrayAsync(bytes, 0, bytes.Length, condition, RequestOptions, null, cancellationToken).ConfigureAwait(false);
            return blob.Properties.ETag;
        }
        catch (StorageException exception) when (exception.RequestInformation?.HttpStatusCode is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.Conflict)
        {
            return null;
        }
    }

    public async Task<bool> DeleteAsync(string container, string name, CancellationToken cancellationToken = default) =>
        await Reference(container, name)
            .DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, null, RequestOptions, null, cancellationToken).ConfigureAwait(false);

    public async Task<string?> TryAcquireLeaseAsync(string container, string name, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        var blob = Reference(container, name);
        try
        {
            if (!await blob.ExistsAsync(RequestOptions, null, cancellationToken).ConfigureAwait(false))
            {
                await blob.UploadFromByteArrayAsync([], 0, 0, AccessCondition.GenerateIfNotExistsCondition(), RequestOptions, null, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (StorageException exception) when (exception.RequestInformation?.HttpStatusCode is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed)
        {
            // Another instance created it (or holds a lease on it) first; trying the lease below decides.
        }

        try
        {
            return await blob.AcquireLeaseAsync(duration, null, null, RequestOptions, null, cancellationToken).ConfigureAwait(false);
        }
        catch (StorageException exception) when (exception.RequestInformation?.HttpStatusCode == (int)HttpStatusCode.Conflict)
        {
            return null;
        }
    }

    public async Task<bool> RenewLeaseAsync(string container, string name, string leaseId, CancellationToken cancellationToken = default)
    {
        var blob = Reference(container, name);
        try
        {
            await blob.RenewLeaseAsync(AccessCondition.GenerateLeaseCondition(leaseId), RequestOptions, null, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (StorageException exception) when (exception.RequestInformation?.HttpStatusCode is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    public async Task ReleaseLeaseAsync(string container, string name, string leaseId, CancellationToken cancellationToken = default)
    {
        var blob = Reference(container, name);
        try
        {
            await blob.ReleaseLeaseAsync(AccessCondition.GenerateLeaseCondition(leaseId), RequestOptions, null, cancellationToken).ConfigureAwait(false);
        }
        catch (StorageException exception) when (exception.RequestInformation?.HttpStatusCode is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            // Already expired or taken over: nothing to release.
        }
    }

    /// <summary>One GET, bytes and properties of the same version: for records (receipts, documents) with no size limit.</summary>
    private static async Task<BlobContent?> DownloadWholeAsync(CloudBlockBlob blob, string name, CancellationToken cancellationToken)
    {
        try
        {
            using var buffer = new MemoryStream();
            await blob.DownloadToStreamAsync(buffer, null, RequestOptions, null, cancellationToken).ConfigureAwait(false);
            return new BlobContent(name, buffer.ToArray(), blob.Properties.ETag, blob.Properties.Length, blob.Properties.ContentType, Copy(blob.Metadata));
        }
        catch (StorageException exception) when (exception.RequestInformation?.HttpStatusCode == (int)HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private CloudBlockBlob Prepare(string container, string name, string? contentType, IReadOnlyDictionary<string, string>? metadata)
    {
        var blob = Reference(container, name);
        if (contentType is not null)
        {
            blob.Properties.ContentType = contentType;
        }

        foreach (var (key, value) in metadata ?? new Dictionary<string, string>())
        {
            blob.Metadata[key] = value;
        }

        return blob;
    }

    /// <summary>The blob's reference; a name the client would resolve to another blob is refused (see <see cref="BlobNames"/>).</summary>
    private CloudBlockBlob Reference(string container, string name)
    {
        BlobNames.ThrowIfUnaddressable(name);
        return client.GetContainerReference(container).GetBlockBlobReference(name);
    }

    private static Dictionary<string, string> Copy(IDictionary<string, string> metadata) => new(metadata, StringComparer.OrdinalIgnoreCase);
}

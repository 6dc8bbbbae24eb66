using System.Net;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Polly;

namespace NetralitasSearch.Storage;

/// <summary>
/// <see cref="IBlobStore"/> over Azure.Storage.Blobs 12 (an Azure Storage account or Azurite). Every call goes through
/// <see cref="StorageRetry.Transient"/>; ETags are kept in their quoted header form, whichever response they came in.
/// </summary>
public sealed class AzureBlobStore(BlobServiceClient client) : IBlobStore
{
    /// <summary>Names per listing page (the service's most).</summary>
    private const int PageSize = 5000;

    private static readonly ResiliencePipeline Retry = StorageRetry.Transient;

    /// <summary>A download read again, at once, up to three times, when the blob is overwritten between its attributes and its bytes.</summary>
    private static readonly ResiliencePipeline<BlobContent> Overwritten = new ResiliencePipelineBuilder<BlobContent>()
        .AddRetry(new Polly.Retry.RetryStrategyOptions<BlobContent>
        {
            ShouldHandle = new PredicateBuilder<BlobContent>().Handle<RequestFailedException>(exception => exception.Status == (int)HttpStatusCode.PreconditionFailed),
            MaxRetryAttempts = 3,
            Delay = TimeSpan.Zero,
        })
        .Build();

    private BlobClient Client(string container, string name)
    {
        BlobNames.ThrowIfUnaddressable(name);
        return client.GetBlobContainerClient(container).GetBlobClient(name);
    }

    public async Task EnsureContainerAsync(string container, CancellationToken cancellationToken = default) =>
        await Retry.ExecuteAsync(async token => await client.GetBlobContainerClient(container).CreateIfNotExistsAsync(cancellationToken: token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    public async IAsyncEnumerable<BlobItem> ListAsync(string container, string? prefix = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var reference = client.GetBlobContainerClient(container);
        var options = new GetBlobsOptions { Prefix = prefix, Traits = BlobTraits.Metadata };
        string? continuation = null;
        do
        {
            Page<Azure.Storage.Blobs.Models.BlobItem>? page;
            try
            {
                // One page per attempt: a failed page is asked for again from its own continuation token.
                page = await Retry.ExecuteAsync(
                    async token =>
                    {
                        await foreach (var first in reference.GetBlobsAsync(options, token).AsPages(continuation, PageSize).WithCancellation(token).ConfigureAwait(false))
                        {
                            return first;
                        }

                        return null;
                    },
                    cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException exception) when (exception.Status == (int)HttpStatusCode.NotFound)
            {
                yield break;
            }

            if (page is null)
            {
                yield break;
            }

            foreach (var item in page.Values)
            {
                yield return new BlobItem(item.Name, Quoted(item.Properties.ETag ?? default), item.Properties.LastModified, item.Properties.ContentLength ?? 0, Copy(item.Metadata));
            }

            continuation = string.IsNullOrEmpty(page.ContinuationToken) ? null : page.ContinuationToken;
        }
        while (continuation is not null);
    }

    public async Task<BlobContent?> DownloadAsync(string container, string name, long maxBytes = long.MaxValue, CancellationToken cancellationToken = default)
    {
        var blob = Client(container, name);
        try
        {
            if (maxBytes == long.MaxValue)
            {
                // Records (receipts, documents) have no limit: one GET, bytes and properties of the same version.
                var whole = await Retry.ExecuteAsync(async token => (await blob.DownloadContentAsync(token).ConfigureAwait(false)).Value, cancellationToken).ConfigureAwait(false);
                return new BlobContent(name, whole.Content.ToMemory(), Quoted(whole.Details.ETag), whole.Details.ContentLength, whole.Details.ContentType, Copy(whole.Details.Metadata));
            }

            // Exactly the version whose attributes were read, so bytes, ETag and metadata belong together; a blob
            // overwritten between the two calls (412) is read again, as its newer version.
            return await Overwritten.ExecuteAsync(
                async token =>
                {
                    var properties = await Retry.ExecuteAsync(async inner => (await blob.GetPropertiesAsync(cancellationToken: inner).ConfigureAwait(false)).Value, token).ConfigureAwait(false);
                    if (properties.ContentLength > maxBytes)
                    {
                        return new BlobContent(name, ReadOnlyMemory<byte>.Empty, Quoted(properties.ETag), properties.ContentLength, properties.ContentType, Copy(properties.Metadata), IsTruncated: true);
                    }

                    var options = new BlobDownloadOptions { Conditions = new BlobRequestConditions { IfMatch = properties.ETag } };
                    var result = await Retry.ExecuteAsync(async inner => (await blob.DownloadContentAsync(options, inner).ConfigureAwait(false)).Value, token).ConfigureAwait(false);
                    return new BlobContent(name, result.Content.ToMemory(), Quoted(result.Details.ETag), result.Details.ContentLength, result.Details.ContentType, Copy(result.Details.Metadata));
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException exception) when (exception.Status == (int)HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<string> UploadAsync(string container, string name, ReadOnlyMemory<byte> content, string? contentType = null, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
    {
        var blob = Client(container, name);
        var options = Options(contentType, metadata, null);
        var info = await Retry.ExecuteAsync(async token => (await blob.UploadAsync(BinaryData.FromBytes(content), options, token).ConfigureAwait(false)).Value, cancellationToken).ConfigureAwait(false);
        return Quoted(info.ETag);
    }

    public async Task<string?> TryUploadAsync(string container, string name, ReadOnlyMemory<byte> content, string? ifMatch, string? contentType = null, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
    {
        var blob = Client(container, name);
        var conditions = ifMatch is null ? new BlobRequestConditions { IfNoneMatch = ETag.All } : new BlobRequestConditions { IfMatch = new ETag(ifMatch) };
        var options = Options(contentType, metadata, conditions);
        try
        {
            var info = await Retry.ExecuteAsync(async token => (await blob.UploadAsync(BinaryData.FromBytes(content), options, token).ConfigureAwait(false)).Value, cancellationToken).ConfigureAwait(false);
            return Quoted(info.ETag);
        }
        catch (RequestFailedException exception) when (exception.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.Conflict)
        {
            return null;
        }
    }

    public async Task<bool> DeleteAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        var blob = Client(container, name);
        return await Retry.ExecuteAsync(async token => (await blob.DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: token).ConfigureAwait(false)).Value, cancellationToken).ConfigureAwait(false);
    }

    public async Task<string?> TryAcquireLeaseAsync(string container, string name, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        var blob = Client(container, name);
        try
        {
            await Retry.ExecuteAsync(
                async token =>
                {
                    if (!(await blob.ExistsAsync(token).ConfigureAwait(false)).Value)
                    {
                        await blob.UploadAsync(BinaryData.Empty, new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } }, token).ConfigureAwait(false);
                    }
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException exception) when (exception.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed)
        {
            // Another instance created it (or holds a lease on it) first; trying the lease below decides.
        }

        try
        {
            var lease = await Retry.ExecuteAsync(async token => (await blob.GetBlobLeaseClient().AcquireAsync(duration, cancellationToken: token).ConfigureAwait(false)).Value, cancellationToken).ConfigureAwait(false);
            return lease.LeaseId;
        }
        catch (RequestFailedException exception) when (exception.Status == (int)HttpStatusCode.Conflict)
        {
            return null;
        }
    }

    public async Task<bool> RenewLeaseAsync(string container, string name, string leaseId, CancellationToken cancellationToken = default)
    {
        var lease = Client(container, name).GetBlobLeaseClient(leaseId);
        try
        {
            await Retry.ExecuteAsync(async token => await lease.RenewAsync(cancellationToken: token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    public async Task ReleaseLeaseAsync(string container, string name, string leaseId, CancellationToken cancellationToken = default)
    {
        var lease = Client(container, name).GetBlobLeaseClient(leaseId);
        try
        {
            await Retry.ExecuteAsync(async token => await lease.ReleaseAsync(cancellationToken: token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException exception) when (exception.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            // Already expired or taken over: nothing to release.
        }
    }

    private static BlobUploadOptions Options(string? contentType, IReadOnlyDictionary<string, string>? metadata, BlobRequestConditions? conditions) => new()
    {
        HttpHeaders = contentType is null ? null : new BlobHttpHeaders { ContentType = contentType },
        Metadata = metadata?.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.OrdinalIgnoreCase),
        Conditions = conditions,
    };

    /// <summary>An ETag as the HTTP header writes it (quoted): listings give it bare, responses quoted.</summary>
    private static string Quoted(ETag etag) => etag.ToString("H");

    private static Dictionary<string, string> Copy(IDictionary<string, string>? metadata) =>
        metadata is null ? new(StringComparer.OrdinalIgnoreCase) : new(metadata, StringComparer.OrdinalIgnoreCase);
}

using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Triggers;

/// <summary>
/// The ledger of a blob-triggered function, kept where the Functions host keeps its receipts: one blob per source
/// blob under <c>blobreceipts/{function}/{container}/{name}</c> in the host container. The ETag, state and update
/// time are in its metadata, so one listing gives the scanner every version handled and the status page its counts.
/// Every write of this process also lands in an in-memory view of the receipts (<see cref="KnownAsync"/>), so the
/// scanner need not list them all again every second.
/// </summary>
public sealed class BlobReceipts(IBlobStore blobs, string hostContainer, string functionName)
{
    private readonly ConcurrentDictionary<string, ReceiptView> views = new(StringComparer.Ordinal);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string FunctionName => functionName;

    private string Prefix(string container) => $"blobreceipts/{functionName}/{container}/";

    public async Task<Dictionary<string, BlobReceiptSummary>> ListAsync(string container, CancellationToken cancellationToken = default)
    {
        var prefix = Prefix(container);
        var receipts = new Dictionary<string, BlobReceiptSummary>(StringComparer.Ordinal);
        await foreach (var item in blobs.ListAsync(hostContainer, prefix, cancellationToken).ConfigureAwait(false))
        {
            if (item.Metadata.TryGetValue("etag", out var etag) && Enum.TryParse<BlobReceiptStatus>(item.Metadata.GetValueOrDefault("status"), out var status))
            {
                var updated = long.TryParse(item.Metadata.GetValueOrDefault("updated"), NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
                    ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
                    : item.LastModified;
                var name = item.Name[prefix.Length..];
                receipts[name] = new BlobReceiptSummary(name, Decode(etag), status, updated, item.Metadata.GetValueOrDefault("hash"), item.ETag);
            }
        }

        return receipts;
    }

    /// <summary>
    /// The receipts of a container as this process knows them: a full listing at most <paramref name="maxAge"/> old, with
    /// every write this process made since. Listing thousands of receipts every second is most of what a storage emulator
    /// does for an idle host; writes by other instances show up at the next listing.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, BlobReceiptSummary>> KnownAsync(string container, TimeSpan maxAge, CancellationToken cancellationToken = default)
    {
        if (views.TryGetValue(container, out var view) && !view.Stale && DateTimeOffset.UtcNow - view.ListedAt < maxAge)
        {
            return view.Receipts;
        }

        var started = DateTimeOffset.UtcNow;
        var listed = new ConcurrentDictionary<string, BlobReceiptSummary>(await ListAsync(container, cancellationToken).ConfigureAwait(false), StringComparer.Ordinal);
        if (view is not null)
        {
            // A write that raced the listing is newer than what the listing saw: keep it.
            foreach (var (name, written) in view.Receipts)
            {
                if (written.UpdatedAt >= started && (!listed.TryGetValue(name, out var seen) || seen.UpdatedAt < written.UpdatedAt))
                {
                    listed[name] = written;
                }
            }
        }

        var fresh = new ReceiptView(listed, started);
        views[container] = fresh;
        return fresh.Receipts;
    }

    public async Task<BlobReceipt?> GetAsync(string container, string name, CancellationToken cancellationToken = default) =>
        (await GetWithETagAsync(container, name, cancellationToken).ConfigureAwait(false)).Receipt;

    /// <summary>The receipt and the receipt blob's own ETag (for <see cref="TryWriteAsync"/>); (null, null) when there is none.</summary>
    public async Task<(BlobReceipt? Receipt, string? ReceiptETag)> GetWithETagAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        var content = await blobs.DownloadAsync(hostContainer, Prefix(container) + name, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (content is null)
        {
            return (null, null);
        }

        try
        {
            return (JsonSerializer.Deserialize<BlobReceipt>(content.Content.Span, Json), content.ETag);
        }
        catch (JsonException)
        {
            return (null, content.ETag);
        }
    }

    public async Task WriteAsync(string container, string name, BlobReceipt receipt, CancellationToken cancellationToken = default)
    {
        var (stamped, body, metadata) = Serialize(receipt);
        var written = await blobs.UploadAsync(hostContainer, Prefix(container) + name, body, "application/json", metadata, cancellationToken).ConfigureAwait(false);
        Remember(container, name, stamped, written);
    }

    /// <summary>
    /// Writes the receipt only if it is still what <paramref name="expected"/> listed (or still absent when that is
    /// null); false when a worker changed it since, in which case that newer state stands.
    /// </summary>
    public async Task<bool> TryWriteAsync(string container, string name, BlobReceipt receipt, BlobReceiptSummary? expected, CancellationToken cancellationToken = default)
    {
        var (stamped, body, metadata) = Serialize(receipt);
        var written = await blobs.TryUploadAsync(hostContainer, Prefix(container) + name, body, expected?.ReceiptETag, "application/json", metadata, cancellationToken).ConfigureAwait(false);
        if (written is null)
        {
            // Someone else wrote it: what this process remembers is out of date, so the next view is listed afresh.
            if (views.TryGetValue(container, out var view))
            {
                view.Stale = true;
            }

            return false;
        }

        Remember(container, name, stamped, written);
        return true;
    }

    private void Remember(string container, string name, BlobReceipt receipt, string receiptETag)
    {
        if (views.TryGetValue(container, out var view))
        {
            // Two writes of one receipt can finish out of order: the later-stamped one is kept (a conditional write that
            // finds the receipt changed marks the whole view stale anyway).
            var summary = new BlobReceiptSummary(name, receipt.ETag, receipt.Status, receipt.UpdatedAt, receipt.ContentHash, receiptETag);
            view.Receipts.AddOrUpdate(name, summary, (_, known) => known.UpdatedAt > summary.UpdatedAt ? known : summary);
        }
    }

    private static (BlobReceipt Stamped, byte[] Body, Dictionary<string, string> Metadata) Serialize(BlobReceipt receipt)
    {
        var stamped = receipt with { UpdatedAt = DateTimeOffset.UtcNow };
        var metadata = new Dictionary<string, string>
        {
            ["etag"] = Encode(stamped.ETag),
            ["status"] = stamped.Status.ToString(),
            ["updated"] = stamped.UpdatedAt.Value.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
        };
        if (stamped.ContentHash is not null)
        {
            metadata["hash"] = stamped.ContentHash;
        }

        return (stamped, JsonSerializer.SerializeToUtf8Bytes(stamped, Json), metadata);
    }

    public async Task<bool> DeleteAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        var deleted = await blobs.DeleteAsync(hostContainer, Prefix(container) + name, cancellationToken).ConfigureAwait(false);
        if (views.TryGetValue(container, out var view))
        {
            view.Receipts.TryRemove(name, out _);
        }

        return deleted;
    }

    /// <summary>The scanner's view of one container's receipts; <see cref="Stale"/> when a write found it out of date.</summary>
    private sealed class ReceiptView(ConcurrentDictionary<string, BlobReceiptSummary> receipts, DateTimeOffset listedAt)
    {
        public ConcurrentDictionary<string, BlobReceiptSummary> Receipts { get; } = receipts;

        public DateTimeOffset ListedAt { get; } = listedAt;

        public volatile bool Stale;
    }

    // Metadata values travel as HTTP headers; ETags carry quotes, so they are stored Base64-encoded.
    private static string Encode(string etag) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(etag));

    private static string Decode(string value)
    {
        try
        {
            return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(value));
        }
        catch (FormatException)
        {
            return value;
        }
    }
}

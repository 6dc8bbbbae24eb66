using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Triggers;

/// <summary>
/// The ledger of a blob-triggered function, kept where the Functions host keeps its receipts: one blob per source
/// blob under <c>blobreceipts/{function}/{container}/{name}</c> in the host container. The ETag, state and update
/// time are in its metadata, so one listing gives the scanner every version handled and the status page its counts.
/// </summary>
public sealed class BlobReceipts(IBlobStore blobs, string hostContainer, string functionName)
{
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

    public async Task<BlobReceipt?> GetAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        var content = await blobs.DownloadAsync(hostContainer, Prefix(container) + name, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (content is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<BlobReceipt>(content.Content.Span, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public async Task WriteAsync(string container, string name, BlobReceipt receipt, CancellationToken cancellationToken = default)
    {
        var (body, metadata) = Serialize(receipt);
        await blobs.UploadAsync(hostContainer, Prefix(container) + name, body, "application/json", metadata, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes the receipt only if it is still what <paramref name="expected"/> listed (or still absent when that is
    /// null); false when a worker changed it since, in which case that newer state stands.
    /// </summary>
    public async Task<bool> TryWriteAsync(string container, string name, BlobReceipt receipt, BlobReceiptSummary? expected, CancellationToken cancellationToken = default)
    {
        var (body, metadata) = Serialize(receipt);
        var written = await blobs.TryUploadAsync(hostContainer, Prefix(container) + name, body, expected?.ReceiptETag, "application/json", metadata, cancellationToken).ConfigureAwait(false);
        return written is not null;
    }

    private static (byte[] Body, Dictionary<string, string> Metadata) Serialize(BlobReceipt receipt)
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

        return (JsonSerializer.SerializeToUtf8Bytes(stamped, Json), metadata);
    }

    public Task<bool> DeleteAsync(string container, string name, CancellationToken cancellationToken = default) =>
        blobs.DeleteAsync(hostContainer, Prefix(container) + name, cancellationToken);

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

using System.Text.Json;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Triggers;

/// <summary>
/// Receipts of a blob-triggered function, kept as the Functions host keeps them: one blob per source blob under
/// <c>blobreceipts/{function}/{container}/{name}</c> in the host container, with the ETag in its metadata so one
/// listing tells the scanner every version already handled.
/// </summary>
public sealed class BlobReceipts(IBlobStore blobs, string hostContainer, string functionName)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private string Prefix(string container) => $"blobreceipts/{functionName}/{container}/";

    public async Task<Dictionary<string, BlobReceipt>> ListAsync(string container, CancellationToken cancellationToken = default)
    {
        var prefix = Prefix(container);
        var receipts = new Dictionary<string, BlobReceipt>(StringComparer.Ordinal);
        await foreach (var item in blobs.ListAsync(hostContainer, prefix, cancellationToken).ConfigureAwait(false))
        {
            if (item.Metadata.TryGetValue("etag", out var etag) && Enum.TryParse<BlobReceiptStatus>(item.Metadata.GetValueOrDefault("status"), out var status))
            {
                receipts[item.Name[prefix.Length..]] = new BlobReceipt(Decode(etag), status);
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
        var body = JsonSerializer.SerializeToUtf8Bytes(receipt with { At = receipt.At ?? DateTimeOffset.UtcNow }, Json);
        var metadata = new Dictionary<string, string> { ["etag"] = Encode(receipt.ETag), ["status"] = receipt.Status.ToString() };
        await blobs.UploadAsync(hostContainer, Prefix(container) + name, body, "application/json", metadata, cancellationToken).ConfigureAwait(false);
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

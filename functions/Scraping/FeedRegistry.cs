using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Scraping;

/// <summary>
/// The registered feeds: one JSON blob per feed URL in the feeds container, with the URL and the last poll time in
/// its metadata so one listing tells which feeds are due. Deleting a blob unregisters its feed.
/// </summary>
public sealed class FeedRegistry(IBlobStore blobs, StorageOptions storage)
{
    private const string UrlKey = "url";
    private const string PolledKey = "polled";

    public string Container => storage.FeedsContainer;

    public static string BlobName(string url) =>
        $"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url)))[..32]}.json";

    public async Task<FeedState?> GetAsync(string url, CancellationToken cancellationToken = default)
    {
        var content = await blobs.DownloadAsync(Container, BlobName(url), cancellationToken: cancellationToken).ConfigureAwait(false);
        return content is null ? null : Read(content.Content.Span);
    }

    public async Task SaveAsync(FeedState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        var metadata = new Dictionary<string, string> { [UrlKey] = state.Url };
        if (state.LastPolledAt is { } polled)
        {
            metadata[PolledKey] = polled.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        }

        await blobs.UploadAsync(Container, BlobName(state.Url), JsonSerializer.SerializeToUtf8Bytes(state, DocumentJson.Options), "application/json", metadata, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Marks every feed not polled for <paramref name="interval"/> as polled now and returns them: the caller polls
    /// them. Run under a lock, so two host instances never claim the same feed; a crash after the claim only means
    /// the feed waits one interval.
    /// </summary>
    public async Task<IReadOnlyList<FeedState>> ClaimDueAsync(DateTimeOffset now, TimeSpan interval, CancellationToken cancellationToken = default)
    {
        var due = new List<string>();
        await foreach (var item in blobs.ListAsync(Container, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var polled = long.TryParse(item.Metadata.GetValueOrDefault(PolledKey), NumberStyles.None, CultureInfo.InvariantCulture, out var ms) ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : (DateTimeOffset?)null;
            if (item.Metadata.TryGetValue(UrlKey, out var url) && (polled is null || now - polled >= interval))
            {
                due.Add(url);
            }
        }

        var claimed = new List<FeedState>(due.Count);
        foreach (var url in due)
        {
            if (await GetAsync(url, cancellationToken).ConfigureAwait(false) is { } state)
            {
                var claim = state with { LastPolledAt = now };
                await SaveAsync(claim, cancellationToken).ConfigureAwait(false);
                claimed.Add(claim);
            }
        }

        return claimed;
    }

    private static FeedState? Read(ReadOnlySpan<byte> json)
    {
        try
        {
            return JsonSerializer.Deserialize<FeedState>(json, DocumentJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

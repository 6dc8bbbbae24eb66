using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Ledger;

/// <summary>
/// The ingest ledger in blob storage: one JSON blob per source at <c>{kind}/{hash of key}.json</c> in the ledger
/// container, with state, kind and update time in its metadata so one listing gives counts without downloads.
/// Lives in storage, not in memory: every host instance and every restart sees the same ledger.
/// </summary>
public sealed class LedgerStore(IBlobStore blobs, string container)
{
    public string Container => container;

    public static string BlobName(string kind, string key) =>
        $"{kind}/{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32]}.json";

    public async Task WriteAsync(LedgerEntry entry, CancellationToken cancellationToken = default)
    {
        var stamped = entry with { UpdatedAt = DateTimeOffset.UtcNow };
        var metadata = new Dictionary<string, string>
        {
            ["state"] = State(stamped.State),
            ["kind"] = stamped.Kind,
            ["updated"] = stamped.UpdatedAt.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        await blobs.UploadAsync(container, BlobName(entry.Kind, entry.Key), System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(stamped, DocumentJson.Options), "application/json", metadata, cancellationToken).ConfigureAwait(false);
    }

    public async Task<LedgerEntry?> GetAsync(string kind, string key, CancellationToken cancellationToken = default)
    {
        var content = await blobs.DownloadAsync(container, BlobName(kind, key), cancellationToken: cancellationToken).ConfigureAwait(false);
        return content is null ? null : Read(content.Content.Span);
    }

    /// <summary>Entry names with their state and update time, from one listing (no downloads).</summary>
    public async IAsyncEnumerable<(string BlobName, string Kind, LedgerState State, DateTimeOffset Updated)> ListAsync(string? kind = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in blobs.ListAsync(container, kind is null ? null : kind + "/", cancellationToken).ConfigureAwait(false))
        {
            if (item.Metadata.TryGetValue("state", out var state) && TryState(state, out var parsed))
            {
                var updated = long.TryParse(item.Metadata.GetValueOrDefault("updated"), out var ms) ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : item.LastModified ?? DateTimeOffset.MinValue;
                yield return (item.Name, item.Metadata.GetValueOrDefault("kind") ?? item.Name.Split('/')[0], parsed, updated);
            }
        }
    }

    public async Task<LedgerEntry?> ReadAsync(string blobName, CancellationToken cancellationToken = default)
    {
        var content = await blobs.DownloadAsync(container, blobName, cancellationToken: cancellationToken).ConfigureAwait(false);
        return content is null ? null : Read(content.Content.Span);
    }

    public static string State(LedgerState state) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(state.ToString());

    public static bool TryState(string text, out LedgerState state)
    {
        foreach (var candidate in Enum.GetValues<LedgerState>())
        {
            if (State(candidate) == text)
            {
                state = candidate;
                return true;
            }
        }

        state = default;
        return false;
    }

    private static LedgerEntry? Read(ReadOnlySpan<byte> json)
    {
        try
        {
            return System.Text.Json.JsonSerializer.Deserialize<LedgerEntry>(json, DocumentJson.Options);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}

using System.Globalization;
using System.Text.Json;
using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Functions.Replication;

/// <summary>
/// A published commit point: <c>manifests/{generation, 19 digits}.json</c>, written after every file it names, so a
/// manifest that can be read names a whole commit. Files live at <c>files/{name}.{first 16 hex of SHA-256}</c>: Lucene
/// writes each file once, and a name reused by a writer that took over from an older generation gets another blob.
/// </summary>
public sealed record IndexManifest(long Generation, string SegmentsFile, long Documents, DateTimeOffset Published, IReadOnlyList<ManifestFile> Files)
{
    public const string ManifestPrefix = "manifests/";

    public const string FilePrefix = "files/";

    public string BlobName => Name(Generation);

    public static string Name(long generation) => string.Create(CultureInfo.InvariantCulture, $"{ManifestPrefix}{generation:D19}.json");

    public static string FileBlob(string name, string sha256) => $"{FilePrefix}{name}.{sha256[..16]}";

    /// <summary>The generation a manifest blob's name says, or null for another blob.</summary>
    public static long? GenerationOf(string blobName) =>
        blobName.StartsWith(ManifestPrefix, StringComparison.Ordinal) && blobName.EndsWith(".json", StringComparison.Ordinal)
        && long.TryParse(blobName.AsSpan(ManifestPrefix.Length, blobName.Length - ManifestPrefix.Length - 5), NumberStyles.None, CultureInfo.InvariantCulture, out var generation)
            ? generation : null;

    public byte[] Serialize() => JsonSerializer.SerializeToUtf8Bytes(this, DocumentJson.Options);

    /// <summary>The manifest, or null when the bytes are not one.</summary>
    public static IndexManifest? TryRead(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return JsonSerializer.Deserialize<IndexManifest>(bytes, DocumentJson.Options) is { Files: not null, SegmentsFile: not null } manifest ? manifest : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

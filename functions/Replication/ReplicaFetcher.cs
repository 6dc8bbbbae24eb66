using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Replication;

/// <summary>
/// Reads published commits: the newest manifest, and a commit's files copied into a local folder, each checked against
/// its size and SHA-256 before it takes its name (written as <c>.part</c>, then renamed), the segments file last. A
/// folder is never left with a newest commit point whose files are not all there and whole.
/// </summary>
public sealed class ReplicaFetcher(IBlobStore blobs, ReplicationOptions options)
{
    private readonly FileHashes hashes = new();

    /// <summary>The newest published manifest (<c>latest.json</c>, else the highest listed one that reads), or null.</summary>
    public async Task<IndexManifest?> NewestAsync(CancellationToken cancellationToken = default)
    {
        var latest = await blobs.DownloadAsync(options.Container, IndexPublisher.LatestBlob, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (latest is not null && IndexManifest.TryRead(latest.Content.Span) is { } manifest)
        {
            return manifest;
        }

        var names = new List<(long Generation, string Name)>();
        await foreach (var blob in blobs.ListAsync(options.Container, IndexManifest.ManifestPrefix, cancellationToken).ConfigureAwait(false))
        {
            if (IndexManifest.GenerationOf(blob.Name) is { } generation)
            {
                names.Add((generation, blob.Name));
            }
        }

        foreach (var (_, name) in names.OrderByDescending(entry => entry.Generation))
        {
            var content = await blobs.DownloadAsync(options.Container, name, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (content is not null && IndexManifest.TryRead(content.Content.Span) is { } listed)
            {
                return listed;
            }
        }

        return null;
    }

    /// <summary>
    /// Copies the commit's files the folder lacks (or holds with other bytes) into it; null when all are in place, else
    /// why not (a file gone from the store or not matching its manifest: that publication is not opened).
    /// </summary>
    public async Task<string?> InstallAsync(IndexManifest manifest, string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        Directory.CreateDirectory(folder);
        foreach (var file in manifest.Files.OrderBy(file => file.Name == manifest.SegmentsFile))
        {
            var path = Path.Combine(folder, file.Name);
            if (File.Exists(path) && new FileInfo(path).Length == file.Length && await hashes.OfFileAsync(path, cancellationToken).ConfigureAwait(false) == file.Sha256)
            {
                continue;
            }

            var content = await blobs.DownloadAsync(options.Container, file.Blob, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (content is null)
            {
                return $"{file.Blob} is not in the store";
            }

            if (content.Content.Length != file.Length || FileHashes.Of(content.Content.Span) != file.Sha256)
            {
                return $"{file.Blob} does not match its manifest ({content.Content.Length} bytes, {file.Length} expected)";
            }

            var part = path + ".part";
            await File.WriteAllBytesAsync(part, content.Content, cancellationToken).ConfigureAwait(false);
            File.Move(part, path, overwrite: true);
            hashes.Remember(path, file.Length, File.GetLastWriteTimeUtc(path), file.Sha256);
        }

        return null;
    }
}

using NetralitasSearch.Indexer.Index.Replication;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Replication;

/// <summary>
/// Publishes the writer's commits: the files the store lacks (by blob name, which carries the content hash, and size),
/// then the generation's manifest, then <c>manifests/latest.json</c>, the copy readers poll. Removes generations older
/// than <see cref="ReplicationOptions.KeepFor"/> (keeping the newest <see cref="ReplicationOptions.KeepAtLeast"/>) and
/// the files no kept manifest names.
/// </summary>
public sealed partial class IndexPublisher(IBlobStore blobs, ReplicationOptions options, TimeProvider time, ILogger<IndexPublisher> logger)
{
    public const string LatestBlob = IndexManifest.ManifestPrefix + "latest.json";

    private readonly FileHashes hashes = new();
    private readonly Dictionary<string, IndexManifest> manifests = new(StringComparer.Ordinal);
    private Dictionary<string, long>? stored;

    /// <summary>
    /// Uploads the snapshot's missing files, then its manifest, when <paramref name="stillWriter"/> still holds after the
    /// files: a writer that lost its lease leaves files no manifest names, which the next collection removes.
    /// </summary>
    public async Task<IndexManifest> PublishAsync(IndexSnapshot snapshot, Func<bool> stillWriter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(stillWriter);
        stored ??= await ListFilesAsync(cancellationToken).ConfigureAwait(false);
        var files = new List<ManifestFile>(snapshot.Files.Count);
        var uploaded = 0L;
        foreach (var name in snapshot.Files)
        {
            var path = Path.Combine(snapshot.Folder, name);
            var sha = await hashes.OfFileAsync(path, cancellationToken).ConfigureAwait(false);
            var file = new ManifestFile(name, new FileInfo(path).Length, sha, IndexManifest.FileBlob(name, sha));
            files.Add(file);
            if (stored.TryGetValue(file.Blob, out var length) && length == file.Length)
            {
                continue;
            }

            var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            await blobs.UploadAsync(options.Container, file.Blob, bytes, "application/octet-stream", new Dictionary<string, string> { ["sha256"] = sha }, cancellationToken).ConfigureAwait(false);
            stored[file.Blob] = file.Length;
            uploaded += file.Length;
            if (options.UploadPause > TimeSpan.Zero)
            {
                await Task.Delay(options.UploadPause, cancellationToken).ConfigureAwait(false);
            }
        }

        if (!stillWriter())
        {
            throw new InvalidOperationException($"The writer lease was lost while generation {snapshot.Generation} was published; its manifest is not written.");
        }

        var manifest = new IndexManifest(snapshot.Generation, snapshot.SegmentsFile, snapshot.Documents, time.GetUtcNow(), files);
        var content = manifest.Serialize();
        await blobs.UploadAsync(options.Container, manifest.BlobName, content, "application/json", cancellationToken: cancellationToken).ConfigureAwait(false);
        await blobs.UploadAsync(options.Container, LatestBlob, content, "application/json", cancellationToken: cancellationToken).ConfigureAwait(false);
        manifests[manifest.BlobName] = manifest;
        LogPublished(logger, manifest.Generation, manifest.Documents, files.Count, uploaded);
        return manifest;
    }

    /// <summary>Deletes the generations past keeping, then every file blob no kept manifest names; how many blobs went.</summary>
    public async Task<int> CollectAsync(CancellationToken cancellationToken = default)
    {
        var listed = new List<(long Generation, BlobItem Blob)>();
        await foreach (var blob in blobs.ListAsync(options.Container, IndexManifest.ManifestPrefix, cancellationToken).ConfigureAwait(false))
        {
            if (IndexManifest.GenerationOf(blob.Name) is { } generation)
            {
                listed.Add((generation, blob));
            }
        }

        listed.Sort((a, b) => b.Generation.CompareTo(a.Generation));
        var cutoff = time.GetUtcNow() - options.KeepFor;
        var named = new HashSet<string>(StringComparer.Ordinal);
        var deleted = 0;
        for (var i = 0; i < listed.Count; i++)
        {
            var (_, blob) = listed[i];
            if (i < options.KeepAtLeast || blob.LastModified is null || blob.LastModified > cutoff)
            {
                if (await ReadAsync(blob.Name, cancellationToken).ConfigureAwait(false) is { } kept)
                {
                    named.UnionWith(kept.Files.Select(file => file.Blob));
                }
            }
            else
            {
                await blobs.DeleteAsync(options.Container, blob.Name, cancellationToken).ConfigureAwait(false);
                manifests.Remove(blob.Name);
                deleted++;
            }
        }

        if (listed.Count == 0)
        {
            return deleted;
        }

        stored = await ListFilesAsync(cancellationToken).ConfigureAwait(false);
        foreach (var blob in stored.Keys.Where(blob => !named.Contains(blob)).ToList())
        {
            await blobs.DeleteAsync(options.Container, blob, cancellationToken).ConfigureAwait(false);
            stored.Remove(blob);
            deleted++;
        }

        return deleted;
    }

    private async Task<IndexManifest?> ReadAsync(string name, CancellationToken cancellationToken)
    {
        if (manifests.TryGetValue(name, out var known))
        {
            return known;
        }

        var content = await blobs.DownloadAsync(options.Container, name, cancellationToken: cancellationToken).ConfigureAwait(false);
        var manifest = content is null ? null : IndexManifest.TryRead(content.Content.Span);
        if (manifest is not null)
        {
            manifests[name] = manifest;
        }

        return manifest;
    }

    private async Task<Dictionary<string, long>> ListFilesAsync(CancellationToken cancellationToken)
    {
        var files = new Dictionary<string, long>(StringComparer.Ordinal);
        await foreach (var blob in blobs.ListAsync(options.Container, IndexManifest.FilePrefix, cancellationToken).ConfigureAwait(false))
        {
            files[blob.Name] = blob.Length;
        }

        return files;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Published generation {Generation}: {Documents} documents, {Files} files, {UploadedBytes} bytes uploaded")]
    private static partial void LogPublished(ILogger logger, long generation, long documents, int files, long uploadedBytes);
}

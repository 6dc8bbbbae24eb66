using System.Security.Cryptography;

namespace NetralitasSearch.Functions.Replication;

/// <summary>
/// SHA-256 of index files, remembered by name, size and write time: Lucene writes a file once, so a file is hashed once
/// however many commits name it.
/// </summary>
public sealed class FileHashes
{
    private readonly Dictionary<string, (long Length, DateTime Written, string Sha256)> known = new(StringComparer.Ordinal);

    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The file's hash (hex), reading it only when it is new or changed since it was last hashed here.</summary>
    public async Task<string> OfFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var info = new FileInfo(path);
        lock (known)
        {
            if (known.TryGetValue(path, out var seen) && seen.Length == info.Length && seen.Written == info.LastWriteTimeUtc)
            {
                return seen.Sha256;
            }
        }

        string sha;
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
        }

        Remember(path, info.Length, info.LastWriteTimeUtc, sha);
        return sha;
    }

    /// <summary>Records the hash of a file this process has just written from verified bytes.</summary>
    public void Remember(string path, long length, DateTime written, string sha256)
    {
        lock (known)
        {
            known[path] = (length, written, sha256);
        }
    }
}

using System.Security.Cryptography;
using System.Text;

namespace NetralitasSearch.Indexer.Documents;

/// <summary>Stable document ids: the same source path always gives the same id.</summary>
public static class DocumentId
{
    /// <summary>The id of a blob: a hash of <c>container/name</c>, 20 hex digits (80 bits).</summary>
    public static string ForBlob(string container, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(container);
        ArgumentException.ThrowIfNullOrEmpty(name);
        return Hash($"{container}/{name}");
    }

    /// <summary>The id of a local file, from the path as given.</summary>
    public static string ForFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Hash($"file:{path}");
    }

    private static string Hash(string key)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), digest);
        return Convert.ToHexStringLower(digest[..10]);
    }
}

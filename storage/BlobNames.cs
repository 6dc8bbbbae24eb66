namespace NetralitasSearch.Storage;

/// <summary>
/// Blob names that storage would not take at their word. A request URL is a <see cref="Uri"/>, and URLs resolve "."
/// and ".." segments (RFC 3986): <c>a/../b.html</c> reads and writes the blob <c>b.html</c>, and
/// <c>../documents/x.json</c> given for the container <c>articles</c> is the blob <c>x.json</c> in the container
/// <c>documents</c>. Azure Storage resolves such segments on its side too, so a name like that never means what it
/// says; the store refuses it rather than touch another blob.
/// </summary>
public static class BlobNames
{
    /// <summary>True when some segment between slashes is "." or "..".</summary>
    public static bool HasDotSegments(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var segment in name.Split('/'))
        {
            if (segment is "." or "..")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The name storage makes of it (RFC 3986 dot-segment removal), or null when a ".." climbs out of the container.
    /// </summary>
    public static string? Resolve(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var kept = new List<string>();
        foreach (var segment in name.Split('/'))
        {
            if (segment == "..")
            {
                if (kept.Count == 0)
                {
                    return null;
                }

                kept.RemoveAt(kept.Count - 1);
            }
            else if (segment != ".")
            {
                kept.Add(segment);
            }
        }

        return string.Join('/', kept);
    }

    /// <summary>A plain sentence for a name with dot segments, for errors and the ledger.</summary>
    public static string Explain(string name) => Resolve(name) is { } resolved
        ? $"The blob name '{name}' has '.' or '..' segments: storage would read it as '{resolved}', so it cannot be used as given."
        : $"The blob name '{name}' has '..' segments that climb out of its container: storage would read it as a blob of another container.";

    /// <summary>Guard for the store: a name with dot segments would silently address another blob.</summary>
    public static void ThrowIfUnaddressable(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (HasDotSegments(name))
        {
            throw new ArgumentException(Explain(name), nameof(name));
        }
    }
}

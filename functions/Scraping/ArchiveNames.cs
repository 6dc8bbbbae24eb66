using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NetralitasSearch.Functions.Scraping;

/// <summary>
/// Where fetched pages live in the articles container. One folder per URL, one blob per version, so evidence is
/// never overwritten:
/// <c>web/{host}/{path-slug}-{first 12 hex of SHA-256(url)}/{yyyyMMddTHHmmssfffZ}-{first 8 hex of SHA-256(content)}.html</c>.
/// The folder is stable for a URL (the slug keeps it readable, the hash keeps it unique); version names sort by
/// fetch time (to the millisecond, so two fetches in one second still sort), and the last one is the latest.
/// </summary>
public static class ArchiveNames
{
    public const string Root = "web/";

    /// <summary>Slugs are cut at this length (at a word boundary where one is near).</summary>
    public const int MaxSlugLength = 60;

    private const string TimestampFormat = "yyyyMMdd'T'HHmmssfff'Z'";

    /// <summary>The URL's folder, ending with '/'.</summary>
    public static string Folder(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return $"{Root}{HostPart(url)}/{Slug(url.AbsolutePath)}-{Hash(Encoding.UTF8.GetBytes(UrlNormalizer.Key(url)))[..12]}/";
    }

    /// <summary>The blob name of one fetched version.</summary>
    public static string Version(Uri url, DateTimeOffset fetchedAt, string contentSha256, string extension)
    {
        ArgumentException.ThrowIfNullOrEmpty(contentSha256);
        ArgumentException.ThrowIfNullOrEmpty(extension);
        return $"{Folder(url)}{fetchedAt.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture)}-{contentSha256[..8]}{extension}";
    }

    /// <summary>The lower-case hexadecimal SHA-256 of the content: metadata content_sha256, and the start of it in the version name.</summary>
    public static string Hash(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The host as a path segment: IPv6 colons and brackets become dashes, a non-default port follows an underscore.</summary>
    private static string HostPart(Uri url)
    {
        var host = url.IdnHost.Trim('[', ']').Replace(':', '-').ToLowerInvariant();
        return url.IsDefaultPort ? host : $"{host}_{url.Port.ToString(CultureInfo.InvariantCulture)}";
    }

    private static string Slug(string path)
    {
        var text = Uri.UnescapeDataString(path).ToLowerInvariant();
        var slug = new StringBuilder(Math.Min(text.Length, MaxSlugLength + 1));
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }

            if (slug.Length > MaxSlugLength)
            {
                break;
            }
        }

        var result = slug.ToString().Trim('-');
        if (result.Length > MaxSlugLength)
        {
            var cut = result.LastIndexOf('-', MaxSlugLength);
            result = (cut > MaxSlugLength / 2 ? result[..cut] : result[..MaxSlugLength]).Trim('-');
        }

        return result.Length == 0 ? "index" : result;
    }
}

using System.Globalization;
using System.Text;
using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Functions.Scraping;

/// <summary>
/// The metadata of an archived page blob (ASCII keys and values, as blob metadata must be), written by the scraper
/// and read back by IngestArticle so the document says where and when its page was archived.
/// </summary>
public static class ArchiveMetadata
{
    public const string SourceUrl = "source_url";
    public const string FinalUrl = "final_url";
    public const string FetchedAt = "fetched_at";
    public const string HttpStatus = "http_status";
    public const string ContentType = "content_type";
    public const string ContentSha256 = "content_sha256";
    public const string Charset = "charset";

    /// <summary>The URL list (a blob of the sources container) or function that asked for the fetch.</summary>
    public const string RequestedBy = "requested_by";

    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static Dictionary<string, string> Create(FetchResult page, string contentSha256, Encoding? charset, string requestedBy)
    {
        ArgumentNullException.ThrowIfNull(page);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [SourceUrl] = UrlNormalizer.Key(page.RequestedUrl),
            [FinalUrl] = UrlNormalizer.Key(page.FinalUrl),
            [FetchedAt] = page.FetchedAt.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture),
            [HttpStatus] = (page.HttpStatus ?? 0).ToString(CultureInfo.InvariantCulture),
            [ContentSha256] = contentSha256,
            [RequestedBy] = Ascii(requestedBy),
        };
        if (page.ContentType is { Length: > 0 } contentType)
        {
            metadata[ContentType] = Ascii(contentType);
        }

        if (charset is not null)
        {
            metadata[Charset] = charset.WebName;
        }

        return metadata;
    }

    /// <summary>The archive facts of a blob's metadata, or null when the blob was not fetched by the scraper.</summary>
    public static ArchiveInfo? TryRead(IReadOnlyDictionary<string, string> metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        if (!metadata.TryGetValue(SourceUrl, out var source)
            || !DateTimeOffset.TryParseExact(metadata.GetValueOrDefault(FetchedAt), TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var fetchedAt))
        {
            return null;
        }

        return new ArchiveInfo
        {
            SourceUrl = source,
            FinalUrl = metadata.GetValueOrDefault(FinalUrl) ?? source,
            FetchedAt = fetchedAt,
            HttpStatus = int.TryParse(metadata.GetValueOrDefault(HttpStatus), NumberStyles.None, CultureInfo.InvariantCulture, out var status) ? status : 0,
            ContentType = metadata.GetValueOrDefault(ContentType),
        };
    }

    /// <summary>
    /// The document of an archived page with its archive facts; a page without a canonical URL gets the URL it was
    /// read from, and one without a site name the host it came from.
    /// </summary>
    public static Document Apply(Document document, IReadOnlyDictionary<string, string> metadata)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (TryRead(metadata) is not { } archive)
        {
            return document;
        }

        return document with
        {
            Archive = archive,
            Url = document.Url ?? archive.FinalUrl,
            Source = document.Source ?? HostOf(archive.FinalUrl),
        };
    }

    /// <summary>The site as the parser names an outlet it knows only by address: the host without "www.".</summary>
    private static string? HostOf(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? uri.Host.StartsWith("www.", StringComparison.Ordinal) ? uri.Host[4..] : uri.Host : null;

    /// <summary>Blob metadata travels as HTTP headers: anything outside printable ASCII is percent-encoded.</summary>
    private static string Ascii(string text)
    {
        if (text.All(c => c is >= ' ' and <= '~'))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is >= ' ' and <= '~')
            {
                builder.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length])
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}

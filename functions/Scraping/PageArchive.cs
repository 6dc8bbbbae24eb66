using System.Text;
using NetralitasSearch.Indexer.Parsing;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Scraping;

/// <summary>
/// Fetched pages in the articles container, one blob per version (<see cref="ArchiveNames"/>), never overwritten.
/// A page whose content is byte-for-byte the latest stored version stores nothing new. IngestArticle picks new
/// versions up like any uploaded article.
/// </summary>
public sealed class PageArchive(IBlobStore blobs, StorageOptions storage)
{
    public string Container => storage.ArticlesContainer;

    /// <summary>The file extension a fetched body is stored with (it tells the parser how to read it), or null when it is not an article page.</summary>
    public static string? Extension(string? mediaType, ReadOnlySpan<byte> content) => mediaType switch
    {
        "text/html" or "application/xhtml+xml" => ".html",
        "text/plain" => ".txt",
        "text/markdown" or "text/x-markdown" => ".md",
        null or "application/octet-stream" => ContentSniffer.Sniff("", content) switch
        {
            ContentKind.Html => ".html",
            ContentKind.Text => ".txt",
            _ => null,
        },
        _ => null,
    };

    public async Task<ArchivedPage> SaveAsync(FetchResult page, string extension, string requestedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentException.ThrowIfNullOrEmpty(extension);
        if (!page.IsFetched)
        {
            throw new ArgumentException("Only a fetched page can be archived.", nameof(page));
        }

        var sha = ArchiveNames.Hash(page.Content.Span);
        var latest = await LatestAsync(page.RequestedUrl, cancellationToken).ConfigureAwait(false);
        if (latest is not null && latest.Metadata.GetValueOrDefault(ArchiveMetadata.ContentSha256) == sha)
        {
            return new ArchivedPage(latest.Name, latest.ETag, IsNewVersion: false);
        }

        var charset = CharsetDetector.Detect(page.ContentType, page.Content.Span);
        var name = ArchiveNames.Version(page.RequestedUrl, page.FetchedAt, sha, extension);
        var etag = await blobs.UploadAsync(Container, name, page.Content, StoredContentType(page.MediaType, extension, charset), ArchiveMetadata.Create(page, sha, charset, requestedBy), cancellationToken).ConfigureAwait(false);
        return new ArchivedPage(name, etag, IsNewVersion: true);
    }

    /// <summary>Every stored version of a URL, oldest first.</summary>
    public async Task<IReadOnlyList<BlobItem>> VersionsAsync(Uri url, CancellationToken cancellationToken = default)
    {
        var versions = new List<BlobItem>();
        await foreach (var item in blobs.ListAsync(Container, ArchiveNames.Folder(url), cancellationToken).ConfigureAwait(false))
        {
            versions.Add(item);
        }

        versions.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return versions;
    }

    private async Task<BlobItem?> LatestAsync(Uri url, CancellationToken cancellationToken)
    {
        var versions = await VersionsAsync(url, cancellationToken).ConfigureAwait(false);
        return versions.Count == 0 ? null : versions[^1];
    }

    /// <summary>
    /// The content type the blob is stored with: the site's media type with the charset found in the header or the
    /// page itself, so the parser decodes the archived bytes as the site meant them.
    /// </summary>
    private static string StoredContentType(string? mediaType, string extension, Encoding? charset)
    {
        var media = mediaType is null or "application/octet-stream" ? extension == ".html" ? "text/html" : "text/plain" : mediaType;
        return charset is null ? media : $"{media}; charset={charset.WebName}";
    }
}

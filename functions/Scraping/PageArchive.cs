using System.Text;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Scraping;

/// <summary>
/// Fetched pages, PDFs and images in the articles container, one blob per version (<see cref="ArchiveNames"/>) with the
/// extension of its <see cref="ArchiveFormat"/>, never overwritten. A body that is byte-for-byte the latest stored version
/// stores nothing new. IngestArticle picks new versions up like any uploaded article.
/// </summary>
public sealed class PageArchive(IBlobStore blobs, StorageOptions storage)
{
    public string Container => storage.ArticlesContainer;

    public async Task<ArchivedPage> SaveAsync(FetchResult page, ArchiveFormat format, string requestedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(format);
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

        // A PDF or an image has no charset: a byte-order mark or "charset=" in its bytes would be chance.
        var charset = format.IsText ? CharsetDetector.Detect(page.ContentType, page.Content.Span) : null;
        var name = ArchiveNames.Version(page.RequestedUrl, page.FetchedAt, sha, format.Extension);
        var etag = await blobs.UploadAsync(Container, name, page.Content, StoredContentType(page.MediaType, format, charset), ArchiveMetadata.Create(page, sha, charset, requestedBy), cancellationToken).ConfigureAwait(false);
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
    /// The content type the blob is stored with: for text, the site's media type with the charset found in the header or
    /// the page itself, so the parser decodes the archived bytes as the site meant them; for a PDF or an image, what its
    /// bytes are (the site's own header stays in the metadata).
    /// </summary>
    private static string StoredContentType(string? mediaType, ArchiveFormat format, Encoding? charset)
    {
        var media = format.IsText && mediaType is { } site && (site.StartsWith("text/", StringComparison.Ordinal) || site == "application/xhtml+xml") ? site : format.MediaType;
        return charset is null ? media : $"{media}; charset={charset.WebName}";
    }
}

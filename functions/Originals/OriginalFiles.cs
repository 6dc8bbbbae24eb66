using System.Globalization;
using Microsoft.Net.Http.Headers;
using NetralitasSearch.Functions.Ingestion;
using NetralitasSearch.Functions.Triggers;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Originals;

/// <summary>
/// The original file of a document: its record (<c>documents/{id}.json</c>, the canonical one) names the blob, and the
/// blob is read only from the articles container, only under a name that storage takes as written (no "." or ".."
/// segments) and only when the document's id is the hash of exactly that container and name. So no record, however it
/// came to be written, can point this at another container or blob; what fails any of these is a 404, like an unknown id.
/// Blobs above the host's blob limit (host.json <c>netralitas.maxBlobBytes</c>) are not read.
/// </summary>
public sealed class OriginalFiles(IBlobStore blobs, StorageOptions storage, HostExtensionOptions host)
{
    public async Task<OriginalFileResult> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        var record = await blobs.DownloadAsync(storage.DocumentsContainer, DocumentStore.BlobName(id), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (record is null || DocumentJson.TryDeserialize(record.Content.Span) is not { } document)
        {
            return OriginalFileResult.Problem(StatusCodes.Status404NotFound, $"No document {id}.");
        }

        if (!IsOwnArticle(document, id))
        {
            return OriginalFileResult.Problem(StatusCodes.Status404NotFound, $"Document {id} has no original file in the {storage.ArticlesContainer} container.");
        }

        var blob = await blobs.DownloadAsync(storage.ArticlesContainer, document.File, host.MaxBlobBytes, cancellationToken).ConfigureAwait(false);
        if (blob is null)
        {
            return OriginalFileResult.Problem(StatusCodes.Status404NotFound, $"The original file of document {id} is no longer stored: {document.File} was deleted.");
        }

        if (blob.IsTruncated)
        {
            return OriginalFileResult.Problem(
                StatusCodes.Status413PayloadTooLarge,
                string.Create(CultureInfo.InvariantCulture, $"The original file of document {id} is {blob.Length:N0} bytes; files above {host.MaxBlobBytes:N0} bytes (host.json netralitas.maxBlobBytes) are not served."));
        }

        var kind = OriginalFile.KindOf(blob.Content.Span, document.Format);
        return OriginalFileResult.Found(new OriginalFile(blob.Name, blob.Content, blob.ETag, kind, Charset(blob.ContentType)));
    }

    private bool IsOwnArticle(Document document, string id) =>
        document.Container == storage.ArticlesContainer
        && !string.IsNullOrEmpty(document.File)
        && !BlobNames.HasDotSegments(document.File)
        && DocumentId.ForBlob(storage.ArticlesContainer, document.File) == id;

    /// <summary>The charset parameter of the stored content type, when it is a plain encoding name; anything else is dropped, never echoed.</summary>
    private static string? Charset(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed) || parsed.Charset is not { HasValue: true } charset)
        {
            return null;
        }

        var name = charset.Value.Trim('"');
        return name.Length is > 0 and <= 40 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':') ? name : null;
    }
}

using System.Runtime.CompilerServices;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Ingestion;

/// <summary>The canonical records: <c>documents/{id}.json</c>. The index can always be rebuilt from them.</summary>
public sealed class DocumentStore(IBlobStore blobs, StorageOptions storage)
{
    public static string BlobName(string id) => $"{id}.json";

    public Task SaveAsync(Document document, CancellationToken cancellationToken = default) =>
        blobs.UploadAsync(storage.DocumentsContainer, BlobName(document.Id), DocumentJson.Serialize(document), "application/json", cancellationToken: cancellationToken);

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        blobs.DeleteAsync(storage.DocumentsContainer, BlobName(id), cancellationToken);

    /// <summary>The stored document, or null when there is none (or it does not read as one).</summary>
    public async Task<Document?> ReadAsync(string id, CancellationToken cancellationToken = default)
    {
        var content = await blobs.DownloadAsync(storage.DocumentsContainer, BlobName(id), cancellationToken: cancellationToken).ConfigureAwait(false);
        return content is null ? null : DocumentJson.TryDeserialize(content.Content.Span);
    }

    /// <summary>Every stored document; records that do not read as documents are skipped and counted in <paramref name="unreadable"/>.</summary>
    public async IAsyncEnumerable<Document> ReadAllAsync(StrongBox<int> unreadable, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in blobs.ListAsync(storage.DocumentsContainer, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var content = await blobs.DownloadAsync(storage.DocumentsContainer, item.Name, cancellationToken: cancellationToken).ConfigureAwait(false);
            var document = content is null ? null : DocumentJson.TryDeserialize(content.Content.Span);
            if (document is null)
            {
                unreadable.Value++;
                continue;
            }

            yield return document;
        }
    }
}

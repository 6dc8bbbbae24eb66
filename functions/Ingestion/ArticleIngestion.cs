using System.Diagnostics;
using System.Globalization;
using NetralitasSearch.Functions.Scraping;
using NetralitasSearch.Functions.Triggers;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Parsing;
using NetralitasSearch.Indexer.Pipeline;

namespace NetralitasSearch.Functions.Ingestion;

/// <summary>
/// What IngestArticle does with one version of an article blob: the library's document pipeline (parse, extract),
/// then <c>documents/{id}.json</c>, the index upsert and the observers (alerts). The receipt is written around this by
/// <see cref="BlobVersionProcessor"/>, last, so a crash anywhere here only means the blob comes back. A deleted blob
/// removes its document; content that cannot become a document is a failure with its reason. A page the scraper
/// archived carries its source URL and fetch time in its metadata; the document keeps them.
/// </summary>
public sealed partial class ArticleIngestion(
    DocumentPipeline pipeline,
    DocumentStore documents,
    IndexService index,
    IEnumerable<IDocumentIndexedObserver> observers,
    HostExtensionOptions hostOptions,
    ILogger<ArticleIngestion> logger) : IBlobHandler
{
    public async Task<FunctionResult> RunAsync(BlobTriggerInput blob, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blob);
        var id = DocumentId.ForBlob(blob.Container, blob.Name);
        if (blob.IsDeleted)
        {
            await RemoveAsync(id, cancellationToken).ConfigureAwait(false);
            return FunctionResult.Success($"removed document {id}");
        }

        if (blob.IsTooLarge || blob.Content is not { } content)
        {
            await RemoveAsync(id, cancellationToken).ConfigureAwait(false);
            return FunctionResult.Failed(string.Create(CultureInfo.InvariantCulture,
                $"The file is {blob.Length:N0} bytes; the limit for one article is {hostOptions.MaxBlobBytes:N0} bytes (host.json netralitas.maxBlobBytes), so it was not read."));
        }

        var stopwatch = Stopwatch.StartNew();
        var result = pipeline.Process(new SourceFile(blob.Name, content, blob.ContentType), DocumentOrigin.ForBlob(blob.Container, blob.Name, blob.ETag));
        if (!result.IsSuccess)
        {
            // The new version is not an article: the document of an older version must not stay searchable.
            await RemoveAsync(id, cancellationToken).ConfigureAwait(false);
            return FunctionResult.Failed(result.Failure.Reason);
        }

        var document = ArchiveMetadata.Apply(result.Document, blob.Metadata);
        await documents.SaveAsync(document, cancellationToken).ConfigureAwait(false);
        await index.UpsertAsync(document, cancellationToken).ConfigureAwait(false);
        foreach (var observer in observers)
        {
            await observer.OnIndexedAsync(document, cancellationToken).ConfigureAwait(false);
        }

        LogIndexed(logger, document.Id, blob.Name, stopwatch.ElapsedMilliseconds);

        // Read with losses (invalid bytes, flattened markup, text cut at a limit): the ledger says which.
        return FunctionResult.Success(result.Notes.Count == 0 ? $"indexed document {id}" : $"indexed document {id}; {string.Join(" ", result.Notes)}");
    }

    private async Task RemoveAsync(string id, CancellationToken cancellationToken)
    {
        await documents.DeleteAsync(id, cancellationToken).ConfigureAwait(false);
        await index.DeleteAsync(id, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Indexed {DocumentId} from {Blob} in {ElapsedMs} ms")]
    private static partial void LogIndexed(ILogger logger, string documentId, string blob, long elapsedMs);
}

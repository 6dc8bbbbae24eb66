using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Functions.Ingestion;

/// <summary>
/// Told about every document IngestArticle has indexed (after the index commit, before the receipt). An observer
/// that throws makes the blob come back, so observers must be idempotent per document id and version.
/// </summary>
public interface IDocumentIndexedObserver
{
    Task OnIndexedAsync(Document document, CancellationToken cancellationToken = default);
}

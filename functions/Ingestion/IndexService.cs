using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Index;

namespace NetralitasSearch.Functions.Ingestion;

/// <summary>The host's index: its single writer (every ingest worker goes through it) and its searcher.</summary>
public sealed class IndexService : IDisposable
{
    private readonly IndexWriter writer;

    public IndexService(IndexOptions options)
    {
        Options = options;
        writer = IndexWriter.Open(options, withMemory: true);
        Searcher = new IndexSearcher(options, writer.Memory);
    }

    public IndexOptions Options { get; }

    public IndexSearcher Searcher { get; }

    public long Count() => writer.Count();

    public void Upsert(Document document) => writer.Upsert(document);

    public void Upsert(IReadOnlyCollection<Document> documents) => writer.Upsert(documents);

    public bool Delete(string id) => writer.Delete(id);

    public void Dispose() => writer.Dispose();
}

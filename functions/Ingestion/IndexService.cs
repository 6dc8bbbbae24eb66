using System.Runtime.CompilerServices;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Index;

namespace NetralitasSearch.Functions.Ingestion;

/// <summary>
/// The host's index: its single writer (every ingest worker goes through it) and its near-real-time searcher. At start
/// an index whose files fail their checksums (or that does not open) is moved aside and a new one created; the start-up
/// code then rebuilds it from the stored documents, as it does for an empty index or one of another schema version.
/// </summary>
public sealed partial class IndexService : IDisposable
{
    private readonly IndexWriter writer;

    public IndexService(IndexOptions options, ILogger<IndexService> logger)
    {
        Options = options;
        if (IndexWriter.Check(options) is { } problem)
        {
            Quarantine(options, problem, logger);
        }

        try
        {
            writer = IndexWriter.Open(options);
        }
        catch (Exception exception) when (IndexDamage.IsDamage(exception))
        {
            // Damage the check missed shows when the writer reads the index's state: the same remedy.
            Quarantine(options, exception.Message, logger);
            writer = IndexWriter.Open(options);
        }

        Searcher = new IndexSearcher(writer);
    }

    public IndexOptions Options { get; }

    /// <summary>Whether an error says the index's files are damaged (a checksum, header or file that does not match).</summary>
    public static bool IsDamage(Exception exception) => IndexDamage.IsDamage(exception);

    public IndexSearcher Searcher { get; }

    /// <summary>The index file was damaged at start and has been replaced by an empty one.</summary>
    public bool Recovered { get; private set; }

    public long Count() => writer.Count();

    public void Upsert(Document document) => writer.Upsert(document);

    public void Upsert(IReadOnlyCollection<Document> documents) => writer.Upsert(documents);

    public bool Delete(string id) => writer.Delete(id);

    public HashSet<string> Ids() => writer.Ids();

    public void Clear() => writer.Clear();

    /// <summary>Indexes every stored document, in batches; returns how many were indexed and how many were unreadable.</summary>
    public async Task<(int Indexed, int Unreadable)> IndexStoredAsync(DocumentStore documents, CancellationToken cancellationToken = default)
    {
        const int batchSize = 256;
        var unreadable = new StrongBox<int>();
        var batch = new List<Document>(batchSize);
        var total = 0;
        await foreach (var document in documents.ReadAllAsync(unreadable, cancellationToken).ConfigureAwait(false))
        {
            batch.Add(document);
            if (batch.Count == batchSize)
            {
                writer.Upsert(batch);
                total += batch.Count;
                batch.Clear();
            }
        }

        writer.Upsert(batch);
        return (total + batch.Count, unreadable.Value);
    }

    public void Dispose()
    {
        Searcher.Dispose();
        writer.Dispose();
    }

    /// <summary>Moves a damaged index folder aside, keeping it for inspection; the start-up code rebuilds.</summary>
    private void Quarantine(IndexOptions options, string problem, ILogger logger)
    {
        var quarantine = $"{options.LuceneFolder}.corrupt-{DateTime.UtcNow:yyyyMMddHHmmssfff}";
        Directory.Move(options.LuceneFolder, quarantine);
        LogQuarantined(logger, options.LuceneFolder, problem, quarantine);
        Recovered = true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The index {Path} failed its check ({Problem}); moved to {Quarantine}, rebuilding from the stored documents")]
    private static partial void LogQuarantined(ILogger logger, string path, string problem, string quarantine);
}

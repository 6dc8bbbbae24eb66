using System.Runtime.CompilerServices;
using NetralitasSearch.Functions.Replication;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Index;
using NetralitasSearch.Indexer.Index.Replication;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Ingestion;

/// <summary>
/// The host's index: its single writer (every ingest worker goes through it) and its near-real-time searcher. At start
/// an index whose files fail their checksums (or that does not open) is moved aside and a new one created; the start-up
/// code then rebuilds it from the stored documents, as it does for an empty index or one of another schema version.
/// In the writer and reader roles the host searches a replica of the published index instead, and a writer-role host
/// hands each change to the writer (<see cref="IndexWriterService"/>) on the change queue.
/// </summary>
public sealed partial class IndexService : IDisposable
{
    private readonly IndexWriter? writer;
    private readonly ReplicationOptions replication;
    private readonly IQueueStore queues;

    public IndexService(IndexOptions options, ReplicationOptions replication, IQueueStore queues, ILogger<IndexService> logger)
    {
        Options = options;
        this.replication = replication;
        this.queues = queues;
        foreach (var (path, bytes) in options.RemoveLegacyIndex())
        {
            LogLegacyRemoved(logger, path, bytes);
        }

        if (replication.Role != IndexRole.All)
        {
            Replica = new ReplicaIndex(Path.Combine(options.Directory, "replica"));
            Searcher = Replica.Searcher;
            return;
        }

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

    /// <summary>The local copy of the published index searched in the writer and reader roles; null in the role all.</summary>
    public ReplicaIndex? Replica { get; }

    public IndexRole Role => replication.Role;

    /// <summary>The index file was damaged at start and has been replaced by an empty one.</summary>
    public bool Recovered { get; private set; }

    public long Count() => writer?.Count() ?? Replica!.Count();

    public void Upsert(Document document) => Writer.Upsert(document);

    public void Upsert(IReadOnlyCollection<Document> documents) => Writer.Upsert(documents);

    public bool Delete(string id) => Writer.Delete(id);

    /// <summary>The ids in the index: this host's own, or in the writer role those of the published copy it searches.</summary>
    public HashSet<string> Ids() => writer?.Ids() ?? (replication.Role == IndexRole.Writer ? Replica!.Ids() : Writer.Ids());

    /// <summary>
    /// The change-queue message that asks the instance holding the writer lease to empty its index and build it again
    /// from the stored documents (document ids are hex digests, so it can be no id).
    /// </summary>
    public const string ReindexMessage = "*reindex*";

    /// <summary>Asks the writer-lease holder to rebuild the index from the stored documents (role writer only).</summary>
    public async Task RequestReindexAsync(CancellationToken cancellationToken = default)
    {
        if (replication.Role != IndexRole.Writer)
        {
            throw new InvalidOperationException("Only a writer-role host hands a rebuild to the writer.");
        }

        await queues.AddAsync(replication.ChangeQueue, ReindexMessage, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    public void Clear() => Writer.Clear();

    /// <summary>Indexes a stored document: here (role all), or by the writer, told on the change queue (role writer).</summary>
    public async Task UpsertAsync(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (replication.Role == IndexRole.Writer)
        {
            await queues.AddAsync(replication.ChangeQueue, document.Id, cancellationToken: cancellationToken).ConfigureAwait(false);
            return;
        }

        Writer.Upsert(document);
    }

    /// <summary>Indexes stored documents: here in one batch (role all), or by the writer, told on the change queue (role writer).</summary>
    public async Task UpsertAsync(IReadOnlyCollection<Document> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (replication.Role == IndexRole.Writer)
        {
            foreach (var document in documents)
            {
                await UpsertAsync(document, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        Writer.Upsert(documents);
    }

    /// <summary>Removes a document from the index, as <see cref="UpsertAsync(Document, CancellationToken)"/> indexes one (the writer finds its record gone).</summary>
    public async Task DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        if (replication.Role == IndexRole.Writer)
        {
            await queues.AddAsync(replication.ChangeQueue, id, cancellationToken: cancellationToken).ConfigureAwait(false);
            return;
        }

        Writer.Delete(id);
    }

    /// <summary>Indexes every stored document, in batches; returns how many were indexed and how many were unreadable.</summary>
    public Task<(int Indexed, int Unreadable)> IndexStoredAsync(DocumentStore documents, CancellationToken cancellationToken = default) =>
        IndexStoredAsync(Writer, documents, cancellationToken);

    /// <summary>Indexes every stored document into <paramref name="writer"/>, in batches.</summary>
    public static async Task<(int Indexed, int Unreadable)> IndexStoredAsync(IndexWriter writer, DocumentStore documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(documents);
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

        // A rebuild is a bulk load: it ends merged, as the CLI's index does (see IndexWriter.Compact).
        writer.Compact();
        return (total + batch.Count, unreadable.Value);
    }

    public void Dispose()
    {
        Searcher.Dispose();
        writer?.Dispose();
        Replica?.Dispose();
    }

    private IndexWriter Writer => writer ?? throw new InvalidOperationException(
        $"In the {replication.Role.ToString().ToLowerInvariant()} role this host has no index of its own to write: the instance holding the writer lease indexes the stored documents.");

    /// <summary>Moves a damaged index folder aside, keeping it for inspection; the start-up code rebuilds.</summary>
    private void Quarantine(IndexOptions options, string problem, ILogger logger)
    {
        var quarantine = $"{options.LuceneFolder}.corrupt-{DateTime.UtcNow:yyyyMMddHHmmssfff}";
        Directory.Move(options.LuceneFolder, quarantine);
        LogQuarantined(logger, options.LuceneFolder, problem, quarantine);
        Recovered = true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {Path} ({Bytes} bytes), the index of the engine before Lucene, which nothing reads any more")]
    private static partial void LogLegacyRemoved(ILogger logger, string path, long bytes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The index {Path} failed its check ({Problem}); moved to {Quarantine}, rebuilding from the stored documents")]
    private static partial void LogQuarantined(ILogger logger, string path, string problem, string quarantine);
}

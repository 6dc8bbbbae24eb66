using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NetralitasSearch.Indexer.Analysis;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Extraction.Regions;
using NetralitasSearch.Indexer.Index.Clustering;
using NetralitasSearch.Indexer.Index.Replication;
using LuceneWriter = Lucene.Net.Index.IndexWriter;

namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// The one writer of an index: idempotent upserts by document id (Lucene's UpdateDocument on the untokenized id) and
/// deletes. Each batch is searchable as soon as the call returns (the near-real-time searcher is reopened); commits,
/// which make changes durable, are batched: at most <see cref="IndexOptions.CommitInterval"/> after a change, and on
/// dispose. Each commit records the schema fingerprint; an index of another schema or analyzer is opened empty (its
/// documents are then indexed again by the caller). Assigns each document its same-story cluster. Thread-safe.
/// </summary>
public sealed class IndexWriter : IDisposable
{
    /// <summary>Batches from this size up are analyzed on every core.</summary>
    private const int ParallelBatch = 16;

    private readonly IndexOptions options;
    private readonly Lucene.Net.Store.Directory directory;
    private readonly LuceneWriter writer;
    private readonly DocumentFields fields;
    private readonly NearDuplicateIndex duplicates = new();

    /// <summary>Clusters of texts too short for a fingerprint, by a hash of the whole text (this process only).</summary>
    private readonly Dictionary<ulong, long> exactText = [];
    private readonly System.Threading.Lock gate = new();
    private readonly Timer committer;
    private long nextSequence;
    private readonly System.Threading.Lock refreshGate = new();
    private bool dirty;

    /// <summary>Counts the writes (batches, merges): a reader opened after a write was counted holds it.</summary>
    private long written;

    /// <summary>The count of writes the searchers' current reader holds (<see cref="AcquireSearcher"/>).</summary>
    private long refreshed;
    private long lastCommit;
    private bool disposed;

    private IndexWriter(IndexOptions options, Lucene.Net.Store.Directory directory, LuceneWriter writer, IndonesianAnalyzer analyzer, Gazetteer gazetteer)
    {
        this.options = options;
        this.directory = directory;
        this.writer = writer;
        fields = new DocumentFields(analyzer.ForIndexing(), gazetteer);
        Values = new ValuesCache();
        Searchers = new SearcherManager(writer, applyAllDeletes: true, new SearcherFactoryWithValues(Values));
        Analyzer = analyzer;
        Gazetteer = gazetteer;
        committer = new Timer(_ => CommitPending(), null, Timeout.Infinite, Timeout.Infinite);
        LoadState();
    }

    /// <summary>Opens (creating if needed) the index in <see cref="IndexOptions.LuceneFolder"/>.</summary>
    public static IndexWriter Open(IndexOptions options, IndonesianAnalyzer? analyzer = null, Gazetteer? gazetteer = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        System.IO.Directory.CreateDirectory(options.LuceneFolder);
        var directory = new MMapDirectory(new DirectoryInfo(options.LuceneFolder));
        try
        {
            var sameSchema = DirectoryReader.IndexExists(directory) && StoredFingerprint(directory) == IndexFields.Fingerprint;
            analyzer ??= IndonesianAnalyzer.Default;
            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, WriteAnalyzer(analyzer))
            {
                OpenMode = sameSchema ? OpenMode.APPEND : OpenMode.CREATE,
                Similarity = new BM25Similarity(),
                RAMBufferSizeMB = 64,

                // Keeps the commits a publication holds (Snapshot) until it has copied them; otherwise only the last.
                IndexDeletionPolicy = new SnapshotDeletionPolicy(new KeepOnlyLastCommitDeletionPolicy()),
            };
            var writer = new LuceneWriter(directory, config);
            var opened = new IndexWriter(options, directory, writer, analyzer, gazetteer ?? Gazetteer.Default);
            if (!sameSchema)
            {
                opened.Commit();
            }

            return opened;
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Whether an index can be used: it opens, and every file of its last commit passes its checksum. A file damaged
    /// while the host was down fails this, and the host rebuilds the index from the stored documents. Null when usable
    /// (or absent), else what is wrong.
    /// </summary>
    public static string? Check(IndexOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Exists())
        {
            return null;
        }

        try
        {
            using var directory = new MMapDirectory(new DirectoryInfo(options.LuceneFolder));
            using var reader = DirectoryReader.Open(directory);
            foreach (var leaf in reader.Leaves)
            {
                leaf.AtomicReader.CheckIntegrity();
            }

            return null;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Damage shows as many exception types (a bad header can read as any number); every one means the same here.
            return $"{exception.GetType().Name}: {exception.Message}";
        }
    }

    internal SearcherManager Searchers { get; }

    /// <summary>
    /// A searcher that sees every write returned so far, released to <see cref="Searchers"/>. The reader is reopened
    /// here, on the first acquire after writes, not after each batch: a bulk load that nobody searches meanwhile
    /// flushes a segment when its memory buffer fills instead of one per batch (a quarter of the writer's time in the
    /// profile of a bulk load went to those reopens and their flushes).
    /// </summary>
    internal Lucene.Net.Search.IndexSearcher AcquireSearcher()
    {
        // A caller whose write returned waits until a reader holding it is in place: while another thread reopens, a
        // flag cleared at the start of that reopen let it take the reader before (an alert missed a new document).
        var wanted = Interlocked.Read(ref written);
        if (Interlocked.Read(ref refreshed) < wanted)
        {
            lock (refreshGate)
            {
                if (Interlocked.Read(ref refreshed) < wanted)
                {
                    // Read before the reopen: every write counted by then is in the reader it opens.
                    var holds = Interlocked.Read(ref written);
                    Searchers.MaybeRefreshBlocking();
                    Interlocked.Exchange(ref refreshed, holds);
                }
            }
        }

        return Searchers.Acquire();
    }

    internal ValuesCache Values { get; }

    internal IndonesianAnalyzer Analyzer { get; }

    internal Gazetteer Gazetteer { get; }

    internal IndexOptions Options => options;

    /// <summary>How many documents the index holds.</summary>
    public long Count()
    {
        var searcher = AcquireSearcher();
        try
        {
            return searcher.IndexReader.NumDocs;
        }
        finally
        {
            Searchers.Release(searcher);
        }
    }

    public void Upsert(Document document) => Upsert([document]);

    /// <summary>Adds or replaces documents by id; searchable when this returns.</summary>
    public void Upsert(IReadOnlyCollection<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0)
        {
            return;
        }

        // Analysis is pure: a batch is analyzed on every core, in its order, outside the lock.
        var prepared = documents.Count < ParallelBatch
            ? documents.Select(fields.Prepare).ToList()
            : documents.AsParallel().AsOrdered().Select(fields.Prepare).ToList();
        Write(prepared);
    }

    /// <summary>
    /// A bulk load (the CLI's <c>index</c>, the benchmark): each item is made into a document by
    /// <paramref name="make"/> (null: none, e.g. a file that failed) and analyzed on every core, and written in the items'
    /// order by whichever thread finds the next run ready. Written documents are searchable as after
    /// <see cref="Upsert(IReadOnlyCollection{Document})"/>. A failure while making an item stops the load with every item
    /// before it written (thrown as an <see cref="AggregateException"/>). Returns how many documents were written.
    /// </summary>
    public int Load<T>(IReadOnlyList<T> items, Func<T, Document?> make, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(make);
        var load = new BulkLoad<T>(items, make, fields, Write, cancellationToken);

        // A bulk load flushes its segments whole, not packed into a compound file: a load that fits the buffer leaves
        // one plain segment, which Compact's merge keeps as it is (the merge policy wants a segment that large plain)
        // instead of copying all of it once more. The settings hold until the load's last documents are flushed.
        var config = writer.Config;
        var (buffer, compound) = (config.RAMBufferSizeMB, config.UseCompoundFile);
        config.RAMBufferSizeMB = options.BulkRamBufferMB;
        config.UseCompoundFile = false;
        try
        {
            var loaded = load.Run();
            Searchers.Release(AcquireSearcher());
            return loaded;
        }
        finally
        {
            config.RAMBufferSizeMB = buffer;
            config.UseCompoundFile = compound;
        }
    }

    /// <summary>Writes analyzed documents in their order: each gets its sequence number and same-story cluster.</summary>
    private void Write(IReadOnlyList<PreparedDocument> prepared)
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            var built = new List<(string Id, Lucene.Net.Documents.Document Fields)>(prepared.Count);
            foreach (var row in prepared)
            {
                // A replaced version's fingerprint goes by its id's key: no lookup in the index per document.
                var key = IndexFields.KeyOf(row.Document.Id);
                duplicates.Remove(key);
                var sequence = nextSequence++;
                built.Add((row.Document.Id, DocumentFields.Build(row, sequence, Cluster(key, sequence, row))));
            }

            // One thread writes: measured on two cores, documents written from two threads at once cost more CPU
            // (the writer's locks) than they save.
            foreach (var (id, document) in built)
            {
                writer.UpdateDocument(new Term(IndexFields.Id, id), document);
            }

            Changed();
        }
    }

    /// <summary>
    /// Merges the index into at most <paramref name="maxSegments"/> segments and commits, after a bulk load (the CLI's
    /// <c>index</c>, a rebuild from the stored documents). Every segment costs each query term a terms-dictionary
    /// lookup and a clone of its inputs (Lucene.Net 4.8 tracks every clone of a memory-mapped file in a weak table),
    /// so a search over the sixteen segments a 220k-document bulk load left cost about a third more than over one. Searches and upserts go on meanwhile; the merged index is searchable when this returns.
    /// </summary>
    public void Compact(int maxSegments = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSegments, 1);
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
        }

        // Not under the gate: a merge of a large index takes seconds, and the writer takes updates while it runs.
        writer.ForceMerge(maxSegments);
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            Interlocked.Increment(ref written);
            CommitLocked();
        }
    }

    /// <summary>How many segments the current searcher sees (a figure for the benchmark).</summary>
    public int Segments()
    {
        var searcher = AcquireSearcher();
        try
        {
            return searcher.IndexReader.Leaves.Count;
        }
        finally
        {
            Searchers.Release(searcher);
        }
    }

    /// <summary>Removes a document; false when it was not in the index.</summary>
    public bool Delete(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            var searcher = AcquireSearcher();
            long? sequence;
            try
            {
                sequence = Sequence(searcher.IndexReader, id);
            }
            finally
            {
                Searchers.Release(searcher);
            }

            if (sequence is null)
            {
                return false;
            }

            duplicates.Remove(IndexFields.KeyOf(id));
            writer.DeleteDocuments(new Term(IndexFields.Id, id));
            Changed();
            return true;
        }
    }

    /// <summary>Removes every document (before a rebuild from the stored documents).</summary>
    public void Clear()
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            writer.DeleteAll();
            duplicates.Clear();
            exactText.Clear();
            Changed();
        }
    }

    /// <summary>The ids in the index, for reconciliation with the stored documents.</summary>
    public HashSet<string> Ids()
    {
        var searcher = AcquireSearcher();
        try
        {
            return IdsOf(searcher.IndexReader);
        }
        finally
        {
            Searchers.Release(searcher);
        }
    }

    /// <summary>The ids of the live documents a reader sees.</summary>
    internal static HashSet<string> IdsOf(IndexReader index)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var leaf in index.Leaves)
        {
            var reader = leaf.AtomicReader;
            var terms = reader.GetTerms(IndexFields.Id)?.GetEnumerator();
            DocsEnum? docs = null;
            while (terms is not null && terms.MoveNext())
            {
                docs = terms.Docs(reader.LiveDocs, docs, DocsFlags.NONE);
                if (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    ids.Add(terms.Term.Utf8ToString());
                }
            }
        }

        return ids;
    }

    /// <summary>Commits what is pending now (the timer would within <see cref="IndexOptions.CommitInterval"/>).</summary>
    public void Commit()
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            CommitLocked();
        }
    }

    /// <summary>Commits what is pending and holds the last commit point, whose files stay until the snapshot is disposed.</summary>
    public IndexSnapshot Snapshot()
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (dirty)
            {
                CommitLocked();
            }

            var policy = (SnapshotDeletionPolicy)writer.Config.IndexDeletionPolicy;
            var commit = policy.Snapshot();
            return new IndexSnapshot(policy, commit, options.LuceneFolder, IndexSnapshot.CountDocuments(commit));
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            committer.Dispose();
            if (dirty)
            {
                CommitLocked();
            }

            disposed = true;
            Searchers.Dispose();
            writer.Dispose();
            directory.Dispose();
        }
    }

    private static Analyzer WriteAnalyzer(IndonesianAnalyzer analyzer) => new PerFieldAnalyzerWrapper(analyzer, new Dictionary<string, Analyzer>
    {
        [IndexFields.Person] = NameAnalyzer.Default,
        [IndexFields.Position] = NameAnalyzer.Default,
        [IndexFields.Source] = NameAnalyzer.Default,
    });

    private static string? StoredFingerprint(Lucene.Net.Store.Directory directory)
    {
        var infos = new SegmentInfos();
        infos.Read(directory);
        return infos.UserData.TryGetValue(IndexFields.SchemaKey, out var fingerprint) ? fingerprint : null;
    }

    /// <summary>The sequence number of the live document with this id, or null.</summary>
    private static long? Sequence(IndexReader reader, string id)
    {
        var term = new Term(IndexFields.Id, id);
        foreach (var leaf in reader.Leaves)
        {
            var docs = leaf.AtomicReader.GetTermDocsEnum(term);
            if (docs is not null && docs.NextDoc() is var doc && doc != DocIdSetIterator.NO_MORE_DOCS)
            {
                return leaf.AtomicReader.GetNumericDocValues(IndexFields.Sequence)?.Get(doc);
            }
        }

        return null;
    }

    /// <summary>Makes the batch searchable and schedules its commit.</summary>
    private void Changed()
    {
        Interlocked.Increment(ref written);
        dirty = true;
        var due = lastCommit + (long)options.CommitInterval.TotalMilliseconds - Environment.TickCount64;
        if (due <= 0)
        {
            CommitLocked();
        }
        else
        {
            committer.Change(due, Timeout.Infinite);
        }
    }

    private void CommitPending()
    {
        lock (gate)
        {
            if (!disposed && dirty)
            {
                CommitLocked();
            }
        }
    }

    private void CommitLocked()
    {
        writer.SetCommitData(new Dictionary<string, string>
        {
            [IndexFields.SchemaKey] = IndexFields.Fingerprint,
            [IndexFields.SequenceKey] = nextSequence.ToString(CultureInfo.InvariantCulture),
        });
        writer.Commit();
        dirty = false;
        lastCommit = Environment.TickCount64;
    }

    /// <summary>The fingerprints and clusters of the indexed documents, and the next sequence number.</summary>
    private void LoadState()
    {
        var committed = writer.CommitData.TryGetValue(IndexFields.SequenceKey, out var text)
            && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var stored) ? stored : 0;
        var highest = -1L;
        var searcher = AcquireSearcher();
        try
        {
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var reader = leaf.AtomicReader;
                var live = reader.LiveDocs;
                var sequences = reader.GetNumericDocValues(IndexFields.Sequence);
                var keys = reader.GetNumericDocValues(IndexFields.IdKey);
                var clusters = reader.GetNumericDocValues(IndexFields.Cluster);
                var prints = reader.GetNumericDocValues(IndexFields.Fingerprint64);
                var hasPrint = reader.GetDocsWithField(IndexFields.Fingerprint64);
                for (var doc = 0; doc < reader.MaxDoc && sequences is not null; doc++)
                {
                    var sequence = sequences.Get(doc);
                    highest = Math.Max(highest, sequence);
                    if ((live is null || live.Get(doc)) && prints is not null && keys is not null && hasPrint?.Get(doc) == true)
                    {
                        duplicates.Add(keys.Get(doc), unchecked((ulong)prints.Get(doc)), clusters?.Get(doc) ?? sequence);
                    }
                }
            }
        }
        finally
        {
            Searchers.Release(searcher);
        }

        nextSequence = Math.Max(committed, highest + 1);
    }

    /// <summary>The same text is the same story; otherwise the nearest fingerprint within the threshold decides.</summary>
    private long Cluster(long key, long sequence, PreparedDocument row)
    {
        var cluster = row.TextHash is { } text && exactText.TryGetValue(text, out var same) ? same
            : row.Fingerprint is { } fingerprint ? duplicates.FindCluster(fingerprint, key) ?? sequence
            : sequence;
        if (row.Fingerprint is { } print)
        {
            duplicates.Add(key, print, cluster);
        }

        if (row.TextHash is { } hashed)
        {
            exactText.TryAdd(hashed, cluster);
        }

        return cluster;
    }
}

using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using NetralitasSearch.Indexer.Analysis;
using NetralitasSearch.Indexer.Extraction.Regions;
using LuceneSearcher = Lucene.Net.Search.IndexSearcher;

namespace NetralitasSearch.Indexer.Index.Replication;

/// <summary>
/// A local copy of a published index, read-only: files are placed in <see cref="Folder"/> by whoever copies them (each
/// commit's files first, its <c>segments_N</c> last, so the newest commit point in the folder is always whole);
/// <see cref="Refresh"/> opens the newest commit for the searches that start afterwards, and <see cref="Prune"/> drops
/// the files that no open reader and no commit being installed uses. Searches in flight keep the reader they started
/// with until they end.
/// </summary>
public sealed class ReplicaIndex : IDisposable
{
    private readonly FSDirectory directory;
    private readonly ValuesCache cache = new();
    private readonly ReaderFiles readers = new();
    private readonly System.Threading.Lock gate = new();
    private SearcherManager? manager;
    private bool disposed;

    public ReplicaIndex(string folder, IndonesianAnalyzer? analyzer = null, Gazetteer? gazetteer = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        Folder = Path.GetFullPath(folder);
        System.IO.Directory.CreateDirectory(Folder);
        directory = new MMapDirectory(new DirectoryInfo(Folder));
        Searcher = new IndexSearcher(() => manager, cache, new IndexOptions(Folder), analyzer, gazetteer);
    }

    /// <summary>The folder the copied files go into.</summary>
    public string Folder { get; }

    /// <summary>Searches over the commit opened last.</summary>
    public IndexSearcher Searcher { get; }

    /// <summary>The generation of the commit searches see now; 0 before the first.</summary>
    public long Generation { get; private set; }

    /// <summary>Live documents of the commit searches see now.</summary>
    public long Count() => Searcher.Count();

    /// <summary>The ids of the commit searches see now (none before the first), for reconciliation.</summary>
    public HashSet<string> Ids()
    {
        var current = manager;
        if (current is null)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        var searcher = current.Acquire();
        try
        {
            return IndexWriter.IdsOf(searcher.IndexReader);
        }
        finally
        {
            current.Release(searcher);
        }
    }

    /// <summary>Opens the newest whole commit in the folder for new searches; its generation (0 when there is none).</summary>
    public long Refresh()
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (manager is null)
            {
                if (!DirectoryReader.IndexExists(directory))
                {
                    return 0;
                }

                manager = new SearcherManager(directory, new ReplicaSearcherFactory(new SearcherFactoryWithValues(cache), readers));
            }
            else
            {
                manager.MaybeRefreshBlocking();
            }

            var searcher = manager.Acquire();
            try
            {
                Generation = ((DirectoryReader)searcher.IndexReader).IndexCommit.Generation;
            }
            finally
            {
                manager.Release(searcher);
            }

            return Generation;
        }
    }

    /// <summary>
    /// Deletes every file of the folder that no open reader uses and <paramref name="keep"/> does not name (the files of
    /// a commit being installed). Returns how many were deleted.
    /// </summary>
    public int Prune(IEnumerable<string> keep)
    {
        ArgumentNullException.ThrowIfNull(keep);
        var used = new HashSet<string>(keep, StringComparer.Ordinal);
        used.UnionWith(readers.InUse());
        var deleted = 0;
        foreach (var path in System.IO.Directory.EnumerateFiles(Folder))
        {
            if (!used.Contains(Path.GetFileName(path)))
            {
                File.Delete(path);
                deleted++;
            }
        }

        return deleted;
    }

    public void Dispose()
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            manager?.Dispose();
            Searcher.Dispose();
            directory.Dispose();
        }
    }

    /// <summary>The files of each open reader's commit, until the reader is closed (its last search released).</summary>
    private sealed class ReaderFiles : IReaderDisposedListener
    {
        private readonly ConcurrentDictionary<IndexReader, string[]> open = new(ReferenceEqualityComparer.Instance);

        public void Opened(DirectoryReader reader)
        {
            open[reader] = [.. reader.IndexCommit.FileNames];
            reader.AddReaderDisposedListener(this);
        }

        public void OnDispose(IndexReader reader) => open.TryRemove(reader, out _);

        public IEnumerable<string> InUse() => open.Values.SelectMany(files => files);
    }

    /// <summary>Each new searcher is the usual one (BM25, values read at once); its reader's files are recorded.</summary>
    private sealed class ReplicaSearcherFactory(SearcherFactoryWithValues inner, ReaderFiles readers) : SearcherFactory
    {
        public override LuceneSearcher NewSearcher(IndexReader reader)
        {
            readers.Opened((DirectoryReader)reader);
            return inner.NewSearcher(reader);
        }
    }
}

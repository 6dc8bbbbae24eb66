namespace NetralitasSearch.Indexer.Index;

/// <summary>Where the index lives: a folder holding the Lucene index in <see cref="LuceneFolder"/>.</summary>
public sealed record IndexOptions(string Directory)
{
    /// <summary>The name of the Lucene index's folder inside <see cref="Directory"/>.</summary>
    public const string LuceneFolderName = "lucene";

    /// <summary>The Lucene index's folder (segments, commit points, the write lock).</summary>
    public string LuceneFolder => Path.Combine(Directory, LuceneFolderName);

    /// <summary>
    /// The longest a change waits for a commit. Changes are searchable as soon as a batch is written (near real time);
    /// the commit that makes them durable is batched, since each costs an fsync. Changes lost to a crash before their
    /// commit are written again by the start-up reconciliation, from the stored documents.
    /// </summary>
    public TimeSpan CommitInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The commit interval of a bulk load (the CLI's index, the benchmark): it commits at its end, since a commit a
    /// second, as the host makes them, would flush a small segment each time and merge them again.
    /// </summary>
    public static TimeSpan BulkCommitInterval { get; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Lucene's RAM buffer during a bulk load (<see cref="IndexWriter.Load{T}"/>), in MB; 64 otherwise. A load flushes a
    /// segment each time the buffer fills, and a bulk load ends merged into one segment (<see cref="IndexWriter.Compact"/>):
    /// the fewer segments it flushed, the less that merge copies. CLICK-ID's 21,963 articles take about 100 MB.
    /// </summary>
    public double BulkRamBufferMB { get; init; } = 256;

    /// <summary>Whether an index folder holds a Lucene index (a commit point).</summary>
    public bool Exists() => System.IO.Directory.Exists(LuceneFolder) && System.IO.Directory.EnumerateFiles(LuceneFolder, "segments_*").Any();

    /// <summary>The files of the engine before Lucene (SQLite FTS5), which kept its index beside where the Lucene folder is now.</summary>
    public static IReadOnlyList<string> LegacyFileNames { get; } = ["index.sqlite", "index.sqlite-wal", "index.sqlite-shm"];

    /// <summary>
    /// Deletes the index files of the engine before Lucene, which nothing reads any more (the Lucene index is built from the
    /// stored documents); returns the paths and sizes deleted, for the caller to say so.
    /// </summary>
    public IReadOnlyList<(string Path, long Bytes)> RemoveLegacyIndex()
    {
        var removed = new List<(string, long)>();
        foreach (var name in LegacyFileNames)
        {
            var file = new FileInfo(Path.Combine(Directory, name));
            if (file.Exists)
            {
                var bytes = file.Length;
                file.Delete();
                removed.Add((file.FullName, bytes));
            }
        }

        return removed;
    }
}

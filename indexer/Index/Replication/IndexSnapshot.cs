using Lucene.Net.Index;

namespace NetralitasSearch.Indexer.Index.Replication;

/// <summary>
/// A commit point of the writer held for publication: while it is held, the writer deletes none of its files, even
/// after newer commits and merges. Dispose releases it.
/// </summary>
public sealed class IndexSnapshot : IDisposable
{
    private readonly SnapshotDeletionPolicy policy;
    private readonly IndexCommit commit;
    private int released;

    internal IndexSnapshot(SnapshotDeletionPolicy policy, IndexCommit commit, string folder, long documents)
    {
        this.policy = policy;
        this.commit = commit;
        Folder = folder;
        Documents = documents;
        Files = [.. commit.FileNames.Order(StringComparer.Ordinal)];
    }

    /// <summary>The commit's generation (the N of its <c>segments_N</c>), increasing with every commit.</summary>
    public long Generation => commit.Generation;

    /// <summary>The commit point's own file (<c>segments_N</c>): the one to install last.</summary>
    public string SegmentsFile => commit.SegmentsFileName;

    /// <summary>The folder holding the files.</summary>
    public string Folder { get; }

    /// <summary>Every file of the commit, the segments file included.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Live documents in the commit.</summary>
    public long Documents { get; }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref released, 1) == 0)
        {
            policy.Release(commit);
        }
    }

    /// <summary>Live documents of a commit, read from its segments file (no reader opened).</summary>
    internal static long CountDocuments(IndexCommit commit)
    {
        var infos = new SegmentInfos();
        infos.Read(commit.Directory, commit.SegmentsFileName);
        return infos.AsList().Sum(segment => (long)segment.Info.DocCount - segment.DelCount);
    }
}

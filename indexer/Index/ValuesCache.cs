using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// The <see cref="SegmentValues"/> of every segment an index's readers have shown, keyed by the segment's core (weakly,
/// so merged-away segments go), and the numbering of clusters and values they share. One per index (the writer's,
/// or a standalone searcher's).
/// </summary>
internal sealed class ValuesCache
{
    private readonly ConditionalWeakTable<object, SegmentValues> segments = [];
    private readonly ConditionalWeakTable<IndexReader, ClusterMembers> members = [];
    private readonly Dictionary<long, int> clusterOrdinals = [];
    private readonly Interner[] names = [.. Enum.GetValues<FacetKind>().Select(_ => new Interner())];
    private readonly Lock gate = new();
    private long[] keys = new long[1024];
    private volatile int clusterCount;

    /// <summary>How many dense cluster numbers have been handed out.</summary>
    public int ClusterCount => clusterCount;

    public Interner Names(FacetKind kind) => names[(int)kind];

    /// <summary>The cluster id (as stored in the index) of a dense cluster number.</summary>
    public long ClusterKey(int ordinal) => Volatile.Read(ref keys)[ordinal];

    public SegmentValues Of(AtomicReader reader)
    {
        if (segments.TryGetValue(reader.CoreCacheKey, out var values))
        {
            return values;
        }

        lock (gate)
        {
            if (!segments.TryGetValue(reader.CoreCacheKey, out values))
            {
                values = SegmentValues.Read(reader, this);
                segments.Add(reader.CoreCacheKey, values);
            }

            return values;
        }
    }

    /// <summary>The members of every cluster in a point-in-time reader (read once per reader).</summary>
    public ClusterMembers Members(IndexReader reader)
    {
        if (members.TryGetValue(reader, out var known))
        {
            return known;
        }

        var read = ClusterMembers.Read(reader, this);
        members.AddOrUpdate(reader, read);
        return read;
    }

    /// <summary>The dense number of a cluster id. Called under the lock, while a segment is read.</summary>
    public int ClusterOrdinal(long key)
    {
        if (clusterOrdinals.TryGetValue(key, out var ordinal))
        {
            return ordinal;
        }

        ordinal = clusterCount;
        if (ordinal == keys.Length)
        {
            var grown = new long[keys.Length * 2];
            Array.Copy(keys, grown, keys.Length);
            Volatile.Write(ref keys, grown);
        }

        keys[ordinal] = key;
        clusterOrdinals[key] = ordinal;
        clusterCount = ordinal + 1;
        return ordinal;
    }
}

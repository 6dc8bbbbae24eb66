using Lucene.Net.Index;

namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// The live documents of every same-story cluster of one point-in-time reader, as one array grouped by cluster (global
/// document ids), built when the reader opens: a hit's "also published by" reads its cluster's slice. Also whether all
/// of a cluster's versions carry the same facet values (a press release republished as is), so facets count one.
/// </summary>
internal sealed class ClusterMembers
{
    private readonly int[] starts;
    private readonly int[] documents;
    private readonly bool[] mixed;

    private ClusterMembers(int[] starts, int[] documents, bool[] mixed)
    {
        this.starts = starts;
        this.documents = documents;
        this.mixed = mixed;
    }

    /// <summary>Whether every live version of the cluster has the same facet values (by their hash); false when unknown.</summary>
    public bool SameValues(int cluster) => cluster < mixed.Length && !mixed[cluster];

    public ReadOnlySpan<int> Of(int cluster) => cluster + 1 < starts.Length ? documents.AsSpan(starts[cluster], starts[cluster + 1] - starts[cluster]) : [];

    public static ClusterMembers Read(IndexReader reader, ValuesCache cache)
    {
        var leaves = reader.Leaves;
        var values = leaves.Select(leaf => cache.Of(leaf.AtomicReader)).ToArray();
        var clusters = cache.ClusterCount;
        var starts = new int[clusters + 1];
        for (var l = 0; l < leaves.Count; l++)
        {
            var live = leaves[l].AtomicReader.LiveDocs;
            var of = values[l].Clusters;
            for (var doc = 0; doc < of.Length; doc++)
            {
                if (live is null || live.Get(doc))
                {
                    starts[of[doc] + 1]++;
                }
            }
        }

        for (var c = 0; c < clusters; c++)
        {
            starts[c + 1] += starts[c];
        }

        var next = (int[])starts.Clone();
        var documents = new int[starts[clusters]];
        var hashes = new long[clusters];
        var mixed = new bool[clusters];
        for (var l = 0; l < leaves.Count; l++)
        {
            var live = leaves[l].AtomicReader.LiveDocs;
            var of = values[l].Clusters;
            var hashOf = values[l].Hashes;
            var docBase = leaves[l].DocBase;
            for (var doc = 0; doc < of.Length; doc++)
            {
                if (live is null || live.Get(doc))
                {
                    var cluster = of[doc];
                    if (next[cluster] == starts[cluster])
                    {
                        hashes[cluster] = hashOf[doc];
                    }
                    else if (hashes[cluster] != hashOf[doc])
                    {
                        mixed[cluster] = true;
                    }

                    documents[next[cluster]++] = docBase + doc;
                }
            }
        }

        return new ClusterMembers(starts, documents, mixed);
    }
}

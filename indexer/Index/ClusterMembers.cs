using Lucene.Net.Index;

namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// The live documents of every same-story cluster of one point-in-time reader, as one array grouped by cluster (global
/// document ids), built when the reader opens: a hit's "also published by" reads its cluster's slice.
/// </summary>
internal sealed class ClusterMembers
{
    private readonly int[] starts;
    private readonly int[] documents;

    private ClusterMembers(int[] starts, int[] documents)
    {
        this.starts = starts;
        this.documents = documents;
    }

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
        for (var l = 0; l < leaves.Count; l++)
        {
            var live = leaves[l].AtomicReader.LiveDocs;
            var of = values[l].Clusters;
            var docBase = leaves[l].DocBase;
            for (var doc = 0; doc < of.Length; doc++)
            {
                if (live is null || live.Get(doc))
                {
                    documents[next[of[doc]]++] = docBase + doc;
                }
            }
        }

        return new ClusterMembers(starts, documents);
    }
}

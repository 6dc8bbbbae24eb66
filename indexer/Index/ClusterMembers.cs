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
    private readonly SegmentValues[] values;
    private readonly int[] docBases;
    private readonly ValuesCache cache;
    private readonly Lock gate = new();
    private FacetTotals? byCluster;
    private FacetTotals? byDocument;

    private ClusterMembers(int[] starts, int[] documents, bool[] mixed, SegmentValues[] values, int[] docBases, ValuesCache cache)
    {
        this.starts = starts;
        this.documents = documents;
        this.mixed = mixed;
        this.values = values;
        this.docBases = docBases;
        this.cache = cache;
    }

    /// <summary>Live documents of the reader.</summary>
    public int LiveDocuments => documents.Length;

    /// <summary>The global id of the n-th live document (grouped by cluster).</summary>
    public int Document(int n) => documents[n];

    /// <summary>Whether every live version of the cluster has the same facet values (by their hash); false when unknown.</summary>
    public bool SameValues(int cluster) => cluster < mixed.Length && !mixed[cluster];

    public ReadOnlySpan<int> Of(int cluster) => cluster + 1 < starts.Length ? documents.AsSpan(starts[cluster], starts[cluster + 1] - starts[cluster]) : [];

    /// <summary>Clusters numbered below this may have members in this reader.</summary>
    public int Clusters => starts.Length - 1;

    /// <summary>The facet entries of a live document by its global id.</summary>
    public ReadOnlySpan<int> Entries(int document)
    {
        var leaf = values.Length == 1 ? 0 : LeafOf(document);
        return values[leaf].Of(document - docBases[leaf]);
    }

    /// <summary>The facet totals of the reader, by cluster or by document, counted on first use (a pass over every live document).</summary>
    public FacetTotals Totals(bool byCluster)
    {
        lock (gate)
        {
            if (byCluster)
            {
                return this.byCluster ??= FacetTotals.Count(Clusters, cluster => SameValues(cluster) ? Of(cluster)[..Math.Min(1, Of(cluster).Length)] : Of(cluster), Entries, Sizes());
            }

            return byDocument ??= FacetTotals.Count(documents.Length, unit => documents.AsSpan(unit, 1), Entries, Sizes());
        }
    }

    private int[] Sizes() => [.. FacetCounter.Kinds.Select(kind => kind == FacetKind.Year ? FacetCounter.Years : cache.Names(kind).Count)];

    private int LeafOf(int document)
    {
        var at = Array.BinarySearch(docBases, document);
        return at >= 0 ? LastWithBase(at) : ~at - 1;
    }

    /// <summary>An empty segment shares its doc base with the next one: the document is in the last of them.</summary>
    private int LastWithBase(int at)
    {
        while (at + 1 < docBases.Length && docBases[at + 1] == docBases[at])
        {
            at++;
        }

        return at;
    }

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

        return new ClusterMembers(starts, documents, mixed, values, [.. leaves.Select(leaf => leaf.DocBase)], cache);
    }
}

using System.Runtime.InteropServices;
using NetralitasSearch.Indexer.Extraction.Regions;

namespace NetralitasSearch.Indexer.Index.Memory;

/// <summary>
/// Orders matches, collapses each same-story cluster to its earliest matching document (ranked where its best
/// member ranks), counts distinct stories as the total, and counts facets once per story (its first match). One
/// pass over the matches marks clusters in an array and counts facets; a second offers each cluster's best match to
/// a bounded heap, and only a match that beats the heap's last one costs a heap operation.
/// </summary>
internal static class MemoryRanker
{
    private const int FacetSize = 10;

    public static (List<RankedResult> Page, int Total, Dictionary<string, IReadOnlyList<FacetValue>> Facets) Rank(
        MemoryIndex index, ScoredDocs matches, SearchRequest request, bool byCoverage, Gazetteer gazetteer)
    {
        var scratch = SearchScratch.ForThisThread();
        var order = new MatchOrder(matches, index.SortDays, request.Sort == SortOrder.Date, byCoverage);
        var facets = request.Facets ? scratch.Facets : null;
        facets?.Begin(index);
        var want = request.Page * request.Size;
        var shortList = request.Collapse && want <= TopClusters.MaxSize ? new TopClusters(order, want) : null;
        var total = request.Collapse ? Collapse(index, matches, order, scratch, facets, shortList) : Every(matches, facets);
        var top = shortList is not null ? shortList.Positions.ToList() : Top(index, matches, order, scratch, request.Collapse, Math.Min(total, want));

        var page = new List<RankedResult>();
        foreach (var position in top.Skip((request.Page - 1) * request.Size))
        {
            var ordinal = matches.Documents[position];
            var cluster = index.Clusters[ordinal];
            var members = request.Collapse ? index.Members(cluster).Where(m => index.Alive[m]).ToList() : [ordinal];
            var shown = request.Collapse ? Earliest(members, matches, index.SortDays) ?? ordinal : ordinal;
            var shownSource = index.Sources[shown];
            var others = members.Where(m => m != shown).ToList();
            var outlets = others.Select(m => index.Sources[m]).Where(s => s >= 0 && s != shownSource).Distinct().Select(index.SourceNames.Value).ToList();
            page.Add(new RankedResult(shown, index.RowIds[shown], matches.Scores[position], cluster, others.Count, outlets));
        }

        return (page, total, facets?.Result(gazetteer, FacetSize) ?? []);
    }

    /// <summary>
    /// Marks each match's cluster and counts facets on its first; returns the clusters. With a short list the page
    /// is chosen in the same pass; without, each cluster's best match is kept for <see cref="Top"/>.
    /// </summary>
    private static int Collapse(MemoryIndex index, ScoredDocs matches, MatchOrder order, SearchScratch scratch, FacetCounter? facets, TopClusters? shortList)
    {
        var clusterOf = CollectionsMarshal.AsSpan(index.ClusterOrdinals);
        var documents = matches.Documents.AsSpan(0, matches.Count);
        scratch.BeginPass(index.ClusterCount);
        var best = scratch.Best;
        var clusters = 0;
        for (var i = 0; i < documents.Length; i++)
        {
            var document = documents[i];
            var cluster = clusterOf[document];
            if (scratch.Mark(cluster))
            {
                best[cluster] = i;
                clusters++;
                facets?.Count(document);
            }
            else if (shortList is null && order.Before(i, best[cluster]))
            {
                best[cluster] = i;
            }

            shortList?.Offer(i, cluster);
        }

        return clusters;
    }

    private static int Every(ScoredDocs matches, FacetCounter? facets)
    {
        for (var i = 0; facets is not null && i < matches.Count; i++)
        {
            facets.Count(matches.Documents[i]);
        }

        return matches.Count;
    }

    /// <summary>The first <paramref name="want"/> candidates (each cluster's best match, or every match), best first.</summary>
    private static List<int> Top(MemoryIndex index, ScoredDocs matches, MatchOrder order, SearchScratch scratch, bool collapse, int want)
    {
        var top = new List<int>(Math.Max(0, want));
        if (want <= 0)
        {
            return top;
        }

        var clusterOf = CollectionsMarshal.AsSpan(index.ClusterOrdinals);
        var best = scratch.Best;
        var heap = new PriorityQueue<int, int>(want + 1, order);
        for (var i = 0; i < matches.Count; i++)
        {
            if (collapse && best[clusterOf[matches.Documents[i]]] != i)
            {
                continue;
            }

            if (heap.Count < want)
            {
                heap.Enqueue(i, i);
            }
            else if (order.Before(i, heap.Peek()))
            {
                heap.EnqueueDequeue(i, i);
            }
        }

        while (heap.Count > 0)
        {
            top.Add(heap.Dequeue());
        }

        top.Reverse();
        return top;
    }

    /// <summary>The earliest member that matched the query (by date, then by when it was indexed).</summary>
    private static int? Earliest(List<int> members, ScoredDocs matches, List<int> days)
    {
        int? earliest = null;
        foreach (var member in members)
        {
            if (Array.BinarySearch(matches.Documents, 0, matches.Count, member) < 0)
            {
                continue;
            }

            if (earliest is null || Day(days[member]) < Day(days[earliest.Value]) || (days[member] == days[earliest.Value] && member < earliest))
            {
                earliest = member;
            }
        }

        return earliest;
    }

    private static int Day(int day) => day < 0 ? int.MaxValue : day;
}

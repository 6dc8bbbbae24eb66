namespace NetralitasSearch.Indexer.Index.Memory;

/// <summary>
/// The first clusters of a ranking by each cluster's best match, fed one match at a time: a short list, best first,
/// holding at most one match per cluster. A match that does not beat the list's last one costs one comparison, so
/// collapsing a large result set no longer compares every match with its cluster's best so far. For short lists
/// (a page); a deep window uses the ranker's per-cluster pass instead.
/// </summary>
internal sealed class TopClusters(MatchOrder order, int size)
{
    /// <summary>Longest list this suits: insertion is linear in its length.</summary>
    public const int MaxSize = 128;

    private readonly List<(int Position, int Cluster)> top = new(size + 1);

    /// <summary>The positions of the chosen matches, best first.</summary>
    public IEnumerable<int> Positions => top.Select(entry => entry.Position);

    /// <summary>Offers a match; most matches stop at the first test, which the JIT inlines into the caller's loop.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Offer(int position, int cluster)
    {
        if (top.Count < size || (size > 0 && order.Before(position, top[^1].Position)))
        {
            Insert(position, cluster);
        }
    }

    private void Insert(int position, int cluster)
    {
        for (var i = 0; i < top.Count; i++)
        {
            if (top[i].Cluster == cluster)
            {
                if (!order.Before(position, top[i].Position))
                {
                    return;
                }

                top.RemoveAt(i);
                break;
            }
        }

        var at = top.Count;
        while (at > 0 && order.Before(position, top[at - 1].Position))
        {
            at--;
        }

        top.Insert(at, (position, cluster));
        if (top.Count > size)
        {
            top.RemoveAt(size);
        }
    }
}

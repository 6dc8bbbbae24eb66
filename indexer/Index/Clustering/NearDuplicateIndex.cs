namespace NetralitasSearch.Indexer.Index.Clustering;

/// <summary>
/// Finds the cluster of a new document among the fingerprints already indexed. Near duplicates are fingerprints at
/// most <see cref="MaxDistance"/> bits apart (of 64): measured on republished press releases, small edits (another
/// opening line, the outlet's dateline, a "Baca juga" line) stay within it, and different stories on the same
/// topic are 15 or more bits apart. Lookup by pigeonhole: with 5 blocks of 12–13 bits, two fingerprints within 4
/// bits share at least one block exactly, so only documents sharing a block are compared.
/// </summary>
public sealed class NearDuplicateIndex
{
    public const int MaxDistance = 4;

    private static readonly (int Shift, int Bits)[] Blocks = [(0, 13), (13, 13), (26, 13), (39, 13), (52, 12)];

    private readonly Dictionary<(int Block, ulong Key), List<long>>[] tables = [.. Blocks.Select(_ => new Dictionary<(int, ulong), List<long>>())];
    private readonly Dictionary<long, (ulong Fingerprint, long Cluster)> documents = [];

    public int Count => documents.Count;

    /// <summary>The cluster of the closest indexed document within <see cref="MaxDistance"/> bits, or null.</summary>
    public long? FindCluster(ulong fingerprint, long exceptDocument)
    {
        (int Distance, long Cluster)? best = null;
        for (var b = 0; b < Blocks.Length; b++)
        {
            if (!tables[b].TryGetValue((b, Key(fingerprint, b)), out var rows))
            {
                continue;
            }

            foreach (var document in rows)
            {
                if (document == exceptDocument || !documents.TryGetValue(document, out var other))
                {
                    continue;
                }

                var distance = SimHash.Distance(fingerprint, other.Fingerprint);
                if (distance <= MaxDistance && (best is null || distance < best.Value.Distance))
                {
                    best = (distance, other.Cluster);
                }
            }
        }

        return best?.Cluster;
    }

    public void Add(long document, ulong fingerprint, long cluster)
    {
        Remove(document);
        documents[document] = (fingerprint, cluster);
        for (var b = 0; b < Blocks.Length; b++)
        {
            var key = (b, Key(fingerprint, b));
            (tables[b].TryGetValue(key, out var rows) ? rows : tables[b][key] = []).Add(document);
        }
    }

    public void Clear()
    {
        documents.Clear();
        foreach (var table in tables)
        {
            table.Clear();
        }
    }

    public void Remove(long document)
    {
        if (!documents.Remove(document, out var entry))
        {
            return;
        }

        for (var b = 0; b < Blocks.Length; b++)
        {
            if (tables[b].TryGetValue((b, Key(entry.Fingerprint, b)), out var rows))
            {
                rows.Remove(document);
            }
        }
    }

    private static ulong Key(ulong fingerprint, int block) => (fingerprint >> Blocks[block].Shift) & ((1UL << Blocks[block].Bits) - 1);
}

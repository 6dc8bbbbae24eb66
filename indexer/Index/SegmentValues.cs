using Lucene.Net.Index;
using Lucene.Net.Util;

namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// What a search reads of every matching document, per segment, in arrays: its same-story cluster (a dense number),
/// day, sequence number, and the values it is counted under (one run of <c>kind &lt;&lt; 28 | id</c> entries per
/// document, with a hash of the run so identical copies of a story are counted once cheaply). Built once per segment
/// from its doc values (a segment never changes; deletions do not matter here) and shared by every search.
/// </summary>
internal sealed class SegmentValues
{
    public const int KindShift = 28;
    public const int IdMask = (1 << KindShift) - 1;

    private SegmentValues(int[] clusters, int[] days, long[] sequences, int[] sources, int[] starts, int[] entries, long[] hashes)
    {
        Clusters = clusters;
        Days = days;
        Sequences = sequences;
        Sources = sources;
        Starts = starts;
        Entries = entries;
        Hashes = hashes;
    }

    public int[] Clusters { get; }

    public int[] Days { get; }

    public long[] Sequences { get; }

    /// <summary>The outlet's id (<see cref="FacetKind.Source"/>), or -1.</summary>
    public int[] Sources { get; }

    /// <summary>Document d's entries are <c>Entries[Starts[d]..Starts[d + 1]]</c>.</summary>
    public int[] Starts { get; }

    public int[] Entries { get; }

    public long[] Hashes { get; }

    public ReadOnlySpan<int> Of(int doc) => Entries.AsSpan(Starts[doc], Starts[doc + 1] - Starts[doc]);

    public static FacetKind KindOf(int entry) => (FacetKind)(entry >>> KindShift);

    /// <summary>Reads a segment. Called under the cache's lock: it interns values.</summary>
    public static SegmentValues Read(AtomicReader reader, ValuesCache cache)
    {
        var maxDoc = reader.MaxDoc;
        var clusterValues = reader.GetNumericDocValues(IndexFields.Cluster);
        var dayValues = reader.GetNumericDocValues(IndexFields.Day);
        var sequenceValues = reader.GetNumericDocValues(IndexFields.Sequence);
        var sets = new (FacetKind Kind, SortedSetDocValues? Values, int[] Ids)[]
        {
            Set(reader, FacetKind.Regency, IndexFields.Regency),
            Set(reader, FacetKind.Province, IndexFields.Province),
            Set(reader, FacetKind.Person, IndexFields.Person),
            Set(reader, FacetKind.Position, IndexFields.Position),
            Set(reader, FacetKind.Source, IndexFields.Source),
            Set(reader, FacetKind.Violation, IndexFields.Violation),
        };

        var clusters = new int[maxDoc];
        var days = new int[maxDoc];
        var sequences = new long[maxDoc];
        var sources = new int[maxDoc];
        var starts = new int[maxDoc + 1];
        var entries = new List<int>(maxDoc * 8);
        var hashes = new long[maxDoc];
        var bytes = new BytesRef();
        for (var doc = 0; doc < maxDoc; doc++)
        {
            clusters[doc] = cache.ClusterOrdinal(clusterValues?.Get(doc) ?? doc);
            days[doc] = dayValues is null ? IndexFields.Undated : (int)dayValues.Get(doc);
            sequences[doc] = sequenceValues?.Get(doc) ?? 0;
            sources[doc] = -1;
            starts[doc] = entries.Count;
            foreach (var (kind, values, ids) in sets)
            {
                if (values is null)
                {
                    continue;
                }

                values.SetDocument(doc);
                for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
                {
                    var id = ids[ord];
                    if (id < 0)
                    {
                        values.LookupOrd(ord, bytes);
                        id = ids[ord] = cache.Names(kind).Id(bytes.Utf8ToString());
                    }

                    entries.Add(((int)kind << KindShift) | id);
                    if (kind == FacetKind.Source && sources[doc] < 0)
                    {
                        sources[doc] = id;
                    }
                }
            }

            if (days[doc] >= 0)
            {
                entries.Add(((int)FacetKind.Year << KindShift) | DateOnly.FromDayNumber(days[doc]).Year);
            }

            hashes[doc] = Hash(entries, starts[doc]);
        }

        starts[maxDoc] = entries.Count;
        return new SegmentValues(clusters, days, sequences, sources, starts, [.. entries], hashes);
    }

    private static (FacetKind, SortedSetDocValues?, int[]) Set(AtomicReader reader, FacetKind kind, string field)
    {
        var values = reader.GetSortedSetDocValues(field);
        var ids = new int[values?.ValueCount ?? 0];
        Array.Fill(ids, -1);
        return (kind, values, ids);
    }

    private static long Hash(List<int> entries, int start)
    {
        var hash = unchecked((long)14695981039346656037UL);
        for (var i = start; i < entries.Count; i++)
        {
            hash = (hash ^ entries[i]) * 1099511628211L;
        }

        return hash;
    }
}

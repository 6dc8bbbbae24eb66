using System.Globalization;
using NetralitasSearch.Indexer.Extraction.Regions;

namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// Facet counts over every story of a result: a story counts once for each value any of its matching versions has,
/// so a count is the total that filtering by the value gives. Arrays indexed by value id, reused by the next search
/// on the same thread; a story whose versions carry identical values (a press release republished as is) costs one
/// document's values.
/// </summary>
internal sealed class FacetCounter
{
    /// <summary>Years are counted by number; <see cref="DateOnly"/> has no year past this.</summary>
    internal const int Years = 10_000;

    /// <summary>
    /// A search matching more than this share of the units counts from the reader's totals down: it walks the stories
    /// it did not match. A frequent word (213,710 of 219,630 documents) spent more on counting its facets than on
    /// finding and scoring its matches.
    /// </summary>
    internal const double ComplementShare = 2.0 / 3;

    /// <summary>Once: <see cref="Enum.GetValues{TEnum}"/> copies its array on every call (a fiftieth of a search's CPU).</summary>
    internal static readonly FacetKind[] Kinds = Enum.GetValues<FacetKind>();

    [ThreadStatic]
    private static FacetCounter? current;

    private readonly FacetTally[] tallies = [.. Kinds.Select(_ => new FacetTally())];
    private int stamp;

    public static FacetCounter ForThisThread() => current ??= new FacetCounter();

    /// <param name="reader">The reader's members and totals.</param>
    /// <param name="collapse">Whether stories are clusters (else documents).</param>
    /// <param name="complement">Whether a search matching most units counts down from the totals (tests set false to compare).</param>
    public Dictionary<string, IReadOnlyList<FacetValue>> Count(StorySet stories, ValuesCache cache, Gazetteer gazetteer, int size, ClusterMembers reader, bool collapse, bool complement = true)
    {
        foreach (var kind in Kinds)
        {
            tallies[(int)kind].Reset(kind == FacetKind.Year ? Years : cache.Names(kind).Count);
        }

        var units = collapse ? reader.Clusters : reader.LiveDocuments;
        if (complement && stories.Total > ComplementShare * units)
        {
            CountDown(stories, reader, collapse);
        }
        else
        {
            CountUp(stories, collapse ? reader : null);
        }

        string Region(FacetKind kind, int id) => gazetteer.ByCode(cache.Names(kind).Value(id))?.DisplayName ?? cache.Names(kind).Value(id);
        IReadOnlyList<FacetValue> Top(FacetKind kind, Func<int, string> name)
        {
            var tally = tallies[(int)kind];
            return FacetTop.Of(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tally.Touched), id => tally[id], name, size);
        }

        return new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal)
        {
            ["regency"] = Top(FacetKind.Regency, id => Region(FacetKind.Regency, id)),
            ["province"] = Top(FacetKind.Province, id => Region(FacetKind.Province, id)),
            ["year"] = Top(FacetKind.Year, id => id.ToString(CultureInfo.InvariantCulture)),
            ["person"] = Top(FacetKind.Person, cache.Names(FacetKind.Person).Value),
            ["position"] = Top(FacetKind.Position, cache.Names(FacetKind.Position).Value),
            ["violation"] = Top(FacetKind.Violation, cache.Names(FacetKind.Violation).Value),
            ["source"] = Top(FacetKind.Source, cache.Names(FacetKind.Source).Value),
        };
    }

    /// <summary>Each matched story adds the values of its matching versions.</summary>
    /// <param name="members">The reader's clusters when stories are clusters: a story whose versions all carry the same
    /// values is counted from one of them without walking its matches.</param>
    private void CountUp(StorySet stories, ClusterMembers? members)
    {
        var scratch = stories.Scratch;
        foreach (var story in scratch.Touched)
        {
            var match = scratch.Stories[story].Head;
            var first = stories.Leaves[scratch.MatchLeaf[match]];
            if (scratch.MatchNext[match] < 0 || (members is not null && members.SameValues(story)))
            {
                // One document's values, each once: no story stamps to keep.
                AddOnce(first.Of(scratch.MatchDoc[match]));
                continue;
            }

            NextStamp();
            var firstHash = first.Hashes[scratch.MatchDoc[match]];
            Add(first.Of(scratch.MatchDoc[match]));

            for (match = scratch.MatchNext[match]; match >= 0; match = scratch.MatchNext[match])
            {
                var values = stories.Leaves[scratch.MatchLeaf[match]];
                var doc = scratch.MatchDoc[match];
                if (values.Hashes[doc] != firstHash)
                {
                    Add(values.Of(doc));
                }
            }
        }
    }

    /// <summary>
    /// The reader's totals, less every unmatched story's values; a story matched in some of its versions only, whose
    /// versions differ in values, gives back what its matching versions carry.
    /// </summary>
    private void CountDown(StorySet stories, ClusterMembers reader, bool collapse)
    {
        var totals = reader.Totals(collapse);
        foreach (var kind in Kinds)
        {
            tallies[(int)kind].Load(totals.Counts[(int)kind], totals.Ids[(int)kind]);
        }

        var scratch = stories.Scratch;
        var pass = scratch.Pass;
        var records = scratch.Stories;
        if (!collapse)
        {
            // A story is a document, numbered by its global id.
            for (var unit = 0; unit < reader.LiveDocuments; unit++)
            {
                var document = reader.Document(unit);
                if (document >= records.Length || records[document].Stamp != pass)
                {
                    RemoveOnce(reader.Entries(document));
                }
            }

            return;
        }

        for (var cluster = 0; cluster < reader.Clusters; cluster++)
        {
            var members = reader.Of(cluster);
            if (members.Length == 0)
            {
                continue;
            }

            var matched = cluster < records.Length && records[cluster].Stamp == pass;
            if (matched && (reader.SameValues(cluster) || Chain(scratch, cluster) == members.Length))
            {
                // All its values are counted, as in the totals.
                continue;
            }

            if (!matched && (members.Length == 1 || reader.SameValues(cluster)))
            {
                RemoveOnce(reader.Entries(members[0]));
                continue;
            }

            NextStamp();
            foreach (var member in members)
            {
                Remove(reader.Entries(member));
            }

            if (matched)
            {
                NextStamp();
                for (var match = records[cluster].Head; match >= 0; match = scratch.MatchNext[match])
                {
                    AddCounted(stories.Leaves[scratch.MatchLeaf[match]].Of(scratch.MatchDoc[match]));
                }
            }
        }
    }

    private static int Chain(StoryScratch scratch, int story)
    {
        var count = 0;
        for (var match = scratch.Stories[story].Head; match >= 0; match = scratch.MatchNext[match])
        {
            count++;
        }

        return count;
    }

    private void NextStamp()
    {
        if (++stamp == int.MaxValue)
        {
            stamp = 1;
        }
    }

    private void Add(ReadOnlySpan<int> entries)
    {
        foreach (var entry in entries)
        {
            tallies[entry >>> SegmentValues.KindShift].Add(entry & SegmentValues.IdMask, stamp);
        }
    }

    /// <summary>Adds one document's values, which are distinct, for a story counted from that document alone.</summary>
    private void AddOnce(ReadOnlySpan<int> entries)
    {
        foreach (var entry in entries)
        {
            tallies[entry >>> SegmentValues.KindShift].AddOnce(entry & SegmentValues.IdMask);
        }
    }

    /// <summary>Takes off one document's values, which are distinct, for an unmatched story of that document alone.</summary>
    private void RemoveOnce(ReadOnlySpan<int> entries)
    {
        foreach (var entry in entries)
        {
            tallies[entry >>> SegmentValues.KindShift].RemoveOnce(entry & SegmentValues.IdMask);
        }
    }

    /// <summary>Adds values already listed in the tallies (counting down, every value of the reader is).</summary>
    private void AddCounted(ReadOnlySpan<int> entries)
    {
        foreach (var entry in entries)
        {
            tallies[entry >>> SegmentValues.KindShift].AddListed(entry & SegmentValues.IdMask, stamp);
        }
    }

    private void Remove(ReadOnlySpan<int> entries)
    {
        foreach (var entry in entries)
        {
            tallies[entry >>> SegmentValues.KindShift].Remove(entry & SegmentValues.IdMask, stamp);
        }
    }
}

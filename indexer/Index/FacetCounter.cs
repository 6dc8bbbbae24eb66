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
    private const int Years = 10_000;

    [ThreadStatic]
    private static FacetCounter? current;

    private readonly FacetTally[] tallies = [.. Enum.GetValues<FacetKind>().Select(_ => new FacetTally())];
    private int stamp;

    public static FacetCounter ForThisThread() => current ??= new FacetCounter();

    /// <param name="members">The reader's clusters when stories are clusters: a story whose versions all carry the same
    /// values is counted from one of them without walking its matches.</param>
    public Dictionary<string, IReadOnlyList<FacetValue>> Count(StorySet stories, ValuesCache cache, Gazetteer gazetteer, int size, ClusterMembers? members = null)
    {
        foreach (var kind in Enum.GetValues<FacetKind>())
        {
            tallies[(int)kind].Reset(kind == FacetKind.Year ? Years : cache.Names(kind).Count);
        }

        var scratch = stories.Scratch;
        foreach (var story in scratch.Touched)
        {
            if (++stamp == int.MaxValue)
            {
                stamp = 1;
            }

            var match = scratch.Stories[story].Head;
            var first = stories.Leaves[scratch.MatchLeaf[match]];
            var firstHash = first.Hashes[scratch.MatchDoc[match]];
            Add(first.Of(scratch.MatchDoc[match]));
            if (members is not null && members.SameValues(story))
            {
                continue;
            }

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

    private void Add(ReadOnlySpan<int> entries)
    {
        foreach (var entry in entries)
        {
            tallies[entry >>> SegmentValues.KindShift].Add(entry & SegmentValues.IdMask, stamp);
        }
    }
}

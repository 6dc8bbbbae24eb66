using System.Globalization;
using NetralitasSearch.Indexer.Extraction.Regions;

namespace NetralitasSearch.Indexer.Index.Memory;

/// <summary>
/// Facet counts of one search, one document at a time (the ranker passes each story once): arrays indexed by the
/// index's interned ids instead of dictionaries, reused by the next search on the same thread.
/// </summary>
internal sealed class FacetCounter
{
    /// <summary>Years are counted by number; <see cref="DateOnly"/> has no year past this.</summary>
    private const int Years = 10_000;

    /// <summary>Violation kinds are bits of an int; the last bit holds any kind past it.</summary>
    private const int ViolationBits = 31;

    private readonly Tally regencies = new();
    private readonly Tally provinces = new();
    private readonly Tally persons = new();
    private readonly Tally positions = new();
    private readonly Tally sources = new();
    private readonly Tally years = new();
    private readonly int[] violations = new int[ViolationBits];

    /// <summary>The tallies by <see cref="FacetKind"/> (violations apart, counted by bit).</summary>
    private readonly Tally[] byKind;
    private MemoryIndex? index;
    private int violationKinds;

    public FacetCounter() => byKind = [regencies, provinces, persons, positions, sources, years];

    public void Begin(MemoryIndex memory)
    {
        index = memory;
        regencies.Reset(memory.RegionCodes.Count);
        provinces.Reset(memory.RegionCodes.Count);
        persons.Reset(memory.PersonNames.Count);
        positions.Reset(memory.PositionNames.Count);
        sources.Reset(memory.SourceNames.Count);
        years.Reset(Years);
        violationKinds = Math.Min(ViolationBits, memory.ViolationNames.Count);
        Array.Clear(violations);
    }

    public void Count(int ordinal)
    {
        foreach (var entry in index!.FacetValues.Of(ordinal))
        {
            var id = entry & FacetEntries.IdMask;
            var kind = FacetEntries.KindOf(entry);
            if (kind != FacetKind.Violation)
            {
                byKind[(int)kind].Add(id);
            }
            else if (id < violationKinds)
            {
                violations[id]++;
            }
        }
    }

    public Dictionary<string, IReadOnlyList<FacetValue>> Result(Gazetteer gazetteer, int size)
    {
        var memory = index!;
        string Region(int id) => gazetteer.ByCode(memory.RegionCodes.Value(id))?.DisplayName ?? memory.RegionCodes.Value(id);
        var kinds = Enumerable.Range(0, violationKinds).ToArray();
        return new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal)
        {
            ["regency"] = FacetTop.Of(regencies.Touched, id => regencies[id], Region, size),
            ["province"] = FacetTop.Of(provinces.Touched, id => provinces[id], Region, size),
            ["year"] = FacetTop.Of(years.Touched, id => years[id], id => id.ToString(CultureInfo.InvariantCulture), size),
            ["person"] = FacetTop.Of(persons.Touched, id => persons[id], memory.PersonNames.Value, size),
            ["position"] = FacetTop.Of(positions.Touched, id => positions[id], memory.PositionNames.Value, size),
            ["violation"] = FacetTop.Of(kinds, bit => violations[bit], memory.ViolationNames.Value, size),
            ["source"] = FacetTop.Of(sources.Touched, id => sources[id], memory.SourceNames.Value, size),
        };
    }
}

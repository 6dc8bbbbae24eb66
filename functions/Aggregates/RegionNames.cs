using NetralitasSearch.Indexer.Extraction.Regions;
using NetralitasSearch.Indexer.Index;

namespace NetralitasSearch.Functions.Aggregates;

/// <summary>
/// The region behind an aggregate's regency or province name. Names are shared ("Bekasi" is a regency, "Kota Bekasi"
/// a city, and a bare name filters both), so a bucket carries the region's code: a search filtered by the code
/// (<c>regency=32.16</c>) counts exactly the bucket's stories.
/// </summary>
public sealed class RegionNames(Gazetteer gazetteer)
{
    private readonly Dictionary<(RegionKind, string), Region?> byName = Index(gazetteer);

    public Region? Find(AggregateField field, string displayName)
    {
        ArgumentNullException.ThrowIfNull(displayName);
        RegionKind[] kinds = field switch
        {
            AggregateField.Regency => [RegionKind.Regency, RegionKind.City],
            AggregateField.Province => [RegionKind.Province],
            _ => [],
        };
        return kinds.Select(kind => byName.GetValueOrDefault((kind, displayName))).FirstOrDefault(region => region is not null);
    }

    /// <summary>Display names to regions; a name two regions of a kind share maps to none.</summary>
    private static Dictionary<(RegionKind, string), Region?> Index(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        var index = new Dictionary<(RegionKind, string), Region?>();
        foreach (var region in gazetteer.Regions)
        {
            var key = (region.Kind, region.DisplayName);
            index[key] = index.ContainsKey(key) ? null : region;
        }

        return index;
    }
}

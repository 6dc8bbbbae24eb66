namespace NetralitasSearch.Indexer.Extraction.Regions;

/// <summary>A province, regency, city or district of the gazetteer.</summary>
/// <param name="Name">The official name without "Kabupaten"/"Kota" ("Musi Rawas", "Bekasi").</param>
/// <param name="ParentCode">The province of a regency or city, the regency of a district; null for a province.</param>
public sealed record Region(string Code, string Name, RegionKind Kind, string ProvinceCode, string ProvinceName, string? ParentCode)
{
    /// <summary>How the product names it: a kabupaten by its bare name, a city with "Kota ", a province by its name.</summary>
    public string DisplayName => Kind == RegionKind.City ? $"Kota {Name}" : Name;
}

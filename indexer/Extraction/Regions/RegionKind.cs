namespace NetralitasSearch.Indexer.Extraction.Regions;

public enum RegionKind
{
    Province,
    Regency,
    City,
    District,
}

namespace NetralitasSearch.Indexer.Documents;

public enum EntityType
{
    Person,
    Position,
    Regency,
    Province,
    District,
    Date,
    LegalReference,
    Violation,
}

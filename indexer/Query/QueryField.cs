namespace NetralitasSearch.Indexer.Query;

/// <summary>The fields a query can name (<c>title:</c>, <c>regency:</c>, ...). <see cref="Any"/> is the default: title and text.</summary>
public enum QueryField
{
    Any,
    Title,
    Text,
    Regency,
    Province,
    Person,
    Position,
    Source,
    Violation,
    Published,
    Year,
    Cluster,

    /// <summary>One document by its id: a request filter (the alerts' test of a new document), not a query field.</summary>
    Id,
}

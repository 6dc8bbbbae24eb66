namespace NetralitasSearch.Indexer.Index;

/// <summary>What an aggregate groups stories by.</summary>
public enum AggregateField
{
    Regency,
    Province,
    Person,
    Position,
    Violation,
    Source,
    Year,

    /// <summary>The month of the document's date, as <c>yyyy-MM</c>.</summary>
    Month,
}

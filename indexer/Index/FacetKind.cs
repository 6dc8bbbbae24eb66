namespace NetralitasSearch.Indexer.Index;

/// <summary>A field whose values are counted per search (facets, aggregates); the order is that of <see cref="SegmentValues"/> entries.</summary>
internal enum FacetKind
{
    Regency,
    Province,
    Person,
    Position,
    Source,
    Violation,

    /// <summary>The year of the document's date; its id is the year itself.</summary>
    Year,
}

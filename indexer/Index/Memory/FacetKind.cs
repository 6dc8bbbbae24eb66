namespace NetralitasSearch.Indexer.Index.Memory;

/// <summary>The facet a value in <see cref="FacetEntries"/> belongs to.</summary>
internal enum FacetKind
{
    Regency,
    Province,
    Person,
    Position,
    Source,
    Year,

    /// <summary>A bit of the document's violation kinds (see <see cref="MemoryIndex.ViolationBits"/>); last, since the kinds before it index the facet counter's tallies.</summary>
    Violation,
}

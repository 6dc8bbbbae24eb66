namespace NetralitasSearch.Indexer.Parsing;

/// <param name="Places">The place parts as written ("MUSI RAWAS"); which one is a regency is for the extractor.</param>
/// <param name="Outlet">The outlet part ("KABARSUMSEL.COM", "ANTARA"), when the dateline carries one.</param>
public sealed record Dateline(IReadOnlyList<string> Places, string? Outlet)
{
    /// <summary>How many characters of the paragraph the dateline takes, its dash and the spaces after it included.</summary>
    public int Length { get; init; }
}

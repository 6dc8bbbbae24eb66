namespace NetralitasSearch.Indexer.Extraction.Regions;

/// <summary>A place name found in the text, before the document-level choice between same-named regions.</summary>
internal sealed record RegionMention(IReadOnlyList<Region> Candidates, RegionKind? Cue, int Start, int Length, bool InTitle, string Surface)
{
    public Region? Resolved { get; set; }
}

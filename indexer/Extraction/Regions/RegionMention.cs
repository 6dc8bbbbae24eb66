namespace NetralitasSearch.Indexer.Extraction.Regions;

/// <summary>A place name found in the text, before the document-level choice between same-named regions.</summary>
/// <param name="FirstWord">The index of its first word in the title's or the body's words; <paramref name="WordCount"/> words.</param>
internal sealed record RegionMention(IReadOnlyList<Region> Candidates, RegionKind? Cue, int Start, int Length, bool InTitle, string Surface, int FirstWord, int WordCount)
{
    /// <summary>The name as the text writes it ("OKU", "Musi Rawas").</summary>
    public string Written { get; init; } = Surface;

    public Region? Resolved { get; set; }

    /// <summary>A people, a former kingdom or a culture named after the place ("adat Buton"): kept out of the places.</summary>
    public bool Culture { get; init; }

    /// <summary>Why <see cref="Resolved"/> was chosen, in words a reader can check against the text.</summary>
    public string? Evidence { get; set; }
}

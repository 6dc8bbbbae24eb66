namespace NetralitasSearch.Indexer.Analysis;

/// <summary>A term produced by analysis, with the offsets of the original word it came from.</summary>
public readonly record struct Token(string Term, int Start, int Length, int Position)
{
    /// <summary>Words the term covers: more than one for a synonym group's term over a variant of several words.</summary>
    public int Words { get; init; } = 1;
}

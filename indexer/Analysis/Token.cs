namespace NetralitasSearch.Indexer.Analysis;

/// <summary>A term produced by analysis, with the offsets of the original word it came from.</summary>
public readonly record struct Token(string Term, int Start, int Length, int Position);

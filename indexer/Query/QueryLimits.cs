namespace NetralitasSearch.Indexer.Query;

/// <summary>Named limits on what one query may ask, so a query can never cost more than a bounded amount.</summary>
public sealed record QueryLimits
{
    public static QueryLimits Default { get; } = new();

    public int MaxLength { get; init; } = 1000;

    /// <summary>Words, phrases, prefixes and ranges in one query.</summary>
    public int MaxClauses { get; init; } = 64;

    /// <summary>Nested parentheses.</summary>
    public int MaxDepth { get; init; } = 16;

    /// <summary>A prefix shorter than this would match most of the index (<c>a*</c>).</summary>
    public int MinPrefixLength { get; init; } = 2;

    /// <summary>The most words a proximity query (<c>"kepala desa"~5</c>) lets stand between its words.</summary>
    public int MaxSlop { get; init; } = 50;
}

namespace NetralitasSearch.Indexer.Query;

/// <summary>Why a query cannot be read: a plain-language message and the character position (0-based) it refers to.</summary>
public sealed record QueryError(int Position, string Message)
{
    public override string ToString() => $"{Message} (at character {Position + 1})";
}

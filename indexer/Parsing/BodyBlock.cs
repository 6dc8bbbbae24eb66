namespace NetralitasSearch.Indexer.Parsing;

/// <summary>One block of an article's body as a parser read it: a paragraph, or a row of a data table.</summary>
/// <param name="IsTableRow">The cells of one table row joined by " | ": a row of numbers is data, not a counter.</param>
internal readonly record struct BodyBlock(string Text, bool IsTableRow = false)
{
    public static implicit operator BodyBlock(string text) => new(text);
}

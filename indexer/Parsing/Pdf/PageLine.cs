namespace NetralitasSearch.Indexer.Parsing.Pdf;

/// <summary>One line of a page, its words left to right, in page units measured down from the top of the page.</summary>
internal sealed record PageLine(IReadOnlyList<LineWord> Words, double Left, double Right, double Top, double Bottom)
{
    public string Text => string.Join(' ', Words.Select(word => word.Text));

    public double Height => Bottom - Top;
}

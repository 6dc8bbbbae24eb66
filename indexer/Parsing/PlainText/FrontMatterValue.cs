namespace NetralitasSearch.Indexer.Parsing.PlainText;

/// <summary>A front-matter value as written, before it is checked for the field it fills.</summary>
internal sealed record FrontMatterValue(FrontMatterValueKind Kind, string Content, IReadOnlyList<string> Items)
{
    public static FrontMatterValue Map { get; } = new(FrontMatterValueKind.Map, "", []);

    public static FrontMatterValue Broken { get; } = new(FrontMatterValueKind.Broken, "", []);

    public static FrontMatterValue Text(string content) => new(FrontMatterValueKind.Text, content, []);

    public static FrontMatterValue List(IReadOnlyList<string> items) => new(FrontMatterValueKind.List, "", items);
}

using HtmlAgilityPack;

namespace NetralitasSearch.Indexer.Parsing.Html;

/// <summary>
/// Builds the tree the parser reads: control characters out, end tags balanced and depth bounded as a browser would
/// (<see cref="TagBalancer"/>), then HtmlAgilityPack.
/// </summary>
internal static class HtmlTreeLoader
{
    public static HtmlDocument Load(string html, ParsingOptions options, ParseNotes? notes = null)
    {
        var document = new HtmlDocument
        {
            OptionFixNestedTags = true,
            OptionAutoCloseOnEnd = true,
            OptionCheckSyntax = false,
        };
        document.LoadHtml(TagBalancer.Balance(Text.TextNormalizer.StripControlCharacters(html), options.MaxHtmlDepth, notes));
        return document;
    }
}

using System.Text.RegularExpressions;

namespace NetralitasSearch.Indexer.Parsing.PlainText;

/// <summary>Markdown to plain text: heading marks, emphasis, links and images go; the words stay.</summary>
internal static partial class MarkdownCleaner
{
    public static string Clean(string markdown)
    {
        var text = Image().Replace(markdown, "");
        text = Link().Replace(text, "$1");
        text = Heading().Replace(text, "");
        text = Emphasis().Replace(text, "$2");
        text = Quote().Replace(text, "");
        text = Rule().Replace(text, "");
        return text;
    }

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1", RegexOptions.CultureInvariant)]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"^\s{0,3}>\s?", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex Quote();

    [GeneratedRegex(@"^\s{0,3}([-*_]\s*){3,}$", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex Rule();
}

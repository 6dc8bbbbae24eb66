using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace NetralitasSearch.Indexer.Parsing.Html;

/// <summary>Reads the author from the theme's byline element ("Oleh Ahmad Fauzi", "Penulis: Ahmad | Editor: Budi").</summary>
internal static partial class BylineFinder
{
    private static readonly HashSet<string> BylineWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "author", "byline", "penulis", "reporter", "wartawan", "pewarta", "writer",
    };

    public static string? Find(HtmlDocument document, int maxDepth)
    {
        foreach (var node in document.DocumentNode.Descendants())
        {
            if (node.NodeType != HtmlNodeType.Element || !ElementWords.Parts(node).Any(BylineWords.Contains) || Inside(node))
            {
                continue;
            }

            var name = Clean(HtmlText.Of(node, maxDepth, 200));
            if (name is not null)
            {
                return name;
            }
        }

        return null;
    }

    private static string? Clean(string text)
    {
        var match = Name().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value.Trim().TrimEnd(',', '.', '-', '|');
        return name.Length is >= 2 and <= 60 ? name : null;
    }

    private static bool Inside(HtmlNode node)
    {
        for (var current = node.ParentNode; current is not null; current = current.ParentNode)
        {
            if (current.NodeType == HtmlNodeType.Element && (ElementWords.IsOtherStoryRegion(current) || ElementWords.Parts(current).Any(p => p is "comment" or "comments" or "komentar")))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^(?:(?i:Oleh|By|Penulis|Reporter|Pewarta|Wartawan|Ditulis oleh)\s*:?\s*)?(?<name>\p{Lu}[\p{L}.'’ ]{1,59}?)(?=\s*(?:$|[|,\-–—•]|\d|Editor|Redaktur|Diperbarui|Update|(?i:senin|selasa|rabu|kamis|jumat|sabtu|minggu)\b))", RegexOptions.CultureInvariant)]
    private static partial Regex Name();
}

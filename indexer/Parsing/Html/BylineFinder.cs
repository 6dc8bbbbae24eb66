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

    /// <summary>
    /// "Oleh: X", "Penulis : X", "Diposting oleh X" or "X, Outlet | Kamis, 14/03/2024" in the lines under the headline,
    /// where themes without byline classes put it.
    /// </summary>
    public static string? FromLines(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var match = BylineInLine().Match(line);
            if (match.Success && Clean(match.Groups["rest"].Value) is { } name)
            {
                return name;
            }

            var stamp = NameOutletStamp().Match(line);
            if (stamp.Success)
            {
                return stamp.Groups["name"].Value.Trim();
            }
        }

        return null;
    }

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
        return name.Length is >= 2 and <= 60 && !AccountNames.IsAccount(name) ? name : null;
    }

    private static bool Inside(HtmlNode node)
    {
        for (var current = node.ParentNode; current is not null; current = current.ParentNode)
        {
            // A post's own footer carries its byline on Blogger ("post-footer"), so footers do not count here.
            if (current.NodeType == HtmlNodeType.Element && current.Name is not "footer" && ElementWords.Parts(current).Any(p => p is "comment" or "comments" or "komentar" or "sidebar" or "related" or "profile"))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?:^|[|·•]\s*)(?i:Oleh|Penulis|Reporter|Pewarta|Wartawan|Ditulis oleh|Diposting oleh|Posted by)\s*:?\s*(?<rest>\p{Lu}.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex BylineInLine();

    /// <summary>Portals put the byline and the stamp in one line: "Farida Ningsih, Nusantara Raya | Kamis, 14/03/2024 10:05 WIB".</summary>
    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}.'’]*(?: \p{Lu}[\p{L}.'’]*){0,4}),\s*[^|,]{2,40}\|\s*(?:(?i:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu)\b|\d{1,2}[/ .-])", RegexOptions.CultureInvariant)]
    private static partial Regex NameOutletStamp();

    [GeneratedRegex(@"^(?:(?i:Oleh|By|Penulis|Reporter|Pewarta|Wartawan|Ditulis oleh|Diposting oleh|Posted by)\s*:?\s*)?(?<name>\p{Lu}[\p{L}.'’ ]{1,59}?)(?=\s*(?:$|[|,\-–—•·]|\d|Editor|Redaktur|Diperbarui|Update|(?i:senin|selasa|rabu|kamis|jumat|sabtu|minggu)\b))", RegexOptions.CultureInvariant)]
    private static partial Regex Name();
}

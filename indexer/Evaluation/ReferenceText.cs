using System.Text;
using HtmlAgilityPack;

namespace NetralitasSearch.Indexer.Evaluation;

/// <summary>
/// The text of a reference body given as HTML: every text node, with a paragraph break at each block element, so that
/// table cells and list items stay separate words. Nothing is filtered: the reference is taken as it is.
/// </summary>
public static class ReferenceText
{
    private static readonly HashSet<string> Inline = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s", "samp",
        "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "del", "ins", "strike", "tt", "big", "nobr",
    };

    public static string FromHtml(string html)
    {
        var document = new HtmlDocument();
        document.LoadHtml(html);
        var text = new StringBuilder();
        var stack = new Stack<(HtmlNode Node, bool Exit)>();
        stack.Push((document.DocumentNode, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (exit)
            {
                text.Append("\n\n");
                continue;
            }

            switch (node.NodeType)
            {
                case HtmlNodeType.Text:
                    text.Append(HtmlEntity.DeEntitize(((HtmlTextNode)node).Text));
                    continue;
                case HtmlNodeType.Comment:
                    continue;
            }

            if (node.Name is "script" or "style" or "noscript")
            {
                continue;
            }

            if (node.NodeType == HtmlNodeType.Element && !Inline.Contains(node.Name))
            {
                text.Append("\n\n");
                stack.Push((node, true));
            }

            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push((child, false));
            }
        }

        var paragraphs = text.ToString().Split("\n\n").Select(Text.TextNormalizer.CollapseWhitespace).Where(paragraph => paragraph.Length > 0);
        return string.Join("\n\n", paragraphs);
    }
}

using System.Text;
using HtmlAgilityPack;

namespace NetralitasSearch.Indexer.Parsing.Html;

/// <summary>
/// Text of an element without recursion: HtmlAgilityPack's InnerText recurses, and a page nested
/// 100,000 levels deep must not overflow the stack.
/// </summary>
internal static class HtmlText
{
    public static string Of(HtmlNode node, int maxDepth, int maxLength = 20_000)
    {
        var builder = new StringBuilder();
        var stack = new Stack<(HtmlNode Node, int Depth)>();
        stack.Push((node, 0));
        while (stack.Count > 0 && builder.Length < maxLength)
        {
            var (current, depth) = stack.Pop();
            if (current.NodeType == HtmlNodeType.Text)
            {
                builder.Append(HtmlEntity.DeEntitize(((HtmlTextNode)current).Text));
                continue;
            }

            if (current.NodeType == HtmlNodeType.Comment || depth >= maxDepth || current.Name is "script" or "style" or "noscript")
            {
                continue;
            }

            if (current.Name is "br" or "p" or "div" or "li")
            {
                builder.Append(' ');
            }

            for (var child = current.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push((child, depth + 1));
            }
        }

        return Indexer.Text.TextNormalizer.CollapseWhitespace(builder.ToString());
    }
}

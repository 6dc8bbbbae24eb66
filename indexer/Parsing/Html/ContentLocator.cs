using HtmlAgilityPack;

namespace NetralitasSearch.Indexer.Parsing.Html;

/// <summary>
/// Finds the element that holds the article. Known container names of the CMS families come first (the
/// one with the most paragraph text wins); otherwise paragraphs vote for their parent and grandparent,
/// as readability-style extractors do, and the element with the most votes is the article.
/// </summary>
internal sealed class ContentLocator(ParsingOptions options)
{
    /// <summary>How far up from the best-voted element repeated parts are looked for.</summary>
    private const int MaxWidenLevels = 3;

    private static readonly HashSet<string> InlineElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "b", "strong", "i", "em", "span", "u", "font", "mark", "small", "sup", "sub", "br", "abbr", "cite", "q", "time",
    };

    public HtmlNode Locate(HtmlDocument document)
    {
        var root = document.DocumentNode.SelectSingleNode("//body") ?? document.DocumentNode;
        var scores = new Dictionary<HtmlNode, double>();
        HtmlNode? bestMarked = null;
        var bestMarkedLength = 0;

        foreach (var node in Walk(root))
        {
            if (ElementWords.IsContentMarker(node))
            {
                var length = ParagraphTextLength(node);
                if (length > bestMarkedLength)
                {
                    bestMarked = node;
                    bestMarkedLength = length;
                }
            }

            if (node.Name is "p" || IsTextBlock(node))
            {
                var length = DirectTextLength(node);
                if (length < 25)
                {
                    continue;
                }

                var score = 1 + length / 100.0 + CountCommas(node);
                if (node.ParentNode is { } parent)
                {
                    scores[parent] = scores.GetValueOrDefault(parent) + score;
                    if (parent.ParentNode is { } grandParent)
                    {
                        scores[grandParent] = scores.GetValueOrDefault(grandParent) + score / 2;
                    }
                }

                if (node.Name is not "p")
                {
                    scores[node] = scores.GetValueOrDefault(node) + score;
                }
            }
        }

        if (bestMarked is not null && bestMarkedLength >= 80)
        {
            return bestMarked;
        }

        var best = scores.OrderByDescending(pair => pair.Value).Select(pair => pair.Key).FirstOrDefault();
        return best is null ? bestMarked ?? root : WidenToRepeatedParts(best);
    }

    /// <summary>
    /// An article split into parts of the same class (the pages of a multi-page story, loaded together; one div per
    /// paragraph) is the parent of those parts: the votes of each part alone only pick one of them.
    /// </summary>
    private HtmlNode WidenToRepeatedParts(HtmlNode best)
    {
        var node = best;
        for (var level = 0; level < MaxWidenLevels && node.ParentNode is { NodeType: HtmlNodeType.Element } parent; level++, node = parent)
        {
            var className = node.GetAttributeValue("class", "");
            if (className.Length > 0 && parent.ChildNodes.Any(sibling => sibling != node && sibling.NodeType == HtmlNodeType.Element
                && sibling.GetAttributeValue("class", "") == className && ParagraphTextLength(sibling) >= 80))
            {
                return parent;
            }
        }

        return best;
    }

    /// <summary>
    /// Elements in document order, skipping script-like elements and regions of other stories (comments,
    /// sidebars, related lists) but not wrappers: Blogger puts the post inside a "widget", WordPress inside
    /// classes named after its tags. Anything deeper than the depth limit is not read.
    /// </summary>
    private IEnumerable<HtmlNode> Walk(HtmlNode root)
    {
        var stack = new Stack<(HtmlNode, int)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (node.NodeType != HtmlNodeType.Element && node.NodeType != HtmlNodeType.Document)
            {
                continue;
            }

            if (node != root && (ElementWords.IsNoiseElement(node) || (ElementWords.IsOtherStoryRegion(node) && !ElementWords.IsContentMarker(node))))
            {
                continue;
            }

            yield return node;
            if (depth >= options.MaxHtmlDepth)
            {
                continue;
            }

            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push((child, depth + 1));
            }
        }
    }

    private int ParagraphTextLength(HtmlNode container)
    {
        var total = 0;
        foreach (var node in Walk(container))
        {
            if (node.Name is "p" or "li" || (node.Name is "div" && IsTextBlock(node)))
            {
                total += DirectTextLength(node);
            }
        }

        return total;
    }

    /// <summary>
    /// A div, td or section that is itself a paragraph: it holds text directly, or (React and Next.js outlets write
    /// paragraphs as &lt;div&gt;&lt;span&gt;…&lt;/span&gt;&lt;/div&gt; with no &lt;p&gt; at all) only inline elements with enough text.
    /// </summary>
    internal static bool IsTextBlock(HtmlNode node) =>
        node.Name is "div" or "td" or "section"
        && (HasDirectText(node) || (!node.ChildNodes.Any(child => child.NodeType == HtmlNodeType.Element && !InlineElements.Contains(child.Name)) && DirectTextLength(node) >= 25));

    private static bool HasDirectText(HtmlNode node) =>
        node.ChildNodes.Any(child => child.NodeType == HtmlNodeType.Text && ((HtmlTextNode)child).Text.Trim().Length > 20);

    /// <summary>Text of the node and its inline children (not nested blocks), so a paragraph is counted once.</summary>
    private static int DirectTextLength(HtmlNode node)
    {
        var total = 0;
        foreach (var child in node.ChildNodes)
        {
            if (child.NodeType == HtmlNodeType.Text)
            {
                total += ((HtmlTextNode)child).Text.Trim().Length;
            }
            else if (InlineElements.Contains(child.Name))
            {
                total += HtmlText.Of(child, maxDepth: 16, maxLength: 2000).Length;
            }
        }

        return total;
    }

    private static int CountCommas(HtmlNode node) =>
        node.ChildNodes.Where(child => child.NodeType == HtmlNodeType.Text).Sum(child => ((HtmlTextNode)child).Text.Count(c => c == ','));
}

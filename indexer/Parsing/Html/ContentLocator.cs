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

    /// <summary>How far up from the chosen element further sections of the article are looked for.</summary>
    private const int MaxSectionLevels = 5;

    /// <summary>An ancestor is the article when its sections add at least this share of paragraph text to what was chosen.</summary>
    private const double SectionGain = 0.25;

    /// <summary>A marked element inside a marked one is the article when it holds at least this share of the outer one's text.</summary>
    private const double InnerMarkerShare = 0.6;

    /// <summary>A sibling with less paragraph text than this is a credit line or a caption, not a section of the article.</summary>
    private const int MinSectionLength = 150;

    /// <summary>An ancestor whose text is more link text than this is a page wrapper or a list, not the article.</summary>
    private const double MaxSectionLinkDensity = 0.35;

    /// <summary>Elements that hold article text but never the whole article: a content name on them says nothing of a container.</summary>
    private static readonly HashSet<string> NeverContainers = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "a", "b", "strong", "i", "em", "span", "font", "time", "img", "figcaption", "blockquote",
    };

    private static readonly HashSet<string> InlineElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "b", "strong", "i", "em", "span", "u", "font", "mark", "small", "sup", "sub", "br", "abbr", "cite", "q", "time",
    };

    public ArticleRegion Locate(HtmlDocument document, PageText page)
    {
        var root = page.Root;
        var scores = new Dictionary<HtmlNode, double>();
        var marked = new List<(HtmlNode Node, int Length)>();

        foreach (var node in Walk(root, page))
        {
            if (ElementWords.IsContentMarker(node) && !NeverContainers.Contains(node.Name))
            {
                marked.Add((node, ParagraphTextLength(node, page)));
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

        var (bestMarked, bestMarkedLength) = InnermostMarked(marked);
        if (bestMarked is not null && bestMarkedLength >= 80)
        {
            return WidenToSections(bestMarked, root, page);
        }

        var best = scores.OrderByDescending(pair => pair.Value).Select(pair => pair.Key).FirstOrDefault();
        return best is null ? new ArticleRegion(bestMarked ?? root, [bestMarked ?? root]) : WidenToSections(WidenToRepeatedParts(best, page), root, page);
    }

    /// <summary>
    /// The marked element with the most paragraph text, or the marked element inside it that holds most of that text: a
    /// page wrapper can carry a content name too (Blogger's "content-inner" around the whole layout, with the post's
    /// "entry-content" deep inside).
    /// </summary>
    private static (HtmlNode? Node, int Length) InnermostMarked(List<(HtmlNode Node, int Length)> marked)
    {
        if (marked.Count == 0)
        {
            return (null, 0);
        }

        var best = marked.MaxBy(mark => mark.Length);
        while (marked.Where(mark => mark.Node != best.Node && mark.Length >= best.Length * InnerMarkerShare && mark.Node.Ancestors().Contains(best.Node))
            .OrderByDescending(mark => mark.Length).FirstOrDefault() is { Node: not null } inner)
        {
            best = inner;
        }

        return best;
    }

    /// <summary>
    /// An article in several sections (the parts of a long feature, a story continued after an ad slot, steps of a
    /// how-to) is read from all of them. Going up a few levels, the siblings met on the way that are sections themselves
    /// (paragraph text outside noise, at least <see cref="MinSectionLength"/> characters) are added up; a level is taken
    /// when it adds a section, the sections so far add a good share to the chosen text, and its element is not mostly
    /// links. What is taken at a level is the run of its children from the first section to the last, with what lies
    /// between (headings, a short paragraph), but not the title, byline and breadcrumb before them or the share bar and
    /// lists of other stories after them. A wrapper that adds only a credit line adds no section and is passed over.
    /// </summary>
    private ArticleRegion WidenToSections(HtmlNode chosen, HtmlNode root, PageText page)
    {
        var baseMass = CleanParagraphs(chosen, page);
        List<HtmlNode> parts = [chosen];
        var gain = 0;
        var node = chosen;
        for (var level = 0; level < MaxSectionLevels && node.ParentNode is { NodeType: HtmlNodeType.Element } parent && parent != root; level++, node = parent)
        {
            // A table cell is a column of a layout table: the row beside it holds the menus and sidebars, not more sections.
            if (node.Name is "td" or "th" || ElementWords.IsNoise(parent, page) || ElementWords.IsOtherStoryRegion(parent, page))
            {
                break;
            }

            var children = parent.ChildNodes.Where(child => child.NodeType == HtmlNodeType.Element).ToList();
            var at = children.IndexOf(node);
            var (first, last) = (at, at);
            var levelGain = 0;
            for (var index = 0; index < children.Count; index++)
            {
                var sibling = children[index];
                if (index != at && IsReadable(sibling, page) && page.LinkDensity(sibling) <= MaxSectionLinkDensity
                    && CleanParagraphs(sibling, page) is var mass && mass >= MinSectionLength)
                {
                    levelGain += mass;
                    (first, last) = (Math.Min(first, index), Math.Max(last, index));
                }
            }

            gain += levelGain;
            if (levelGain > 0 && gain >= baseMass * SectionGain && page.LinkDensity(parent) <= MaxSectionLinkDensity)
            {
                parts = [.. children[first..at].Where(child => IsReadable(child, page)), .. parts, .. children[(at + 1)..(last + 1)].Where(child => IsReadable(child, page))];
            }
        }

        return new ArticleRegion(chosen, parts);
    }

    /// <summary>
    /// An article split into parts of the same class (the pages of a multi-page story, loaded together; one div per
    /// paragraph) is the parent of those parts: the votes of each part alone only pick one of them.
    /// </summary>
    private HtmlNode WidenToRepeatedParts(HtmlNode best, PageText page)
    {
        var node = best;
        for (var level = 0; level < MaxWidenLevels && node.ParentNode is { NodeType: HtmlNodeType.Element } parent; level++, node = parent)
        {
            var className = node.GetAttributeValue("class", "");
            if (className.Length > 0 && parent.ChildNodes.Any(sibling => sibling != node && sibling.NodeType == HtmlNodeType.Element
                && sibling.GetAttributeValue("class", "") == className && ParagraphTextLength(sibling, page) >= 80))
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
    private IEnumerable<HtmlNode> Walk(HtmlNode root, PageText page)
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

            if (node != root && (IsDropped(node, page) || ElementWords.IsHidden(node) || (ElementWords.IsOtherStoryRegion(node, page) && !ElementWords.IsContentMarker(node))))
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

    private static bool IsReadable(HtmlNode node, PageText page) => !ElementWords.IsNoise(node, page) && !ElementWords.IsOtherStoryRegion(node, page);

    /// <summary>Paragraph text of the element outside noise and other stories (share bars, comments, sidebars).</summary>
    private int CleanParagraphs(HtmlNode container, PageText page)
    {
        var total = 0;
        var stack = new Stack<(HtmlNode Node, int Depth)>();
        stack.Push((container, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (node.NodeType != HtmlNodeType.Element || (node != container && (ElementWords.IsNoise(node, page) || ElementWords.IsOtherStoryRegion(node, page))))
            {
                continue;
            }

            total += page.BlockLength(node);
            if (depth < options.MaxHtmlDepth)
            {
                foreach (var child in node.ChildNodes)
                {
                    stack.Push((child, depth + 1));
                }
            }
        }

        return total;
    }

    /// <summary>Script-like elements, and page structure (form, header, nav...) unless it holds most of the page's text.</summary>
    private static bool IsDropped(HtmlNode node, PageText page) =>
        ElementWords.IsNoiseElement(node) && !(BoilerplateRules.LayoutElements.Contains(node.Name) && page.IsMainRegion(node));

    private int ParagraphTextLength(HtmlNode container, PageText page)
    {
        var total = 0;
        foreach (var node in Walk(container, page))
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

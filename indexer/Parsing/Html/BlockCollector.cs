using System.Text;
using HtmlAgilityPack;
using NetralitasSearch.Indexer.Text;

namespace NetralitasSearch.Indexer.Parsing.Html;

/// <summary>
/// Turns the article container into paragraphs: every block element (p, headings, list items, quotes)
/// is a paragraph, and outside a &lt;p&gt; a &lt;br&gt; ends one (Okezone-style and Blogger bodies separate
/// paragraphs with &lt;br&gt;&lt;br&gt;). Noise subtrees and the title heading are skipped. Iterative, depth-bounded.
/// </summary>
internal sealed class BlockCollector(ParsingOptions options)
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "table", "tbody", "thead", "tr", "td", "th", "center", "address", "hr",
    };

    /// <param name="keep">Elements read whatever their names say: the wrappers around the element chosen for the article
    /// (a page-wide &lt;form&gt;, Blogger's "date-outer"). Inside the article, a region named as noise stays noise however much
    /// text it holds (a gallery of other stories in a "widget").</param>
    public List<string> Collect(HtmlNode container, IReadOnlySet<HtmlNode>? keep = null, ParseNotes? notes = null)
    {
        var paragraphs = new List<string>();
        var buffer = new StringBuilder();
        var paragraphDepth = 0;
        var afterBreak = false;
        var stack = new Stack<(HtmlNode Node, int Depth, bool Exit)>();
        stack.Push((container, 0, false));

        while (stack.Count > 0)
        {
            var (node, depth, exit) = stack.Pop();
            if (exit)
            {
                if (node.Name is "p")
                {
                    paragraphDepth--;
                }

                Flush(buffer, paragraphs);
                continue;
            }

            switch (node.NodeType)
            {
                case HtmlNodeType.Text:
                    var text = HtmlEntity.DeEntitize(((HtmlTextNode)node).Text);
                    afterBreak &= string.IsNullOrWhiteSpace(text);
                    var room = options.MaxParagraphLength - buffer.Length;
                    if (text.Length > room)
                    {
                        // A paragraph past the limit keeps its beginning (a 5 MB single line stays bounded), as in plain text.
                        buffer.Append(text.AsSpan(0, Math.Max(room, 0)));
                        notes?.ParagraphCut(options.MaxParagraphLength);
                        continue;
                    }

                    buffer.Append(text);
                    continue;
                case HtmlNodeType.Comment:
                    continue;
            }

            if (node != container && ((ElementWords.IsNoise(node) && keep?.Contains(node) != true) || node.Name is "h1" || IsImageCaption(node) || IsLinkList(node)))
            {
                continue;
            }

            if (node.Name is "br")
            {
                // Inside a <p> one <br> is a line break within the paragraph; two in a row end it (Okezone style).
                if (paragraphDepth > 0 && !afterBreak)
                {
                    buffer.Append(' ');
                    afterBreak = true;
                }
                else
                {
                    Flush(buffer, paragraphs);
                }

                continue;
            }

            if (depth >= options.MaxHtmlDepth)
            {
                continue;
            }

            var isBlock = BlockElements.Contains(node.Name);
            if (isBlock)
            {
                Flush(buffer, paragraphs);
                if (node.Name is "p")
                {
                    paragraphDepth++;
                }

                stack.Push((node, depth, true));
            }
            else if (node.Name is "img" or "wbr")
            {
                continue;
            }

            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push((child, depth + 1, false));
            }
        }

        Flush(buffer, paragraphs);
        return paragraphs;
    }

    /// <summary>
    /// A list whose every item is only a link is a list of other stories ("Baca Juga", "Lihat Juga :" boxes under a
    /// bare heading), not article text: the article's own list items are sentences.
    /// </summary>
    private static bool IsLinkList(HtmlNode node)
    {
        if (node.Name is not ("ul" or "ol"))
        {
            return false;
        }

        var items = node.ChildNodes.Where(child => child.Name == "li").ToList();
        return items.Count > 0 && items.All(item =>
            item.Descendants("a").Take(1).Any()
            && item.ChildNodes.All(child => child.Name == "a" || (child.NodeType == HtmlNodeType.Text && string.IsNullOrWhiteSpace(child.InnerText)) || child.NodeType == HtmlNodeType.Comment
                || (child.NodeType == HtmlNodeType.Element && child.Name is "h2" or "h3" or "h4" or "div" or "span" && child.ChildNodes.All(inner => inner.Name == "a" || (inner.NodeType == HtmlNodeType.Text && string.IsNullOrWhiteSpace(inner.InnerText))))));
    }

    /// <summary>A block made of an image and a short line is the image's caption, not article text.</summary>
    private static bool IsImageCaption(HtmlNode node)
    {
        // An image inside a <figure> goes with its own caption, which the figure rule drops; the text beside it is the article's.
        if (node.Name is not ("p" or "div" or "center" or "table") || !node.Descendants("img").Any(image => !image.Ancestors().TakeWhile(ancestor => ancestor != node).Any(ancestor => ancestor.Name == "figure")))
        {
            return false;
        }

        var text = HtmlText.Of(node, maxDepth: 8, maxLength: 400);
        return text.Length < 200 && node.Descendants("p").Take(2).Count() <= 1;
    }

    private static void Flush(StringBuilder buffer, List<string> paragraphs)
    {
        if (buffer.Length == 0)
        {
            return;
        }

        var text = TextNormalizer.CollapseWhitespace(buffer.ToString());
        buffer.Clear();
        if (text.Length > 0)
        {
            paragraphs.Add(text);
        }
    }
}

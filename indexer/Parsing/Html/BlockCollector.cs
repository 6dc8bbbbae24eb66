using System.Text;
using HtmlAgilityPack;
using NetralitasSearch.Indexer.Text;

namespace NetralitasSearch.Indexer.Parsing.Html;

/// <summary>
/// Turns the article container into paragraphs: every block element (p, headings, list items, quotes)
/// is a paragraph, and outside a &lt;p&gt; a &lt;br&gt; ends one (Okezone-style and Blogger bodies separate
/// paragraphs with &lt;br&gt;&lt;br&gt;). A data table is read a row at a time (<see cref="DataTable"/>). Noise subtrees, the
/// title heading, and the blocks a heading names as other stories or a profile (<see cref="SectionHeading"/>) are
/// skipped. Iterative, depth-bounded.
/// </summary>
internal sealed class BlockCollector(ParsingOptions options)
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "table", "tbody", "thead", "tr", "td", "th", "center", "address", "hr", "figure", "header",
    };

    /// <param name="keep">Elements read whatever their names say: the wrappers around the element chosen for the article
    /// (a page-wide &lt;form&gt;, Blogger's "date-outer"). Inside the article, a region named as noise stays noise however much
    /// text it holds (a gallery of other stories in a "widget").</param>
    /// <param name="page">The page's measured text, for the link density of blocks after an other-stories heading.</param>
    public List<BodyBlock> Collect(HtmlNode container, PageText? page = null, IReadOnlySet<HtmlNode>? keep = null, ParseNotes? notes = null)
    {
        var paragraphs = new List<BodyBlock>();
        var skipping = new Dictionary<HtmlNode, SectionHeadingKind>();
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
                    if (node.ParentNode is { } textParent && Skipped(node, textParent, skipping, page))
                    {
                        continue;
                    }

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

            if (node != container && node.ParentNode is { } parent && Skipped(node, parent, skipping, page))
            {
                continue;
            }

            if (node != container && node.NodeType == HtmlNodeType.Element && SectionHeading.Kind(node, page, options.MaxHtmlDepth) is var kind and not SectionHeadingKind.None)
            {
                // The heading goes, and so do the blocks after it that it names (see Skipped).
                Flush(buffer, paragraphs);
                if (node.ParentNode is not null)
                {
                    skipping[node.ParentNode] = kind;
                }

                continue;
            }

            if (node.Name is "table" && depth < options.MaxHtmlDepth && DataTable.IsDataTable(node, options.MaxHtmlDepth))
            {
                Flush(buffer, paragraphs);
                paragraphs.AddRange(DataTable.Lines(node, options.MaxHtmlDepth).Select(line => new BodyBlock(TextNormalizer.CollapseWhitespace(line), IsTableRow: true)));
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
    /// Whether a block after an other-stories or profile heading of the same parent is skipped. After a profile heading,
    /// everything up to the next heading goes; after an other-stories heading, link lists, story cards (mostly links) and
    /// pictures go, and the first block of real text ends the skipping (an inline "Baca juga" box mid-article).
    /// </summary>
    private bool Skipped(HtmlNode node, HtmlNode parent, Dictionary<HtmlNode, SectionHeadingKind> skipping, PageText? page)
    {
        if (!skipping.TryGetValue(parent, out var kind))
        {
            return false;
        }

        if (node.NodeType == HtmlNodeType.Text)
        {
            // Text of the parent itself after an other-stories heading (a body of lines joined by <br>) is the article going
            // on; after a profile heading it is the profile.
            if (kind == SectionHeadingKind.Profile)
            {
                return true;
            }

            if (((HtmlTextNode)node).Text.Trim().Length >= PageText.MinBlockLength)
            {
                skipping.Remove(parent);
            }

            return false;
        }

        var isHeading = node.Name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
        var stop = kind == SectionHeadingKind.Profile
            ? isHeading
            : isHeading || (page is not null && page.Text(node) >= PageText.MinBlockLength && page.LinkDensity(node) < 0.25 && node.Name is not ("ul" or "ol"));
        if (stop)
        {
            skipping.Remove(parent);
            return false;
        }

        return true;
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
        if (node.Name is "figure" && node.Descendants().Any(inner => inner.Name is "blockquote" or "table" or "pre"))
        {
            return false;
        }

        // An image inside a <figure> goes with its own caption, which the figure rule drops; the text beside it is the article's.
        if (node.Name is not ("p" or "div" or "center" or "table" or "figure") || !node.Descendants("img").Any(image => !image.Ancestors().TakeWhile(ancestor => ancestor != node).Any(ancestor => ancestor.Name == "figure")))
        {
            return false;
        }

        var text = HtmlText.Of(node, maxDepth: 8, maxLength: 400);
        return text.Length < 200 && node.Descendants("p").Take(2).Count() <= 1;
    }

    private static void Flush(StringBuilder buffer, List<BodyBlock> paragraphs)
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

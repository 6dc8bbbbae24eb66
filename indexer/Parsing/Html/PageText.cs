using HtmlAgilityPack;

namespace NetralitasSearch.Indexer.Parsing.Html;

/// <summary>
/// How much readable text every element of a page holds, measured once per page: all visible text, the part of it
/// inside links, and the part that sits in paragraph-like blocks (a &lt;p&gt;, list item, cell or text-holding div of at
/// least <see cref="MinBlockLength"/> characters that is not mostly a link). Lengths count a run of spaces as one.
/// Names say what a region is meant to be; these figures say what it holds, which is how a main column called
/// "l-sidebar-fixed" or a page-wide &lt;form&gt; is told from a real sidebar or a search box.
/// </summary>
internal sealed class PageText
{
    /// <summary>Shorter blocks are labels, buttons and links rather than paragraphs.</summary>
    public const int MinBlockLength = 25;

    /// <summary>A region holding at least this share of the page's paragraph text is the main column, whatever its name.</summary>
    public const double MainRegionShare = 0.5;

    private static readonly HashSet<string> Unread = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "canvas", "video", "audio", "object", "embed", "iframe", "select",
        "textarea", "button", "head", "link", "meta", "title", "math",
    };

    private static readonly HashSet<string> TextBlocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "pre", "li", "dd", "dt", "td", "th", "blockquote", "div", "section", "article", "center", "main", "figcaption", "body",
    };

    private static readonly HashSet<string> Inline = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "b", "strong", "i", "em", "span", "u", "font", "mark", "small", "sup", "sub", "br", "abbr", "cite", "q", "time", "code",
        "s", "del", "ins", "strike", "tt", "big", "kbd", "var", "dfn", "label", "bdi", "bdo", "nobr", "wbr",
    };

    private readonly Dictionary<HtmlNode, Mass> masses;

    private PageText(Dictionary<HtmlNode, Mass> masses, HtmlNode root)
    {
        this.masses = masses;
        Root = root;
        PageMass = Paragraphs(root);
    }

    public HtmlNode Root { get; }

    /// <summary>The paragraph text of the whole page.</summary>
    public int PageMass { get; }

    public static PageText Measure(HtmlDocument document, int maxDepth)
    {
        var root = document.DocumentNode.SelectSingleNode("//body") ?? document.DocumentNode;
        var masses = new Dictionary<HtmlNode, Mass>();
        var stack = new Stack<(HtmlNode Node, int Depth, bool Exit)>();
        stack.Push((root, 0, false));
        while (stack.Count > 0)
        {
            var (node, depth, exit) = stack.Pop();
            if (!exit)
            {
                if (node.NodeType is HtmlNodeType.Element or HtmlNodeType.Document && !Unread.Contains(node.Name) && !IsHidden(node) && depth < maxDepth)
                {
                    stack.Push((node, depth, true));
                    for (var child = node.FirstChild; child is not null; child = child.NextSibling)
                    {
                        if (child.NodeType is HtmlNodeType.Element)
                        {
                            stack.Push((child, depth + 1, false));
                        }
                    }
                }

                continue;
            }

            masses[node] = Sum(node, masses);
        }

        return new PageText(masses, root);
    }

    /// <summary>Paragraph text inside the element.</summary>
    public int Paragraphs(HtmlNode node) => masses.TryGetValue(node, out var mass) ? mass.Paragraph : 0;

    /// <summary>All visible text inside the element.</summary>
    public int Text(HtmlNode node) => masses.TryGetValue(node, out var mass) ? mass.Text : 0;

    /// <summary>The share of the element's text that is link text (0 for an element without text).</summary>
    public double LinkDensity(HtmlNode node) =>
        masses.TryGetValue(node, out var mass) && mass.Text > 0 ? mass.LinkText / (double)mass.Text : 0;

    /// <summary>Whether the element holds most of the page's paragraph text: then it is the main column, whatever its name.</summary>
    public bool IsMainRegion(HtmlNode node) => PageMass > 0 && Paragraphs(node) >= PageMass * MainRegionShare;

    /// <summary>The element's own text (text nodes and inline children), as a block counts it.</summary>
    public (int Text, int LinkText) Direct(HtmlNode node) => DirectOf(node, masses);

    /// <summary>The element's own text when it is a paragraph-like block (long enough, not mostly a link); else 0.</summary>
    public int BlockLength(HtmlNode node)
    {
        if (!TextBlocks.Contains(node.Name) || !masses.ContainsKey(node))
        {
            return 0;
        }

        var (text, links) = DirectOf(node, masses);
        return text >= MinBlockLength && links * 2 < text ? text : 0;
    }

    private static Mass Sum(HtmlNode node, Dictionary<HtmlNode, Mass> masses)
    {
        var text = 0;
        var links = 0;
        var paragraphs = 0;
        foreach (var child in node.ChildNodes)
        {
            if (child.NodeType == HtmlNodeType.Text)
            {
                text += CollapsedLength(((HtmlTextNode)child).Text);
            }
            else if (masses.TryGetValue(child, out var mass))
            {
                text += mass.Text;
                links += mass.LinkText;
                paragraphs += mass.Paragraph;
            }
        }

        if (node.Name == "a")
        {
            links = text;
        }

        if (TextBlocks.Contains(node.Name))
        {
            var (directText, directLinks) = DirectOf(node, masses);
            if (directText >= MinBlockLength && directLinks * 2 < directText)
            {
                paragraphs += directText;
            }
        }

        return new Mass(text, links, paragraphs);
    }

    private static (int Text, int LinkText) DirectOf(HtmlNode node, Dictionary<HtmlNode, Mass> masses)
    {
        var text = 0;
        var links = 0;
        foreach (var child in node.ChildNodes)
        {
            if (child.NodeType == HtmlNodeType.Text)
            {
                text += CollapsedLength(((HtmlTextNode)child).Text);
            }
            else if (Inline.Contains(child.Name) && masses.TryGetValue(child, out var mass))
            {
                text += mass.Text;
                links += mass.LinkText;
            }
        }

        return (text, links);
    }

    private static bool IsHidden(HtmlNode node) => node.NodeType == HtmlNodeType.Element && ElementWords.IsHidden(node);

    /// <summary>Characters with every run of whitespace counted once.</summary>
    private static int CollapsedLength(string text)
    {
        var length = 0;
        var inSpace = true;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!inSpace)
                {
                    length++;
                    inSpace = true;
                }

                continue;
            }

            length++;
            inSpace = false;
        }

        return length;
    }

    private readonly record struct Mass(int Text, int LinkText, int Paragraph);
}

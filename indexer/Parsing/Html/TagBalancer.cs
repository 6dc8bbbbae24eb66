using System.Globalization;
using System.Text;

namespace NetralitasSearch.Indexer.Parsing.Html;

/// <summary>
/// Rewrites a page so that every element HtmlAgilityPack sees is closed where a browser would close it. HtmlAgilityPack
/// ignores an end tag that does not match the innermost open element, so in <c>&lt;header&gt;&lt;ul&gt;&lt;li&gt;a&lt;/ul&gt;&lt;/header&gt;&lt;p&gt;x</c>
/// the open &lt;li&gt; swallows the rest of the page and the article ends up inside a menu. Here the end tags a browser
/// implies are written out: an end tag closes every element opened after its own start tag (within the scope a browser
/// looks in, and dropped when its element is not open), &lt;li&gt;, &lt;dt&gt;, &lt;dd&gt;, &lt;tr&gt;, &lt;td&gt;, &lt;th&gt; and
/// &lt;option&gt; close their open siblings, a block start closes an open &lt;p&gt;, and "&lt;div/&gt;" opens a div as it does
/// in a browser (self-closing only counts inside SVG and MathML). The same pass bounds depth: tags below
/// <see cref="ParsingOptions.MaxHtmlDepth"/> are dropped and their text kept, since HtmlAgilityPack's tree builder
/// recurses. Iterative; linear in the page but for end tags looked for at most <see cref="MaxScopeSearch"/> levels up.
/// </summary>
internal static class TagBalancer
{
    /// <summary>How far up the open elements an end tag's start is looked for; past it the end tag is dropped.</summary>
    public const int MaxScopeSearch = 512;

    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen", "link", "meta",
        "param", "source", "track", "wbr", "isindex", "spacer",
    };

    /// <summary>Elements whose content is text up to their end tag, which HtmlAgilityPack also reads as text.</summary>
    private static readonly HashSet<string> CDataElements = new(StringComparer.Ordinal) { "script", "style", "textarea", "title" };

    /// <summary>Raw-text elements a browser does not parse inside, which HtmlAgilityPack would: their '&lt;' is escaped.</summary>
    private static readonly HashSet<string> RawTextElements = new(StringComparer.Ordinal) { "iframe", "xmp", "noembed", "noframes" };

    /// <summary>Where a search for an open element stops (a browser's "scope"): an end tag does not reach past these.</summary>
    private static readonly HashSet<string> ScopeBoundaries = new(StringComparer.Ordinal)
    {
        "html", "table", "td", "th", "caption", "template", "object", "applet", "marquee",
    };

    private static readonly HashSet<string> TableParts = new(StringComparer.Ordinal) { "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption" };

    /// <summary>Starts of these close an open &lt;p&gt;.</summary>
    private static readonly HashSet<string> ClosesParagraph = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "dd", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main",
        "menu", "nav", "ol", "p", "pre", "section", "summary", "ul",
    };

    private static readonly HashSet<string> Headings = new(StringComparer.Ordinal) { "h1", "h2", "h3", "h4", "h5", "h6" };

    /// <summary>Balances <paramref name="html"/>; notes when markup past the depth limit was flattened.</summary>
    public static string Balance(string html, int maxDepth, ParseNotes? notes = null)
    {
        var state = new State(html.Length, maxDepth);
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                state.Output.Append(html, i, html.Length - i);
                break;
            }

            state.Output.Append(html, i, lt - i);
            i = Tag(html, lt, state);
        }

        if (state.Flattened)
        {
            notes?.Add(string.Create(CultureInfo.InvariantCulture, $"Markup nested deeper than {maxDepth} levels was flattened: the text below that depth was kept, its tags were not."));
        }

        return state.Output.ToString();
    }

    /// <summary>Reads the markup at <paramref name="lt"/>, writes what HtmlAgilityPack should see, returns where to go on.</summary>
    private static int Tag(string html, int lt, State state)
    {
        var output = state.Output;
        if (html.AsSpan(lt).StartsWith("<!--"))
        {
            var endComment = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            var stop = endComment < 0 ? html.Length : endComment + 3;
            output.Append(html, lt, stop - lt);
            return stop;
        }

        var closing = lt + 1 < html.Length && html[lt + 1] == '/';
        var nameStart = closing ? lt + 2 : lt + 1;
        if (nameStart >= html.Length || !(char.IsAsciiLetter(html[nameStart]) || (!closing && html[nameStart] is '!' or '?')))
        {
            // "a < b", "<3": text.
            output.Append('<');
            return lt + 1;
        }

        var gt = TagEnd(html, nameStart);
        if (gt < 0)
        {
            output.Append(html, lt, html.Length - lt);
            return html.Length;
        }

        if (html[nameStart] is '!' or '?')
        {
            output.Append(html, lt, gt + 1 - lt);
            return gt + 1;
        }

        var nameEnd = nameStart;
        while (nameEnd < gt && !char.IsWhiteSpace(html[nameEnd]) && html[nameEnd] is not '/' and not '>')
        {
            nameEnd++;
        }

        var name = html[nameStart..nameEnd].ToLowerInvariant();
        if (closing)
        {
            End(name, state);
            return gt + 1;
        }

        var selfClosing = html[gt - 1] == '/' && (gt - 1 == nameEnd || html[gt - 2] is ' ' or '\t' or '\n' or '\r' or '"' or '\'');
        if (VoidElements.Contains(name) || (selfClosing && state.ForeignDepth > 0))
        {
            if (state.Open.Count < state.MaxDepth)
            {
                output.Append(html, lt, gt + 1 - lt);
            }

            return gt + 1;
        }

        ImpliedEnds(name, state);
        var emitted = state.Push(name);
        if (emitted)
        {
            // A browser opens "<div/>" as a div; HtmlAgilityPack would close it at once.
            var tagLength = selfClosing ? gt - 1 - lt : gt - lt;
            output.Append(html, lt, tagLength).Append('>');
        }

        if (CDataElements.Contains(name) || RawTextElements.Contains(name))
        {
            var end = html.IndexOf("</" + name, gt + 1, StringComparison.OrdinalIgnoreCase);
            var stop = end < 0 ? html.Length : end;
            if (emitted)
            {
                if (RawTextElements.Contains(name))
                {
                    output.Append(html.AsSpan(gt + 1, stop - gt - 1).ToString().Replace("<", "&lt;", StringComparison.Ordinal));
                }
                else
                {
                    output.Append(html, gt + 1, stop - gt - 1);
                }
            }

            return stop;
        }

        return gt + 1;
    }

    /// <summary>The '&gt;' that ends a tag, past quoted attribute values; -1 when there is none.</summary>
    private static int TagEnd(string html, int from)
    {
        for (var i = from; i < html.Length; i++)
        {
            var c = html[i];
            if (c == '>')
            {
                return i;
            }

            if (c == '=')
            {
                var j = i + 1;
                while (j < html.Length && html[j] is ' ' or '\t' or '\n' or '\r')
                {
                    j++;
                }

                if (j < html.Length && html[j] is '"' or '\'')
                {
                    var close = html.IndexOf(html[j], j + 1);
                    if (close < 0)
                    {
                        // An unclosed quote: read the tag as ending at the next '>', as a forgiving parser would.
                        return html.IndexOf('>', j + 1);
                    }

                    i = close;
                }
            }
        }

        return -1;
    }

    /// <summary>The end tags a browser implies before <paramref name="name"/> starts.</summary>
    private static void ImpliedEnds(string name, State state)
    {
        switch (name)
        {
            case "li":
                state.CloseTo(["li"], stopAt: ["ul", "ol", "menu"]);
                break;
            case "dt" or "dd":
                state.CloseTo(["dt", "dd"], stopAt: ["dl"]);
                break;
            case "option":
                state.CloseTo(["option"], stopAt: ["select", "datalist", "optgroup"]);
                break;
            case "optgroup":
                state.CloseTo(["optgroup", "option"], stopAt: ["select"]);
                break;
            case "tr":
                state.CloseTo(["tr"], stopAt: ["table", "tbody", "thead", "tfoot"]);
                break;
            case "td" or "th":
                state.CloseTo(["td", "th"], stopAt: ["tr", "table"]);
                break;
            case "tbody" or "thead" or "tfoot":
                state.CloseTo(["tbody", "thead", "tfoot"], stopAt: ["table"]);
                break;
        }

        if (ClosesParagraph.Contains(name))
        {
            state.CloseTo(["p"], stopAt: ["button"]);
        }

        if (Headings.Contains(name) && state.Open.Count > 0 && Headings.Contains(state.Open[^1].Name))
        {
            state.CloseTop();
        }
    }

    private static void End(string name, State state)
    {
        if (name is "body" or "html" or "br" or "p" && !state.IsOpen(name))
        {
            // Stray "</p>", "</br>", and the page's own ends, which come before trailing markup: HtmlAgilityPack closes them.
            return;
        }

        if (name is "body" or "html")
        {
            return;
        }

        string[] stopAt = TableParts.Contains(name) ? ["table", "template", "html"] : name is "li" ? ["ul", "ol"] : [];
        state.CloseTo([name], stopAt, useScope: !TableParts.Contains(name));
    }

    private sealed class State(int length, int maxDepth)
    {
        private readonly Dictionary<string, int> openCounts = new(StringComparer.Ordinal);

        public StringBuilder Output { get; } = new(length + 256);

        public List<(string Name, bool Emitted)> Open { get; } = [];

        public int MaxDepth => maxDepth;

        public bool Flattened { get; private set; }

        /// <summary>How many open svg and math elements enclose the current point (where "&lt;x/&gt;" is closed).</summary>
        public int ForeignDepth => openCounts.GetValueOrDefault("svg") + openCounts.GetValueOrDefault("math");

        public bool IsOpen(string name) => openCounts.GetValueOrDefault(name) > 0;

        /// <summary>Opens an element; returns whether its tag is written (false below the depth limit).</summary>
        public bool Push(string name)
        {
            var emitted = Open.Count < maxDepth;
            Flattened |= !emitted;
            Open.Add((name, emitted));
            openCounts[name] = openCounts.GetValueOrDefault(name) + 1;
            return emitted;
        }

        public void CloseTop()
        {
            var (name, emitted) = Open[^1];
            Open.RemoveAt(Open.Count - 1);
            openCounts[name]--;
            if (emitted)
            {
                Output.Append("</").Append(name).Append('>');
            }
        }

        /// <summary>
        /// Closes the innermost open element named in <paramref name="names"/> and everything opened inside it, unless an
        /// element of <paramref name="stopAt"/> (or, with <paramref name="useScope"/>, a scope boundary) comes first.
        /// </summary>
        public void CloseTo(string[] names, string[] stopAt, bool useScope = true)
        {
            if (!names.Any(IsOpen))
            {
                return;
            }

            var limit = Math.Max(0, Open.Count - MaxScopeSearch);
            for (var index = Open.Count - 1; index >= limit; index--)
            {
                var name = Open[index].Name;
                if (names.Contains(name))
                {
                    while (Open.Count > index)
                    {
                        CloseTop();
                    }

                    return;
                }

                if (stopAt.Contains(name) || (useScope && ScopeBoundaries.Contains(name)))
                {
                    return;
                }
            }
        }
    }
}

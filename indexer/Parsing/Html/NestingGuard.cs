using System.Globalization;
using System.Text;

namespace NetralitasSearch.Indexer.Parsing.Html;

/// <summary>
/// Flattens markup nested deeper than <see cref="ParsingOptions.MaxHtmlDepth"/> before HtmlAgilityPack sees it:
/// its tree builder recurses, and a page nested 100,000 levels deep overflows the stack. Tags below the limit
/// are dropped and their text kept. A light tag scanner (comments, raw-text elements, void elements, the implied
/// ends of p and li) is enough to count depth; pages within the limit come back unchanged.
/// </summary>
internal static class NestingGuard
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "!doctype",
    };

    private static readonly HashSet<string> SelfClosingSiblings = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "option", "dt", "dd", "tr", "td", "th",
    };

    public static string Flatten(string html, int maxDepth, ParseNotes? notes = null)
    {
        if (!Scan(html, maxDepth, output: null))
        {
            return html;
        }

        notes?.Add(string.Create(CultureInfo.InvariantCulture, $"Markup nested deeper than {maxDepth} levels was flattened: the text below that depth was kept, its tags were not."));
        return Rewrite(html, maxDepth);
    }

    private static string Rewrite(string html, int maxDepth)
    {
        var output = new StringBuilder(html.Length);
        Scan(html, maxDepth, output);
        return output.ToString();
    }

    /// <summary>Walks the tags; with an output, copies everything but the tags below the limit. Returns whether the limit was passed.</summary>
    private static bool Scan(string html, int maxDepth, StringBuilder? output)
    {
        var open = new List<string>();
        var exceeded = false;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                output?.Append(html, i, html.Length - i);
                break;
            }

            output?.Append(html, i, lt - i);
            if (html.AsSpan(lt).StartsWith("<!--"))
            {
                var endComment = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                var stop = endComment < 0 ? html.Length : endComment + 3;
                output?.Append(html, lt, stop - lt);
                i = stop;
                continue;
            }

            var gt = html.IndexOf('>', lt + 1);
            if (gt < 0)
            {
                output?.Append(html, lt, html.Length - lt);
                break;
            }

            var closing = lt + 1 < html.Length && html[lt + 1] == '/';
            var nameStart = closing ? lt + 2 : lt + 1;
            var nameEnd = nameStart;
            while (nameEnd < gt && !char.IsWhiteSpace(html[nameEnd]) && html[nameEnd] is not '/' and not '>')
            {
                nameEnd++;
            }

            var name = html[nameStart..nameEnd];
            var tagEnd = gt + 1;
            var keep = true;
            if (name.Length == 0 || !char.IsLetter(name[0]) && name[0] != '!')
            {
                // Not a tag ("a < b"): text.
            }
            else if (closing)
            {
                var index = open.FindLastIndex(o => string.Equals(o, name, StringComparison.OrdinalIgnoreCase));
                if (index >= 0 && open.Count - index <= 64)
                {
                    keep = index < maxDepth;
                    open.RemoveRange(index, open.Count - index);
                }
            }
            else if (!VoidElements.Contains(name) && html[gt - 1] != '/')
            {
                if (open.Count > 0 && SelfClosingSiblings.Contains(name) && string.Equals(open[^1], name, StringComparison.OrdinalIgnoreCase))
                {
                    open.RemoveAt(open.Count - 1);
                }

                keep = open.Count < maxDepth;
                exceeded |= !keep;
                open.Add(name);
                if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
                {
                    // Raw text: skip to the element's end tag without reading tags inside it.
                    var end = html.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
                    if (end >= 0)
                    {
                        if (keep)
                        {
                            output?.Append(html, lt, end - lt);
                        }

                        i = end;
                        continue;
                    }
                }
            }

            if (keep)
            {
                output?.Append(html, lt, tagEnd - lt);
            }

            i = tagEnd;
        }

        return exceeded;
    }
}

using HtmlAgilityPack;

namespace NetralitasSearch.Indexer.Parsing.Html;

/// <summary>
/// Picks the headline. Candidates are the page's h1s and the elements themes name as titles ("entry-title",
/// "post-title", "judulberita", Joomla's "contentheading", itemprop="headline"); the one that agrees best with
/// og:title or &lt;title&gt; wins, so a blog's h1 logo loses to its post title. Without an agreeing heading,
/// og:title, then &lt;title&gt; (each without the site name), then JSON-LD's headline.
/// </summary>
internal static class TitleChooser
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " · ", ": "];
    private static readonly string[] TitleWords = ["title", "judul", "headline", "heading"];

    /// <summary>The title, and the element it was read from (the visible date usually follows it).</summary>
    public static (string? Title, HtmlNode? Node) Choose(HtmlDocument document, HtmlMetadata metadata, int maxDepth)
    {
        var host = HostOf(metadata.CanonicalUrl);
        var og = StripSiteName(metadata.OgTitle, metadata.SiteName, host);
        var documentTitle = StripSiteName(metadata.DocumentTitle, metadata.SiteName, host);
        var references = new[] { og, metadata.JsonLd?.Headline, documentTitle, metadata.DocumentTitle }.OfType<string>().ToList();

        (string Text, HtmlNode Node, double Score)? best = null;
        foreach (var node in Headings(document))
        {
            var text = HtmlText.Of(node, maxDepth, 1000);
            if (text.Length < 8 || SameText(text, metadata.SiteName) || (host is not null && SameText(text, host)))
            {
                continue;
            }

            var score = references.Count == 0 ? (node.Name == "h1" ? 0.7 : 0.6) : references.Max(reference => Agreement(text, reference));
            if (score >= 0.6 && (best is null || score > best.Value.Score + 0.01))
            {
                best = (text, node, score);
            }
        }

        if (best is not null)
        {
            return (best.Value.Text, best.Value.Node);
        }

        return (og ?? metadata.JsonLd?.Headline ?? documentTitle, null);
    }

    /// <summary>Removes a trailing (or leading) site name from a title.</summary>
    public static string? StripSiteName(string? title, string? siteName, string? host)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var text = title.Trim();
        foreach (var separator in Separators)
        {
            var last = text.LastIndexOf(separator, StringComparison.Ordinal);
            if (last > 0)
            {
                var tail = text[(last + separator.Length)..].Trim();
                var head = text[..last].Trim();
                if (SameText(tail, siteName) || LooksLikeSiteName(tail, head, host))
                {
                    return head;
                }
            }

            var first = text.IndexOf(separator, StringComparison.Ordinal);
            if (first > 0)
            {
                var lead = text[..first].Trim();
                var rest = text[(first + separator.Length)..].Trim();
                if (SameText(lead, siteName) || LooksLikeSiteName(lead, rest, host) || IsPortalName(lead))
                {
                    return rest;
                }
            }
        }

        return text;
    }

    /// <summary>The site's name as its &lt;title&gt; gives it: what remains of the title around the headline.</summary>
    public static string? SiteNameFromTitle(string? documentTitle, string? headline)
    {
        if (string.IsNullOrWhiteSpace(documentTitle) || string.IsNullOrWhiteSpace(headline))
        {
            return null;
        }

        var title = documentTitle.Trim();
        var at = title.IndexOf(headline.Trim(), StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var rest = (title[..at] + " " + title[(at + headline.Trim().Length)..]).Trim(' ', '-', '|', ':', '–', '—', '·', '»');
        return rest.Length is >= 3 and <= 80 ? rest : null;
    }

    public static string? HostOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? uri.Host.StartsWith("www.", StringComparison.Ordinal) ? uri.Host[4..] : uri.Host : null;

    private static IEnumerable<HtmlNode> Headings(HtmlDocument document)
    {
        foreach (var node in document.DocumentNode.Descendants())
        {
            if (node.NodeType != HtmlNodeType.Element || InsideOtherStory(node))
            {
                continue;
            }

            var isHeading = node.Name is "h1"
                || (node.Name is "h2" or "h3" or "h4" or "td" or "div" or "span" or "a" && ElementWords.Names(node).Any(name => TitleWords.Any(word => name.Contains(word, StringComparison.OrdinalIgnoreCase)) && !name.Contains("sub", StringComparison.OrdinalIgnoreCase) && !name.Contains("site", StringComparison.OrdinalIgnoreCase) && !name.Contains("widget", StringComparison.OrdinalIgnoreCase)))
                || string.Equals(node.GetAttributeValue("itemprop", ""), "headline", StringComparison.OrdinalIgnoreCase);
            if (isHeading)
            {
                yield return node;
            }
        }
    }

    /// <summary>A short tail or lead that is a brand: a domain, all capitals, or the site's host name in words.</summary>
    private static bool LooksLikeSiteName(string part, string rest, string? host)
    {
        if (part.Length == 0 || rest.Length < 15 || part.Length * 2 > rest.Length)
        {
            return false;
        }

        var letters = new string(part.Where(char.IsLetterOrDigit).ToArray());
        if (part.Contains('.', StringComparison.Ordinal) || (letters.Length >= 3 && letters.All(c => char.IsUpper(c) || char.IsDigit(c))))
        {
            return true;
        }

        return host is not null && letters.Length >= 3 && host.Replace(".", "", StringComparison.Ordinal).Contains(letters, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Government and portal sites put their own name first: "Portal Berita Kabupaten X - Judul", "Website Resmi ...".</summary>
    private static bool IsPortalName(string lead)
    {
        var lower = lead.ToLowerInvariant();
        return lower.StartsWith("portal", StringComparison.Ordinal) || lower.StartsWith("website", StringComparison.Ordinal) || lower.StartsWith("situs", StringComparison.Ordinal)
            || lower.StartsWith("pemerintah", StringComparison.Ordinal) || lower.StartsWith("berita", StringComparison.Ordinal) || lower.StartsWith("blog", StringComparison.Ordinal);
    }

    /// <summary>How much a heading and a title say the same: shared words over the longer one's words.</summary>
    private static double Agreement(string heading, string title)
    {
        var a = Normalize(heading);
        var b = Normalize(title);
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        if (a == b)
        {
            return 1;
        }

        var wordsA = a.Split(' ').ToHashSet();
        var wordsB = b.Split(' ').ToHashSet();
        return wordsA.Count(wordsB.Contains) / (double)Math.Max(wordsA.Count, wordsB.Count);
    }

    private static string Normalize(string text) =>
        string.Join(' ', new string(text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray()).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static bool SameText(string? a, string? b) =>
        a is not null && b is not null && Normalize(a) == Normalize(b);

    private static bool InsideOtherStory(HtmlNode node)
    {
        for (var current = node.ParentNode; current is not null; current = current.ParentNode)
        {
            if (current.NodeType == HtmlNodeType.Element && ElementWords.IsOtherStoryRegion(current))
            {
                return true;
            }
        }

        return false;
    }
}

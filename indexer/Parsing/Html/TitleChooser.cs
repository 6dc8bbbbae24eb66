using HtmlAgilityPack;

namespace NetralitasSearch.Indexer.Parsing.Html;

/// <summary>
/// Picks the headline: the page's h1 when it agrees with og:title or &lt;title&gt; (logos are often h1 too),
/// else og:title, else &lt;title&gt;, each with the site suffix ("Judul - Media", "Judul | Media") removed.
/// </summary>
internal static class TitleChooser
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " : "];

    public static string? Choose(HtmlDocument document, HtmlMetadata metadata, int maxDepth)
    {
        var headings = document.DocumentNode.Descendants("h1")
            .Where(h1 => !InsideOtherStory(h1))
            .Select(h1 => HtmlText.Of(h1, maxDepth, 1000))
            .Where(text => text.Length > 0 && !SameText(text, metadata.SiteName))
            .ToList();

        var host = HostOf(metadata.CanonicalUrl);
        var og = StripSiteName(metadata.OgTitle, metadata.SiteName, host);
        var documentTitle = StripSiteName(metadata.DocumentTitle, metadata.SiteName, host);

        foreach (var heading in headings)
        {
            if (Agrees(heading, og) || Agrees(heading, documentTitle))
            {
                return heading;
            }
        }

        return og ?? headings.FirstOrDefault() ?? documentTitle ?? metadata.JsonLd?.Headline;
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
            if (first > 0 && SameText(text[..first], siteName))
            {
                return text[(first + separator.Length)..].Trim();
            }
        }

        return text;
    }

    /// <summary>
    /// A short tail after a separator that is a brand: a domain ("Kompas.com"), all capitals ("TRIBUNSUMSEL"),
    /// or the site's host name in words ("Detik News" on news.detik.example). "Ini Daftarnya" is not.
    /// </summary>
    private static bool LooksLikeSiteName(string tail, string head, string? host)
    {
        if (tail.Length == 0 || head.Length < 15 || tail.Length * 2 > head.Length)
        {
            return false;
        }

        var letters = new string(tail.Where(char.IsLetterOrDigit).ToArray());
        if (tail.Contains('.', StringComparison.Ordinal) || (letters.Length >= 3 && letters.All(c => char.IsUpper(c) || char.IsDigit(c))))
        {
            return true;
        }

        return host is not null && letters.Length >= 3 && host.Replace(".", "", StringComparison.Ordinal).Contains(letters, StringComparison.OrdinalIgnoreCase);
    }

    public static string? HostOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? uri.Host.StartsWith("www.", StringComparison.Ordinal) ? uri.Host[4..] : uri.Host : null;

    private static bool Agrees(string heading, string? title)
    {
        if (title is null)
        {
            return false;
        }

        var a = Normalize(heading);
        var b = Normalize(title);
        return a.Length > 0 && (a == b || b.StartsWith(a, StringComparison.Ordinal) || a.StartsWith(b, StringComparison.Ordinal) || Overlap(a, b) >= 0.6);
    }

    private static double Overlap(string a, string b)
    {
        var wordsA = a.Split(' ').ToHashSet();
        var wordsB = b.Split(' ').ToHashSet();
        var shared = wordsA.Count(wordsB.Contains);
        return shared / (double)Math.Max(wordsA.Count, wordsB.Count);
    }

    private static string Normalize(string text) =>
        string.Join(' ', new string(text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray()).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static bool SameText(string? a, string? b) =>
        a is not null && b is not null && Normalize(a) == Normalize(b);

    private static bool InsideOtherStory(HtmlNode node)
    {
        for (var current = node.ParentNode; current is not null; current = current.ParentNode)
        {
            if (current.NodeType == HtmlNodeType.Element && (ElementWords.IsOtherStoryRegion(current) || current.Name is "header" && IsSiteHeader(current)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A page header (logo, menu) rather than an article's own header.</summary>
    private static bool IsSiteHeader(HtmlNode header)
    {
        for (var current = header.ParentNode; current is not null; current = current.ParentNode)
        {
            if (current.Name is "article" || ElementWords.IsContentMarker(current))
            {
                return false;
            }
        }

        return header.Descendants("nav").Any() || ElementWords.Parts(header).Any(p => p is "site" or "masthead" or "logo" or "top");
    }
}

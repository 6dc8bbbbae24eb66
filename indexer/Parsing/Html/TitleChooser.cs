using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace NetralitasSearch.Indexer.Parsing.Html;

/// <summary>
/// Picks the headline. Candidates are the page's h1s and the elements themes name as titles ("entry-title",
/// "post-title", "judulberita", Joomla's "contentheading", itemprop="headline"); the one that agrees best with
/// og:title or &lt;title&gt; wins, so a blog's h1 logo loses to its post title. Without an agreeing heading,
/// og:title, then &lt;title&gt; (each without the site name), then JSON-LD's headline.
/// </summary>
internal static partial class TitleChooser
{
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

    /// <summary>
    /// Removes a trailing (or leading) site name from a title, cut only at a separator (see <see cref="TitleSeparators"/>).
    /// A tail is a site name when it is the page's site name, the host in words, ends in a domain, or is all capitals; a
    /// lead only when it is the site name, the host in words, a domain or a portal's own name: headlines open with a
    /// speaker or a rubric in capitals ("KASN: ...", "VIDEO - ...") far more often than with the outlet. Around a colon
    /// the parts are a speaker and what was said ("Booking.com: Hampir ...", "Melanie Subono: TERKUTUK ..."), so only the
    /// site name or the host counts there.
    /// </summary>
    public static string? StripSiteName(string? title, string? siteName, string? host)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var text = title.Trim();
        foreach (var kind in TitleSeparators.Kinds)
        {
            var separators = TitleSeparators.Find(text, kind);
            if (separators.Count == 0)
            {
                continue;
            }

            var byForm = kind != ":";
            var last = separators[^1];
            var tail = text[(last.Index + last.Length)..].Trim();
            var head = text[..last.Index].Trim();
            if (head.Length > 0 && (SameText(tail, siteName) || LooksLikeSiteName(tail, head, host, byForm ? NameForm.Tail : NameForm.None)))
            {
                return head;
            }

            var first = separators[0];
            var lead = text[..first.Index].Trim();
            var rest = text[(first.Index + first.Length)..].Trim();
            if (rest.Length > 0 && (SameText(lead, siteName) || LooksLikeSiteName(lead, rest, host, byForm ? NameForm.Lead : NameForm.None) || (byForm && IsPortalName(lead, rest))))
            {
                return rest;
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

    /// <summary>
    /// A short tail or lead that is a brand: the site's host name in words; by its form alone, a domain (a lead), a tail
    /// ending in a domain ("Regional Warta6.com") or written in capitals ("WARTARA"). A part with sentence punctuation or
    /// quotation marks is the headline's own ("... Ada Lisa Blackpink - V BTS!").
    /// </summary>
    private static bool LooksLikeSiteName(string part, string rest, string? host, NameForm form)
    {
        if (part.Length == 0 || rest.Length < 15 || part.Length * 2 > rest.Length || Quoted(part) || part.IndexOfAny(['!', '?', '…']) >= 0 || part.EndsWith('.'))
        {
            return false;
        }

        var letters = new string(part.Where(char.IsLetterOrDigit).ToArray());
        var byForm = form switch
        {
            NameForm.Lead => Domain().IsMatch(part),
            NameForm.Tail => Domain().IsMatch(part.Split(' ')[^1]) || (letters.Length >= 3 && letters.All(c => char.IsUpper(c) || char.IsDigit(c))),
            _ => false,
        };

        return byForm || (host is not null && letters.Length >= 3 && host.Replace(".", "", StringComparison.Ordinal).Contains(letters, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// A part with a quotation mark at a word's edge is the rest of a quoted title ("... di 'SPIDER-MAN: FAR FROM HOME'"),
    /// never a site name; an apostrophe inside a word ("Ma'ruf") is not one.
    /// </summary>
    private static bool Quoted(string part)
    {
        for (var i = 0; i < part.Length; i++)
        {
            var c = part[i];
            if (c is '"' or '“' or '”' or '‘' or '«')
            {
                return true;
            }

            if (c is '\'' or '’' && (i == 0 || i == part.Length - 1 || !char.IsLetter(part[i - 1]) || !char.IsLetter(part[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Government and portal sites put their own name first: "Portal Berita Kabupaten X - Judul", "Website Resmi ...",
    /// "Pemerintah Kabupaten X - Judul", before a headline longer than the name. A headline that opens with one of these
    /// words ("Pemerintah 'Lobi' DPR, ... - Outlet") leaves only a short outlet after its separator, and is kept.
    /// </summary>
    private static bool IsPortalName(string lead, string rest)
    {
        if (rest.Length < 15 || rest.Length < lead.Length)
        {
            return false;
        }

        var lower = lead.ToLowerInvariant();
        return lower.StartsWith("portal", StringComparison.Ordinal) || lower.StartsWith("website", StringComparison.Ordinal) || lower.StartsWith("situs", StringComparison.Ordinal)
            || lower.StartsWith("pemerintah", StringComparison.Ordinal) || lower.StartsWith("blog", StringComparison.Ordinal);
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

    /// <summary>A domain as a name: "Kompas.com", "TRIBUNNEWS.COM", "LenteraAmbon.com", "detik.news".</summary>
    [GeneratedRegex(@"^[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.(?:com|co\.id|id|net|org|news|tv|co|info|biz|my\.id|or\.id|go\.id|web\.id|example)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Domain();

    /// <summary>Which forms of a part name a site by themselves (see <see cref="LooksLikeSiteName"/>).</summary>
    private enum NameForm
    {
        None,
        Lead,
        Tail,
    }
}

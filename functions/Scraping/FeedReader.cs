using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace NetralitasSearch.Functions.Scraping;

/// <summary>
/// Reads RSS 2.0 (and 1.0), Atom and sitemaps (urlset and sitemapindex) into their item URLs. The XML is read
/// with DTDs prohibited and no resolver (no entity expansion, no external fetches) and at most
/// <see cref="MaxCharacters"/> characters; the fetcher has already bounded the bytes. Item URLs are resolved
/// against the feed's URL, normalised, kept once, and only http and https ones kept. Sitemap items come newest
/// first (by lastmod), feed items in the feed's order (newest first by convention). Pure: no I/O.
/// </summary>
public static class FeedReader
{
    /// <summary>The most characters read from one XML document.</summary>
    public const long MaxCharacters = 16 * 1024 * 1024;

    /// <summary>The most entries read from one document (the sitemap protocol's own limit).</summary>
    public const int MaxEntries = 50_000;

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Rss1 = "http://purl.org/rss/1.0/";

    private static readonly string[] XmlStarts = ["<?xml", "<rss", "<feed", "<urlset", "<sitemapindex", "<rdf:RDF"];

    /// <summary>Whether a fetched body should be read as a feed rather than kept as a page: by its media type, or for an undeclared or generic one, by its first element.</summary>
    public static bool LooksLikeFeed(string? mediaType, ReadOnlySpan<byte> content)
    {
        if (mediaType is "text/html" or "application/xhtml+xml")
        {
            return false;
        }

        if (mediaType is "application/xml" or "text/xml" || (mediaType?.EndsWith("+xml", StringComparison.Ordinal) ?? false))
        {
            return true;
        }

        var head = Encoding.UTF8.GetString(content[..Math.Min(content.Length, 512)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return XmlStarts.Any(start => head.StartsWith(start, StringComparison.Ordinal));
    }

    public static FeedDocument Read(ReadOnlySpan<byte> content, string? contentType, Uri feedUrl)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        var text = (CharsetDetector.Detect(contentType, content) ?? Encoding.UTF8).GetString(content).TrimStart('\uFEFF');
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxCharacters,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
        };

        XElement root;
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            root = XDocument.Load(reader).Root ?? throw new XmlException("no root element");
        }
        catch (XmlException exception)
        {
            return FeedDocument.NotAFeed($"the XML cannot be read ({exception.Message})");
        }

        return (root.Name.LocalName, root.Name.Namespace.NamespaceName) switch
        {
            ("rss", _) => new FeedDocument(FeedKind.Rss, Items(feedUrl, (root.Element("channel")?.Elements("item") ?? []).Select(RssLink))),
            ("RDF", _) => new FeedDocument(FeedKind.Rss, Items(feedUrl, root.Elements(Rss1 + "item").Select(item => ((string?)item.Element(Rss1 + "link"), (DateTimeOffset?)null)))),
            ("feed", _) when root.Name.Namespace == Atom => new FeedDocument(FeedKind.Atom, Items(feedUrl, root.Elements(Atom + "entry").Select(AtomLink))),
            ("urlset", _) => new FeedDocument(FeedKind.Sitemap, Newest(Items(feedUrl, Children(root, "url")))),
            ("sitemapindex", _) => new FeedDocument(FeedKind.SitemapIndex, Newest(Items(feedUrl, Children(root, "sitemap")))),
            var (name, _) => FeedDocument.NotAFeed($"the XML is a <{name}> document, neither an RSS or Atom feed nor a sitemap"),
        };
    }

    /// <summary>An RSS item's link, or its guid when that is a permalink (some feeds only have the guid).</summary>
    private static (string? Link, DateTimeOffset? Updated) RssLink(XElement item)
    {
        var link = (string?)item.Element("link");
        if (string.IsNullOrWhiteSpace(link) && item.Element("guid") is { } guid && (string?)guid.Attribute("isPermaLink") != "false")
        {
            link = (string)guid;
        }

        return (link, null);
    }

    /// <summary>An Atom entry's alternate link (a link without rel is one).</summary>
    private static (string? Link, DateTimeOffset? Updated) AtomLink(XElement entry)
    {
        var link = entry.Elements(Atom + "link").FirstOrDefault(l => ((string?)l.Attribute("rel") ?? "alternate") == "alternate");
        return ((string?)link?.Attribute("href"), Date((string?)entry.Element(Atom + "updated") ?? (string?)entry.Element(Atom + "published")));
    }

    /// <summary>The loc and lastmod of a sitemap's url or sitemap elements, in the sitemap namespace or none.</summary>
    private static IEnumerable<(string? Link, DateTimeOffset? Updated)> Children(XElement root, string name) =>
        root.Elements().Where(e => e.Name.LocalName == name).Select(e => (
            (string?)e.Elements().FirstOrDefault(c => c.Name.LocalName == "loc"),
            Date((string?)e.Elements().FirstOrDefault(c => c.Name.LocalName == "lastmod"))));

    private static List<FeedItem> Items(Uri feedUrl, IEnumerable<(string? Link, DateTimeOffset? Updated)> entries)
    {
        var items = new List<FeedItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (link, updated) in entries.Take(MaxEntries))
        {
            if (string.IsNullOrWhiteSpace(link)
                || !Uri.TryCreate(feedUrl, link.Trim(), out var absolute)
                || !UrlNormalizer.TryNormalize(absolute, out var url, out _)
                || !seen.Add(UrlNormalizer.Key(url)))
            {
                continue;
            }

            items.Add(new FeedItem(url, updated));
        }

        return items;
    }

    /// <summary>Newest first by date; undated entries after the dated ones, in document order.</summary>
    private static List<FeedItem> Newest(List<FeedItem> items) =>
        items.Select((item, index) => (item, index))
            .OrderByDescending(pair => pair.item.Updated ?? DateTimeOffset.MinValue)
            .ThenBy(pair => pair.index)
            .Select(pair => pair.item)
            .ToList();

    private static DateTimeOffset? Date(string? text) =>
        DateTimeOffset.TryParse(text?.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;
}

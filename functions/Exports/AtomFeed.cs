using System.Globalization;
using System.Text;
using System.Xml;
using NetralitasSearch.Indexer.Index;

namespace NetralitasSearch.Functions.Exports;

/// <summary>
/// An Atom 1.0 feed (RFC 4287) of search hits, newest first as given. Each entry links to the document view and to
/// the original article; its summary is the snippet as HTML (escaped text with the matched words in &lt;mark&gt;).
/// Hits without any date stay in the feed where the search puts them, after the dated ones: Atom needs an
/// <c>updated</c> on every entry, so an undated one carries the stamp of the entry before it (the feed's time when it
/// is the first), has no <c>published</c> and has the category <c>undated</c>. A date made up from the time of the
/// request would put an old undated circular at the top of a reader's feed.
/// </summary>
public static class AtomFeed
{
    /// <summary>The category term (scheme <c>urn:netralitas:date</c>) of an entry with no plausible date.</summary>
    public const string Undated = "undated";

    private const string Namespace = "http://www.w3.org/2005/Atom";

    /// <param name="selfUrl">The feed's own URL, also its id: one search is one feed.</param>
    /// <param name="pageUrl">The same search on the page.</param>
    /// <param name="documentUrl">The document view of an id.</param>
    public static byte[] Write(string title, Uri selfUrl, Uri pageUrl, Func<string, Uri> documentUrl, IReadOnlyList<SearchHit> hits, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(selfUrl);
        ArgumentNullException.ThrowIfNull(pageUrl);
        ArgumentNullException.ThrowIfNull(documentUrl);
        ArgumentNullException.ThrowIfNull(hits);
        var dated = hits.Where(h => (h.Published ?? h.EventDate) is not null).ToList();
        var updated = dated.Count == 0 ? now : dated.Max(h => Date(h, now));
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), Indent = true };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Namespace);
            xml.WriteAttributeString("xml", "lang", null, "id");
            xml.WriteElementString("id", Namespace, selfUrl.AbsoluteUri);
            xml.WriteElementString("title", Namespace, title);
            xml.WriteElementString("updated", Namespace, Stamp(updated));
            Link(xml, "self", selfUrl, "application/atom+xml");
            Link(xml, "alternate", pageUrl, "text/html");
            xml.WriteStartElement("author", Namespace);
            xml.WriteElementString("name", Namespace, "NetralitasSearch");
            xml.WriteEndElement();
            xml.WriteStartElement("generator", Namespace);
            xml.WriteString("NetralitasSearch");
            xml.WriteEndElement();
            var previous = updated;
            foreach (var hit in hits)
            {
                previous = Date(hit, previous);
                Entry(xml, hit, documentUrl(hit.Id), previous);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    private static void Entry(XmlWriter xml, SearchHit hit, Uri view, DateTimeOffset updated)
    {
        xml.WriteStartElement("entry", Namespace);
        xml.WriteElementString("id", Namespace, $"urn:netralitas:document:{hit.Id}");
        xml.WriteElementString("title", Namespace, hit.Title);
        xml.WriteElementString("updated", Namespace, Stamp(updated));
        if (hit.Published is { } published)
        {
            xml.WriteElementString("published", Namespace, Stamp(Midnight(published)));
        }

        Link(xml, "alternate", view, "text/html");
        if (hit.Url is { } original && Uri.TryCreate(original, UriKind.Absolute, out var originalUrl) && originalUrl.Scheme is "http" or "https")
        {
            Link(xml, "related", originalUrl, "text/html");
        }

        xml.WriteStartElement("author", Namespace);
        xml.WriteElementString("name", Namespace, hit.Source ?? "NetralitasSearch");
        xml.WriteEndElement();
        var undated = (hit.Published ?? hit.EventDate) is null ? [("date", Undated)] : Array.Empty<(string, string)>();
        foreach (var (scheme, term) in hit.Regencies.Select(r => ("regency", r)).Concat(hit.Violations.Select(v => ("violation", v))).Concat(undated))
        {
            xml.WriteStartElement("category", Namespace);
            xml.WriteAttributeString("scheme", $"urn:netralitas:{scheme}");
            xml.WriteAttributeString("term", term);
            xml.WriteEndElement();
        }

        if (hit.Snippet.Length > 0)
        {
            xml.WriteStartElement("summary", Namespace);
            xml.WriteAttributeString("type", "html");
            xml.WriteString(hit.Snippet);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, Uri href, string type)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href.AbsoluteUri);
        xml.WriteEndElement();
    }

    /// <summary>The hit's date, or <paramref name="otherwise"/> for an undated hit.</summary>
    private static DateTimeOffset Date(SearchHit hit, DateTimeOffset otherwise) =>
        (hit.Published ?? hit.EventDate) is { } date ? Midnight(date) : otherwise;

    private static DateTimeOffset Midnight(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

using HtmlAgilityPack;

namespace NetralitasSearch.Indexer.Parsing.Html;

/// <summary>Reads meta tags, the canonical link, the document title and JSON-LD.</summary>
internal static class HtmlMetadataReader
{
    private static readonly string[] PublishedMetaNames =
    [
        "article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
        "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
        "content_publishdate", "dtk:publishdate", "kompas:datepublished",
    ];

    public static HtmlMetadata Read(HtmlDocument document)
    {
        var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? canonical = null;
        string? title = null;
        var jsonLdBlocks = new List<string>();

        foreach (var node in document.DocumentNode.Descendants())
        {
            switch (node.Name)
            {
                case "meta":
                    var key = node.GetAttributeValue("property", null) ?? node.GetAttributeValue("name", null) ?? node.GetAttributeValue("itemprop", null);
                    var content = node.GetAttributeValue("content", null);
                    if (key is not null && !string.IsNullOrWhiteSpace(content))
                    {
                        metas.TryAdd(key.Trim(), HtmlEntity.DeEntitize(content).Trim());
                    }

                    break;
                case "link" when string.Equals(node.GetAttributeValue("rel", ""), "canonical", StringComparison.OrdinalIgnoreCase):
                    canonical ??= node.GetAttributeValue("href", null);
                    break;
                case "title" when title is null:
                    title = HtmlEntity.DeEntitize(node.InnerText);
                    break;
                case "script" when node.GetAttributeValue("type", "").Contains("ld+json", StringComparison.OrdinalIgnoreCase):
                    jsonLdBlocks.Add(node.InnerText);
                    break;
            }
        }

        var jsonLd = JsonLdReader.Read(jsonLdBlocks);
        var published = new List<string>();
        foreach (var name in PublishedMetaNames)
        {
            if (metas.TryGetValue(name, out var value))
            {
                published.Add(value);
            }
        }

        if (jsonLd?.DatePublished is { } ldDate)
        {
            published.Add(ldDate);
        }

        // A time element inside the page is a machine value too, but weaker than the head's.
        foreach (var time in document.DocumentNode.Descendants("time"))
        {
            var datetime = time.GetAttributeValue("datetime", null);
            if (!string.IsNullOrWhiteSpace(datetime) && !PageDateFinder.IsModifiedDate(time, maxDepth: 16))
            {
                published.Add(datetime);
                break;
            }
        }

        // The modification time is the last resort: it is at least the day the page existed.
        if (metas.TryGetValue("article:modified_time", out var modified))
        {
            published.Add(modified);
        }

        return new HtmlMetadata
        {
            OgTitle = Clean(metas.GetValueOrDefault("og:title") ?? metas.GetValueOrDefault("twitter:title")),
            DocumentTitle = Clean(title),
            SiteName = Clean(metas.GetValueOrDefault("og:site_name") ?? metas.GetValueOrDefault("application-name")),
            CanonicalUrl = Clean(canonical ?? metas.GetValueOrDefault("og:url") ?? jsonLd?.Url),
            Author = Clean(metas.GetValueOrDefault("author") ?? metas.GetValueOrDefault("dc.creator")),
            PublishedValues = published,
            JsonLd = jsonLd,
        };
    }

    private static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = Text.TextNormalizer.CollapseWhitespace(HtmlEntity.DeEntitize(value));
        return text.Length == 0 ? null : text;
    }
}

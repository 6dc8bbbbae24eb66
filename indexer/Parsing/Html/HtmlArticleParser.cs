using HtmlAgilityPack;
using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Indexer.Parsing.Html;

/// <summary>Saved news pages and HTML circulars: metadata from the head, the article from its container.</summary>
public sealed class HtmlArticleParser(ParsingOptions options) : IArticleParser
{
    private readonly ContentLocator locator = new(options);
    private readonly BlockCollector collector = new(options);

    public ParseResult Parse(SourceFile file)
    {
        var notes = new ParseNotes();
        var html = TextDecoder.Decode(file.Content.Span, file.ContentType, lookForMetaCharset: true, notes);
        var document = HtmlTreeLoader.Load(html, options, notes);

        var metadata = HtmlMetadataReader.Read(document);
        var page = PageText.Measure(document, options.MaxHtmlDepth);
        var region = locator.Locate(document, page);
        var container = region.Primary;
        var wrappers = container.Ancestors().ToHashSet();
        var paragraphs = region.Parts.SelectMany(part => collector.Collect(part, page, wrappers, notes)).Concat(Continuation(region.Parts[^1], page, notes));
        var body = BodyCleaner.Clean(paragraphs, options.MaxTextLength, notes);
        if (body.Paragraphs.Count == 0)
        {
            return ParseResult.Failed(ParseFailureKind.NoText, "The page has no article text: no paragraphs were found outside menus, lists and scripts.");
        }

        var (chosenTitle, titleNode) = TitleChooser.Choose(document, metadata, options.MaxHtmlDepth);
        if (chosenTitle is not null && body.Paragraphs.Count > 1 && SameText(body.Paragraphs[0], chosenTitle))
        {
            // The headline written again as the body's first line (a title span inside the article's panel).
            body = body with { Paragraphs = body.Paragraphs.Skip(1).ToList() };
        }

        var dateline = DatelineReader.Read(body.Paragraphs[0]);
        var circular = CircularReader.Read(body.Paragraphs);
        var title = chosenTitle
            ?? (circular is not null ? CircularReader.TitleOf(circular) : null)
            ?? FirstWords(body.Paragraphs[0]);

        var published = Published(document, container, titleNode, metadata)
            ?? PageDateFinder.Find(document, container, titleNode, body.Paragraphs, options.MaxHtmlDepth)
            ?? circular?.Date;

        var host = TitleChooser.HostOf(metadata.CanonicalUrl);
        var source = metadata.SiteName ?? Publisher(metadata) ?? TitleChooser.SiteNameFromTitle(metadata.DocumentTitle, title) ?? dateline?.Outlet ?? host;
        var author = Person(metadata.Author, source, metadata, host)
            ?? Person(metadata.JsonLd?.Author, source, metadata, host)
            ?? BylineFinder.Find(document, options.MaxHtmlDepth)
            ?? BylineFinder.FromLines(PageDateFinder.TextAfter(document, titleNode ?? container).Take(12))
            ?? body.Author;

        return ParseResult.Success(new ParsedArticle
        {
            Format = DocumentFormat.Html,
            Title = title,
            Published = published,
            Source = source,
            Url = metadata.CanonicalUrl,
            Author = author,
            AuthorInitials = body.AuthorInitials,
            Bylines = body.Bylines,
            DatelinePlace = dateline is null ? null : string.Join(", ", dateline.Places),
            Paragraphs = body.Paragraphs,
            Circular = circular,
            Notes = notes.ToList(),
        });
    }

    /// <summary>
    /// Paragraphs right after the container that belong to it: a stray &lt;/div&gt; in sloppy markup closes the
    /// article early and leaves its last &lt;p&gt;s as siblings. Stops at the first element that is not a paragraph.
    /// </summary>
    private IEnumerable<BodyBlock> Continuation(HtmlNode container, PageText page, ParseNotes notes)
    {
        for (var sibling = container.NextSibling; sibling is not null; sibling = sibling.NextSibling)
        {
            if (sibling.NodeType == HtmlNodeType.Comment || sibling.Name is "br" || (sibling.NodeType == HtmlNodeType.Text && string.IsNullOrWhiteSpace(sibling.InnerText)))
            {
                continue;
            }

            if (sibling.Name != "p" || ElementWords.IsNoise(sibling))
            {
                yield break;
            }

            foreach (var paragraph in collector.Collect(sibling, page, notes: notes))
            {
                yield return paragraph;
            }
        }
    }

    /// <summary>
    /// The first machine date. A UTC stamp is read in WIB, which is a day early for a WITA or WIT page published
    /// after local midnight (16:45Z is 00:45 WITA the next day): when the date shown beside the article is the
    /// next day, that is the page's own date.
    /// </summary>
    private DateOnly? Published(HtmlDocument document, HtmlNode container, HtmlNode? titleNode, HtmlMetadata metadata)
    {
        foreach (var value in metadata.PublishedValues)
        {
            if (PublishedDateReader.FromMachineValue(value) is not { } date)
            {
                continue;
            }

            return PublishedDateReader.IsUtc(value) && PageDateFinder.FindShown(document, container, titleNode, options.MaxHtmlDepth) is { } shown && shown == date.AddDays(1)
                ? shown
                : date;
        }

        return null;
    }

    /// <summary>JSON-LD's publisher, unless it is the blogging platform rather than the blog.</summary>
    private static string? Publisher(HtmlMetadata metadata) =>
        metadata.JsonLd?.Publisher is { } publisher && publisher.ToLowerInvariant() is not ("blogger" or "blogspot" or "wordpress" or "wordpress.com" or "medium" or "ghost")
            ? publisher
            : null;

    /// <summary>An author value that names a person: outlets often put their own name, a profile URL or a CMS login there.</summary>
    private static string? Person(string? value, string? source, HtmlMetadata metadata, string? host)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Contains("://", StringComparison.Ordinal) || value.Contains('@', StringComparison.Ordinal) || AccountNames.IsAccount(value))
        {
            return null;
        }

        var letters = Letters(value);
        foreach (var outlet in new[] { source, metadata.JsonLd?.Publisher, metadata.SiteName, host })
        {
            if (outlet is not null && Letters(outlet) is { Length: > 0 } name && (name.Contains(letters, StringComparison.Ordinal) || letters.Contains(name, StringComparison.Ordinal)))
            {
                return null;
            }
        }

        return letters.Length is >= 2 and <= 60 ? value.Trim() : null;
    }

    private static bool SameText(string a, string b) => Letters(a) == Letters(b);

    private static string Letters(string text) => new(text.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());

    internal static string FirstWords(string paragraph)
    {
        var end = paragraph.IndexOfAny(['.', '!', '?']);
        var sentence = end is > 0 and < 160 ? paragraph[..end] : paragraph;
        return sentence.Length > 160 ? sentence[..160].TrimEnd() + "…" : sentence;
    }
}

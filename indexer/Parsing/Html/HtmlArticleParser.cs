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
        var html = TextDecoder.Decode(file.Content.Span, file.ContentType, lookForMetaCharset: true);
        var document = new HtmlDocument
        {
            OptionFixNestedTags = true,
            OptionAutoCloseOnEnd = true,
            OptionCheckSyntax = false,

        };
        document.LoadHtml(NestingGuard.Flatten(Text.TextNormalizer.StripControlCharacters(html), options.MaxHtmlDepth));

        var metadata = HtmlMetadataReader.Read(document);
        var container = locator.Locate(document);
        var body = BodyCleaner.Clean(collector.Collect(container), options.MaxTextLength);
        if (body.Paragraphs.Count == 0)
        {
            return ParseResult.Failed(ParseFailureKind.NoText, "The page has no article text: no paragraphs were found outside menus, lists and scripts.");
        }

        var dateline = DatelineReader.Read(body.Paragraphs[0]);
        var circular = CircularReader.Read(body.Paragraphs);
        var title = TitleChooser.Choose(document, metadata, options.MaxHtmlDepth)
            ?? (circular is not null ? CircularReader.TitleOf(circular) : null)
            ?? FirstWords(body.Paragraphs[0]);

        var published = metadata.PublishedValues.Select(PublishedDateReader.FromMachineValue).FirstOrDefault(date => date is not null)
            ?? PageDateFinder.Find(document, container, body.Paragraphs, options.MaxHtmlDepth)
            ?? circular?.Date;

        return ParseResult.Success(new ParsedArticle
        {
            Format = DocumentFormat.Html,
            Title = title,
            Published = published,
            Source = metadata.SiteName ?? dateline?.Outlet ?? TitleChooser.HostOf(metadata.CanonicalUrl),
            Url = metadata.CanonicalUrl,
            Author = metadata.Author ?? BylineFinder.Find(document, options.MaxHtmlDepth) ?? body.Author,
            AuthorInitials = body.AuthorInitials,
            DatelinePlace = dateline is null ? null : string.Join(", ", dateline.Places),
            Paragraphs = body.Paragraphs,
            Circular = circular,
        });
    }

    internal static string FirstWords(string paragraph)
    {
        var end = paragraph.IndexOfAny(['.', '!', '?']);
        var sentence = end is > 0 and < 160 ? paragraph[..end] : paragraph;
        return sentence.Length > 160 ? sentence[..160].TrimEnd() + "…" : sentence;
    }
}

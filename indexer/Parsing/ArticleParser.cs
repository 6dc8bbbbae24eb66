using System.Globalization;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Parsing.Html;
using NetralitasSearch.Indexer.Parsing.Ocr;
using NetralitasSearch.Indexer.Parsing.Pdf;
using NetralitasSearch.Indexer.Parsing.PlainText;

namespace NetralitasSearch.Indexer.Parsing;

/// <summary>
/// The parsing stage: checks size and kind, then hands the file to the parser for its kind. Content problems
/// come back as failures with a reason (no retries can help them); nothing here throws on content.
/// </summary>
public sealed class ArticleParser(ParsingOptions options) : IArticleParser
{
    private readonly HtmlArticleParser html = new(options);
    private readonly PlainTextArticleParser text = new(options, DocumentFormat.Text);
    private readonly PlainTextArticleParser markdown = new(options, DocumentFormat.Markdown);
    private readonly PdfArticleParser pdf = new(options);
    private readonly ImageArticleParser image = new(options);

    public ParsingOptions Options => options;

    public ParseResult Parse(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Content.Length == 0)
        {
            return ParseResult.Failed(ParseFailureKind.Empty, "The file is empty.");
        }

        if (file.Content.Length > options.MaxInputBytes)
        {
            return ParseResult.Failed(ParseFailureKind.TooLarge, string.Create(CultureInfo.InvariantCulture, $"The file is {file.Content.Length:N0} bytes; the limit is {options.MaxInputBytes:N0} bytes."));
        }

        return ContentSniffer.Sniff(file.Name, file.Content.Span) switch
        {
            ContentKind.Pdf when file.Content.Span[..Math.Min(file.Content.Length, 1024)].IndexOf("%PDF-"u8) >= 0 => pdf.Parse(file),
            ContentKind.Pdf => ParseResult.Failed(ParseFailureKind.Damaged, $"The file is named {Path.GetExtension(file.Name)} but is not a PDF: it has no %PDF- header."),
            ContentKind.Binary when ImageSize.IsPng(file.Content.Span) || ImageSize.IsJpeg(file.Content.Span) => image.Parse(file),
            ContentKind.Binary => ParseResult.Failed(ParseFailureKind.UnsupportedFormat, $"The file is {ContentSniffer.Describe(file.Content.Span)}, not HTML, text, PDF or a PNG or JPEG image{NameSaysOtherwise(file.Name)}."),
            ContentKind.Html => html.Parse(file),
            ContentKind.Markdown => markdown.Parse(file),
            _ => text.Parse(file),
        };
    }

    /// <summary>" (whatever its name says)" when the name promises a page, text or an image, as with a ZIP saved as .html.</summary>
    private static string NameSaysOtherwise(string name) =>
        Path.GetExtension(name).ToLowerInvariant() is ".html" or ".htm" or ".txt" or ".md" or ".png" or ".jpg" or ".jpeg"
            ? $", although its name ends in {Path.GetExtension(name)}"
            : "";
}

using System.Globalization;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Parsing.Html;
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
            ContentKind.Pdf => ParseResult.Failed(ParseFailureKind.UnsupportedFormat, "PDF is not supported: no PDF reader is available to this build. Save the article as HTML or text."),
            ContentKind.Binary => ParseResult.Failed(ParseFailureKind.UnsupportedFormat, $"The file is {ContentSniffer.Describe(file.Content.Span)}, not HTML or text{NameSaysOtherwise(file.Name)}."),
            ContentKind.Html => html.Parse(file),
            ContentKind.Markdown => markdown.Parse(file),
            _ => text.Parse(file),
        };
    }

    /// <summary>" (whatever its name says)" when the name promises a page or text, as with a PNG saved as .html.</summary>
    private static string NameSaysOtherwise(string name) =>
        Path.GetExtension(name).ToLowerInvariant() is ".html" or ".htm" or ".txt" or ".md"
            ? $", although its name ends in {Path.GetExtension(name)}"
            : "";
}

using System.Text.RegularExpressions;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Parsing.Html;

namespace NetralitasSearch.Indexer.Parsing.PlainText;

/// <summary>
/// Plain text and Markdown: the title is the first short line, the body the rest. Lines are joined when
/// they are a hard-wrapped paragraph and kept apart otherwise (one paragraph per line, list points, letterheads).
/// </summary>
public sealed partial class PlainTextArticleParser(ParsingOptions options, DocumentFormat format) : IArticleParser
{
    public ParseResult Parse(SourceFile file)
    {
        var notes = new ParseNotes();
        var text = Text.TextNormalizer.StripControlCharacters(TextDecoder.Decode(file.Content.Span, file.ContentType, notes: notes));
        if (format == DocumentFormat.Markdown)
        {
            text = MarkdownCleaner.Clean(text);
        }

        return FromText(text, notes);
    }

    /// <summary>
    /// Reads text already decoded: a plain-text file's, or the paragraphs a PDF or OCR reader put together (one paragraph
    /// a line, blank lines between), which then take the same title, circular and byline rules as a text file.
    /// </summary>
    internal ParseResult FromText(string text, ParseNotes notes)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var paragraphs = ToParagraphs(lines, notes);
        if (paragraphs.Count == 0)
        {
            return ParseResult.Failed(ParseFailureKind.NoText, "The file has no text.");
        }

        string? title = null;
        if (IsTitleLine(paragraphs[0]))
        {
            title = paragraphs[0];
            paragraphs.RemoveAt(0);
        }

        var body = BodyCleaner.Clean(paragraphs, options.MaxTextLength, notes);
        if (body.Paragraphs.Count == 0)
        {
            if (title is null)
            {
                return ParseResult.Failed(ParseFailureKind.NoText, "The file has no article text.");
            }

            body = body with { Paragraphs = [title] };
        }

        var circular = CircularReader.Read(title is null ? body.Paragraphs : [title, .. body.Paragraphs]);
        if (circular is not null && (title is null || !LooksLikeHeadline(title)))
        {
            title = CircularReader.TitleOf(circular);
        }

        var opening = body.Paragraphs.FirstOrDefault(p => p.Length >= 60) ?? body.Paragraphs[0];
        var dateline = DatelineReader.Read(opening);
        return ParseResult.Success(new ParsedArticle
        {
            Format = format,
            Title = title ?? HtmlArticleParser.FirstWords(WithoutDateline(body.Paragraphs[0])),
            Published = StampedDate(body.Paragraphs) ?? circular?.Date,
            Source = dateline?.Outlet,
            Author = body.Author,
            AuthorInitials = body.AuthorInitials,
            Bylines = body.Bylines,
            DatelinePlace = dateline is null ? null : string.Join(", ", dateline.Places),
            Paragraphs = body.Paragraphs,
            Circular = circular,
            Notes = notes.ToList(),
        });
    }

    /// <summary>
    /// A first line is the headline when it is short, is not a numbered point, does not open with a dateline
    /// ("OKU,- Ratusan massa ...") and is not a long sentence ending in a period.
    /// </summary>
    private bool IsTitleLine(string line) =>
        line.Length <= options.MaxTitleLength
        && !Point().IsMatch(line)
        && DatelineReader.Read(line) is null
        && !(line.EndsWith('.') && line.Length > 100);

    /// <summary>A letterhead ("PEMERINTAH KABUPATEN ...") is not a headline; a sentence-case line is.</summary>
    private static bool LooksLikeHeadline(string line) => line.Any(char.IsLower);

    /// <summary>A publication stamp line near the top ("Senin, 24 Juni 2024 10:15 WIB", "Diterbitkan 24/06/2024").</summary>
    private static DateOnly? StampedDate(IReadOnlyList<string> paragraphs)
    {
        foreach (var paragraph in paragraphs.Take(4))
        {
            if (paragraph.Length < 80 && Stamp().IsMatch(paragraph))
            {
                return PublishedDateReader.FromVisibleText(paragraph);
            }
        }

        return null;
    }

    /// <summary>"OKU,- Ratusan massa ..." reads "Ratusan massa ..." as a fallback title.</summary>
    private static string WithoutDateline(string paragraph)
    {
        var dash = paragraph.IndexOfAny(['-', '–', '—']);
        return DatelineReader.Read(paragraph) is not null && dash is > 0 and < 80 ? paragraph[(dash + 1)..].TrimStart('-', '–', '—', ' ') : paragraph;
    }

    private List<string> ToParagraphs(string[] lines, ParseNotes notes)
    {
        var paragraphs = new List<string>();
        var current = new System.Text.StringBuilder();
        string? previous = null;

        foreach (var raw in lines)
        {
            var line = Text.TextNormalizer.CollapseWhitespace(raw);
            if (line.Length == 0)
            {
                Flush(current, paragraphs);
                previous = null;
                continue;
            }

            if (previous is not null && !Continues(previous, line))
            {
                Flush(current, paragraphs);
            }

            if (current.Length > 0)
            {
                current.Append(' ');
            }

            if (line.Length > options.MaxParagraphLength)
            {
                notes.ParagraphCut(options.MaxParagraphLength);
                line = line[..options.MaxParagraphLength];
            }

            current.Append(line);
            previous = line;
        }

        Flush(current, paragraphs);
        return paragraphs;
    }

    /// <summary>A line continues the previous one only when that one was hard-wrapped mid-sentence.</summary>
    private static bool Continues(string previous, string line)
    {
        if (previous.Length < 50 || Point().IsMatch(line) || !previous.Any(char.IsLower))
        {
            return false;
        }

        var last = previous[^1];
        return !(last is '.' or ';' or ':' or '!' or '?' or '"' or '”' or '\'' or '’' or ')');
    }

    private static void Flush(System.Text.StringBuilder current, List<string> paragraphs)
    {
        if (current.Length > 0)
        {
            paragraphs.Add(current.ToString());
            current.Clear();
        }
    }

    [GeneratedRegex(@"^\s*(?:\d{1,2}|[a-zA-Z])[.)]\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex Point();

    [GeneratedRegex(@"^(?:(?:Diterbitkan|Dipublikasikan|Published|Tanggal|Diposting)\b|(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu)\s*,)|\b(?:WIB|WITA|WIT)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Stamp();
}

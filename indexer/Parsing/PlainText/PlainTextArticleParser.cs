using System.Text.RegularExpressions;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Parsing.Dates;
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
        var front = FrontMatterReader.Read(text, notes);
        text = front.Body;
        if (format == DocumentFormat.Markdown)
        {
            text = MarkdownCleaner.Clean(text);
        }

        return FromText(text, notes, front);
    }

    /// <summary>
    /// Reads text already decoded: a plain-text file's, or the paragraphs a PDF or OCR reader put together (one paragraph
    /// a line, blank lines between), which then take the same title, circular and byline rules as a text file.
    /// </summary>
    /// <param name="front">A text file's front matter: its title, outlet, URL, date and author win over what the text suggests.</param>
    internal ParseResult FromText(string text, ParseNotes notes, FrontMatter? front = null)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var paragraphs = ToParagraphs(lines, notes);
        if (paragraphs.Count == 0)
        {
            return ParseResult.Failed(ParseFailureKind.NoText, "The file has no text.");
        }

        var title = front?.Title;
        if (title is not null ? SameText(paragraphs[0], title) && paragraphs.Count > 1 : IsTitleLine(paragraphs[0]))
        {
            // The headline, or the front matter's title written again as the first line ("# Judul" under the fields).
            title ??= paragraphs[0];
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
        if (circular is not null && front?.Title is null && (title is null || !LooksLikeHeadline(title)))
        {
            title = CircularReader.TitleOf(circular);
        }

        var opening = body.Paragraphs.FirstOrDefault(p => p.Length >= 60) ?? body.Paragraphs[0];
        var dateline = DatelineReader.Read(opening);
        return ParseResult.Success(new ParsedArticle
        {
            Format = format,
            Title = title ?? HtmlArticleParser.FirstWords(WithoutDateline(body.Paragraphs[0])),
            Published = PublicationDateChooser.Choose(DateCandidates(front, paragraphs, circular), title is null ? body.Paragraphs : [title, .. body.Paragraphs], options, notes),
            Source = front?.Source ?? dateline?.Outlet,
            Url = front?.Url,
            Author = front?.Author ?? body.Author,
            AuthorInitials = body.AuthorInitials,
            Bylines = body.Bylines,
            DatelinePlace = dateline is null ? null : string.Join(", ", dateline.Places),
            Paragraphs = body.Paragraphs,
            Circular = circular,
            Notes = notes.ToList(),
        });
    }

    /// <summary>
    /// A first line is the headline when it is short, is not a numbered point and is not a long sentence ending in a
    /// full stop (a teaser's "..." is not one). A line that opens like a dateline ("OKU,- Ratusan massa ... .") is body
    /// text when it ends as a sentence does; a headline with a dash in it ("Indonesia - Polandia Tingkatkan Kerja Sama",
    /// "VIDEO - Link Live Streaming ...") ends without one and stays whole.
    /// </summary>
    private bool IsTitleLine(string line) =>
        line.Length <= options.MaxTitleLength
        && !Point().IsMatch(line)
        && (DatelineReader.Read(line) is null || !EndsAsClause(line))
        && !(EndsWithFullStop(line) && line.Length > 100);

    private static bool EndsWithFullStop(string line) => line[^1] == '.' && !line.EndsWith("..", StringComparison.Ordinal);

    /// <summary>A full stop, a comma, a semicolon or a colon at the end: a sentence or a clause, not a headline.</summary>
    private static bool EndsAsClause(string line) => line[^1] is ',' or ';' or ':' || EndsWithFullStop(line);

    private static bool SameText(string a, string b) => Letters(a) == Letters(b);

    private static string Letters(string text) => new(text.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());

    /// <summary>A letterhead ("PEMERINTAH KABUPATEN ...") is not a headline; a sentence-case line is.</summary>
    private static bool LooksLikeHeadline(string line) => line.Any(char.IsLower);

    /// <summary>
    /// The dates that may be the publication date, best first: the front matter's, stamp lines near the top, a circular's
    /// signing date. Stamp lines are looked for in the paragraphs before the body is cleaned, which drops them as page
    /// furniture ("Selasa, 10 Sep 2019" under a headline).
    /// </summary>
    private static IEnumerable<DateCandidate> DateCandidates(FrontMatter? front, IReadOnlyList<string> paragraphs, CircularInfo? circular)
    {
        if (front?.Published is { } given)
        {
            yield return new DateCandidate(given, DateOrigin.FrontMatter);
        }

        foreach (var date in StampedDates(paragraphs))
        {
            yield return new DateCandidate(date, DateOrigin.StampLine);
        }

        if (circular?.Date is { } signed)
        {
            yield return new DateCandidate(signed, DateOrigin.CircularSigning);
        }
    }

    /// <summary>Publication stamp lines near the top ("Senin, 24 Juni 2024 10:15 WIB", "Diterbitkan 24/06/2024").</summary>
    private static IEnumerable<DateOnly> StampedDates(IReadOnlyList<string> paragraphs)
    {
        foreach (var paragraph in paragraphs.Take(4))
        {
            if (paragraph.Length < 80 && Stamp().IsMatch(paragraph) && PublishedDateReader.FromVisibleText(paragraph) is { } date)
            {
                yield return date;
            }
        }
    }

    /// <summary>"OKU,- Ratusan massa ..." reads "Ratusan massa ..." as a fallback title.</summary>
    private static string WithoutDateline(string paragraph) =>
        DatelineReader.Read(paragraph) is { Length: > 0 and < 120 } dateline && dateline.Length < paragraph.Length ? paragraph[dateline.Length..] : paragraph;

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

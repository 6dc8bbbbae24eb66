using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Indexer.Parsing;

/// <summary>What a parser kept of a file: metadata and the article's paragraphs, nothing else.</summary>
public sealed record ParsedArticle
{
    public required DocumentFormat Format { get; init; }

    public required string Title { get; init; }

    public DateOnly? Published { get; init; }

    /// <summary>The outlet: site name, outlet prefix of a dateline, or domain.</summary>
    public string? Source { get; init; }

    public string? Url { get; init; }

    public string? Author { get; init; }

    /// <summary>Credit lines taken out of the body ("Pewarta: X", "Editor: Y").</summary>
    public IReadOnlyList<Byline> Bylines { get; init; } = [];

    /// <summary>Initials at the end of the article, such as "gun" or "rls/ant": kept apart from the text.</summary>
    public string? AuthorInitials { get; init; }

    /// <summary>The place of the dateline ("MUSI RAWAS –" gives "MUSI RAWAS"), as written.</summary>
    public string? DatelinePlace { get; init; }

    public required IReadOnlyList<string> Paragraphs { get; init; }

    public CircularInfo? Circular { get; init; }

    /// <summary>How OCR read the file, for scans and images; offsets point into <see cref="Text"/>.</summary>
    public OcrInfo? Ocr { get; init; }

    /// <summary>What the parser changed or left out to read the file (see <see cref="ParseNotes"/>); empty when nothing.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The body text: paragraphs separated by blank lines.</summary>
    public string Text => string.Join("\n\n", Paragraphs);
}

using NetralitasSearch.Indexer.Parsing.Ocr;

namespace NetralitasSearch.Indexer.Parsing;

/// <summary>Named limits that bound what one file can cost the parser.</summary>
public sealed record ParsingOptions
{
    public static ParsingOptions Default { get; } = new();

    /// <summary>Files above this size fail as too large before any decoding (16 MiB).</summary>
    public int MaxInputBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Elements nested deeper than this are not read (HTML nested 100,000 levels must not overflow a stack).</summary>
    public int MaxHtmlDepth { get; init; } = 256;

    /// <summary>Body text is cut at this many characters (2 M), at a paragraph boundary where possible.</summary>
    public int MaxTextLength { get; init; } = 2_000_000;

    /// <summary>A single paragraph is cut at this many characters (a 5 MB single line stays bounded).</summary>
    public int MaxParagraphLength { get; init; } = 50_000;

    /// <summary>A plain-text first line longer than this is body, not a title.</summary>
    public int MaxTitleLength { get; init; } = 250;

    /// <summary>At most this many pages of a PDF are read; the rest is left out and the notes say so.</summary>
    public int MaxPdfPages { get; init; } = 300;

    /// <summary>
    /// A PDF whose compressed streams inflate to more than this (256 MiB) in all is refused before it is opened: a few
    /// kilobytes of deflate can unpack to gigabytes (a zip bomb).
    /// </summary>
    public long MaxPdfInflatedBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Scanned pages and images: the OCR programs, language and limits.</summary>
    public OcrOptions Ocr { get; init; } = OcrOptions.Default;
}

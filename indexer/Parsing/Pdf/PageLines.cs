namespace NetralitasSearch.Indexer.Parsing.Pdf;

/// <summary>The lines of one page in reading order, from the PDF's text layer or from OCR.</summary>
/// <param name="Number">The page's number in the file, from 1.</param>
internal sealed record PageLines(int Number, IReadOnlyList<PageLine> Lines, double Width, double Height);

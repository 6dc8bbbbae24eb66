using NetralitasSearch.Indexer.Parsing.Pdf;

namespace NetralitasSearch.Indexer.Parsing.Ocr;

/// <summary>One page as OCR read it: its lines with each word's confidence, and the image's size in pixels.</summary>
internal sealed record OcrPage(PageLines Lines, int Width, int Height)
{
    public IEnumerable<LineWord> Words => Lines.Lines.SelectMany(line => line.Words);
}

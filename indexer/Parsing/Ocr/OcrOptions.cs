namespace NetralitasSearch.Indexer.Parsing.Ocr;

/// <summary>
/// How scans and images are read: the Tesseract and poppler programs (Debian's tesseract-ocr with tesseract-ocr-ind, and
/// poppler-utils), the language model, and the named limits one OCR'd file can cost.
/// </summary>
public sealed record OcrOptions
{
    public static OcrOptions Default { get; } = new();

    /// <summary>The tesseract program (on the PATH by default).</summary>
    public string TesseractPath { get; init; } = "tesseract";

    /// <summary>poppler's pdftoppm, which renders a PDF page to an image for OCR.</summary>
    public string PdfToPpmPath { get; init; } = "pdftoppm";

    /// <summary>Tesseract's language model: Indonesian.</summary>
    public string Language { get; init; } = "ind";

    /// <summary>Resolution PDF pages are rendered at for OCR, lowered for a page that would pass <see cref="MaxPagePixels"/>.</summary>
    public int Dpi { get; init; } = 300;

    /// <summary>Words read below this confidence (0–100) are kept but marked, and counted in the ledger's notes.</summary>
    public double ConfidenceFloor { get; init; } = 60;

    /// <summary>An image with more pixels than this (40 megapixels) is refused; a PDF page is rendered at a lower resolution.</summary>
    public long MaxPagePixels { get; init; } = 40_000_000;

    /// <summary>At most this many pages of one file are read by OCR; the rest is left out and the notes say so.</summary>
    public int MaxPages { get; init; } = 20;

    /// <summary>Rendering and reading one page may take this long; a page past it is left out and the notes say so.</summary>
    public TimeSpan PageTimeout { get; init; } = TimeSpan.FromSeconds(90);
}

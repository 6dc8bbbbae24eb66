using System.Globalization;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Parsing.Ocr;
using NetralitasSearch.Indexer.Parsing.PlainText;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace NetralitasSearch.Indexer.Parsing.Pdf;

/// <summary>
/// PDF circulars and scans. The deflate streams are measured first (<see cref="PdfStreamGuard"/>); then each page's
/// text layer is read with PdfPig (<see cref="PdfLineReader"/>), and a page without one that holds an image is rendered
/// with pdftoppm and read by Tesseract. Running heads and feet are dropped (<see cref="PageFurniture"/>), lines joined into
/// paragraphs (<see cref="ParagraphAssembler"/>), and the text takes the plain-text rules, so a circular's number,
/// subject, issuer, date and points are read as from a text file. An encrypted, damaged or oversized PDF ends as a
/// failure with its reason; nothing here throws on content.
/// </summary>
public sealed class PdfArticleParser(ParsingOptions options) : IArticleParser
{
    /// <summary>A page whose text layer has fewer letters than this and holds an image is a scan, read by OCR.</summary>
    public const int MinTextLayerLetters = 20;

    private readonly PdfRasterizer rasterizer = new(options.Ocr);
    private readonly TesseractReader tesseract = new(options.Ocr);
    private readonly PlainTextArticleParser text = new(options, DocumentFormat.Pdf);

    public ParseResult Parse(SourceFile file)
    {
        var inflated = PdfStreamGuard.InflatedBytes(file.Content.Span, options.MaxPdfInflatedBytes);
        if (inflated > options.MaxPdfInflatedBytes)
        {
            return ParseResult.Failed(ParseFailureKind.LimitExceeded, string.Create(CultureInfo.InvariantCulture, $"The PDF's compressed streams unpack to more than {options.MaxPdfInflatedBytes:N0} bytes (a zip bomb, or far too large to read); it was not opened."));
        }

        var notes = new ParseNotes();
        var pages = new List<PageLines>();
        var scans = new List<(int Number, double Width, double Height)>();
        var (failure, pageCount) = ReadTextLayer(file.Content, pages, scans);
        if (failure is not null)
        {
            return failure;
        }

        if (pageCount > options.MaxPdfPages)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"The PDF has {pageCount:N0} pages; only the first {options.MaxPdfPages:N0} were read."));
        }

        var ocrPages = new List<OcrPage>();
        if (scans.Count > 0)
        {
            var problem = ReadScans(file.Content, scans, ocrPages, notes);
            if (ocrPages.Count == 0 && pages.All(page => page.Lines.Count == 0) && problem is not null)
            {
                return ParseResult.Failed(ParseFailureKind.OcrFailed, $"The PDF is a scan and could not be read by OCR: {problem}");
            }

            pages.AddRange(ocrPages.Select(page => page.Lines));
            pages.Sort((a, b) => a.Number.CompareTo(b.Number));
        }

        var paragraphs = ParagraphAssembler.Assemble(PageFurniture.Remove(pages));
        if (paragraphs.Count == 0)
        {
            return ParseResult.Failed(ParseFailureKind.NoText, scans.Count > 0
                ? "The PDF has no text: its pages are images in which OCR found no words."
                : "The PDF has no text: it has no text layer and no scanned page images.");
        }

        return ScannedText.Finish(text.FromText(string.Join("\n\n", paragraphs), notes), ocrPages, notes, options.Ocr, ocrPages.Count > 0 ? tesseract.Engine : "");
    }

    /// <summary>
    /// Reads every page's text layer, and lists the pages that are scans. PdfPig reports a damaged file with exceptions of
    /// many types from deep inside its parser, so every exception from it means "this PDF cannot be read" and becomes a
    /// failure with its message; a password-protected file says so.
    /// </summary>
    private (ParseResult? Failure, int PageCount) ReadTextLayer(ReadOnlyMemory<byte> content, List<PageLines> pages, List<(int, double, double)> scans)
    {
        try
        {
            using var pdf = PdfDocument.Open(content.ToArray(), new UglyToad.PdfPig.ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var count = pdf.NumberOfPages;
            if (count == 0)
            {
                return (ParseResult.Failed(ParseFailureKind.Damaged, "The PDF has no pages."), 0);
            }

            for (var number = 1; number <= Math.Min(count, options.MaxPdfPages); number++)
            {
                var page = pdf.GetPage(number);
                var lines = PdfLineReader.Read(page);
                if (lines.Lines.Sum(line => line.Text.Count(char.IsLetter)) < MinTextLayerLetters && page.NumberOfImages > 0)
                {
                    scans.Add((number, page.Width, page.Height));
                    continue;
                }

                pages.Add(lines);
            }

            return (null, count);
        }
        catch (PdfDocumentEncryptedException)
        {
            return (ParseResult.Failed(ParseFailureKind.Encrypted, "The PDF is encrypted with a password, so its text cannot be read. Upload a copy without the password."), 0);
        }
#pragma warning disable CA1031 // A damaged PDF surfaces as any exception type from inside PdfPig (see the summary).
        catch (Exception exception) when (exception is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return (ParseResult.Failed(ParseFailureKind.Damaged, $"The PDF is damaged and cannot be read ({exception.GetType().Name}: {exception.Message})."), 0);
        }
    }

    /// <summary>Renders and reads the scanned pages within the OCR limits; returns the last problem met, if any.</summary>
    private string? ReadScans(ReadOnlyMemory<byte> content, List<(int Number, double Width, double Height)> scans, List<OcrPage> read, ParseNotes notes)
    {
        if (scans.Count > options.Ocr.MaxPages)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"The PDF has {scans.Count} scanned pages; only the first {options.Ocr.MaxPages} were read by OCR."));
        }

        using var scratch = new ScratchFolder();
        var pdfPath = Path.Combine(scratch.Path, "document.pdf");
        File.WriteAllBytes(pdfPath, content.ToArray());
        string? problem = null;
        foreach (var (number, width, height) in scans.Take(options.Ocr.MaxPages))
        {
            if (rasterizer.DpiFor(width, height) is not { } dpi)
            {
                problem = string.Create(CultureInfo.InvariantCulture, $"page {number} is too large to render within {options.Ocr.MaxPagePixels:N0} pixels");
                notes.Add($"Page {number} was not read: it is too large to render within the OCR pixel limit.");
                continue;
            }

            var (image, renderProblem) = rasterizer.Render(pdfPath, number, dpi, scratch.Path);
            var (page, readProblem) = image is null ? (null, renderProblem) : tesseract.Read(image, number, dpi);
            if (page is null)
            {
                problem = readProblem;
                notes.Add($"Page {number} was not read by OCR: {readProblem}.");
                continue;
            }

            read.Add(page);
        }

        return problem;
    }
}

using System.Globalization;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Parsing.Pdf;
using NetralitasSearch.Indexer.Parsing.PlainText;

namespace NetralitasSearch.Indexer.Parsing.Ocr;

/// <summary>
/// PNG and JPEG images (screenshots of posts, photographed or scanned letters) read by Tesseract. The size is checked
/// from the header first (<see cref="OcrOptions.MaxPagePixels"/>); the text then takes the same paragraph, title and
/// circular rules as a PDF, and its OCR confidence goes with the document.
/// </summary>
public sealed class ImageArticleParser(ParsingOptions options) : IArticleParser
{
    /// <summary>An image narrower or lower than this holds no line of text.</summary>
    public const int MinSide = 16;

    private readonly TesseractReader tesseract = new(options.Ocr);
    private readonly PlainTextArticleParser text = new(options, DocumentFormat.Image);

    public ParseResult Parse(SourceFile file)
    {
        var content = file.Content.Span;
        var what = ImageSize.IsPng(content) ? "PNG" : "JPEG";
        if (ImageSize.Read(content) is not var (width, height))
        {
            return ParseResult.Failed(ParseFailureKind.Damaged, $"The {what} image is damaged: its size cannot be read from its header.");
        }

        if (width < MinSide || height < MinSide)
        {
            return ParseResult.Failed(ParseFailureKind.NoText, string.Create(CultureInfo.InvariantCulture, $"The {what} image is {width} × {height} pixels: too small to hold text."));
        }

        if ((long)width * height > options.Ocr.MaxPagePixels)
        {
            return ParseResult.Failed(ParseFailureKind.LimitExceeded, string.Create(CultureInfo.InvariantCulture, $"The {what} image is {width:N0} × {height:N0} pixels; the OCR limit is {options.Ocr.MaxPagePixels:N0} pixels."));
        }

        using var scratch = new ScratchFolder();
        var path = Path.Combine(scratch.Path, what == "PNG" ? "image.png" : "image.jpg");
        File.WriteAllBytes(path, file.Content.ToArray());
        var (page, problem) = tesseract.Read(path, pageNumber: 1, dpi: null);
        if (page is null)
        {
            return ParseResult.Failed(ParseFailureKind.OcrFailed, $"The {what} image could not be read by OCR: {problem}");
        }

        var notes = new ParseNotes();
        var paragraphs = ParagraphAssembler.Assemble([page.Lines]);
        if (paragraphs.Count == 0)
        {
            return ParseResult.Failed(ParseFailureKind.NoText, $"The {what} image has no text that OCR could read.");
        }

        return ScannedText.Finish(text.FromText(string.Join("\n\n", paragraphs), notes), [page], notes, options.Ocr, tesseract.Engine);
    }
}

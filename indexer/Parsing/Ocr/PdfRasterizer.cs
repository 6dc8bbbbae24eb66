using System.Globalization;

namespace NetralitasSearch.Indexer.Parsing.Ocr;

/// <summary>
/// Renders one page of a PDF to a grey PNG with poppler's pdftoppm for OCR, at <see cref="OcrOptions.Dpi"/> or lower
/// when the page at that resolution would pass <see cref="OcrOptions.MaxPagePixels"/>.
/// </summary>
internal sealed class PdfRasterizer(OcrOptions options)
{
    /// <summary>Lowest useful resolution: below it a page of normal print is too coarse to read.</summary>
    public const int MinDpi = 70;

    /// <summary>The resolution for a page of this size in points (1/72 inch), or null when even <see cref="MinDpi"/> is too many pixels.</summary>
    public int? DpiFor(double widthPoints, double heightPoints)
    {
        var squareInches = Math.Max(widthPoints, 1) / 72 * (Math.Max(heightPoints, 1) / 72);
        var dpi = (int)Math.Min(options.Dpi, Math.Floor(Math.Sqrt(options.MaxPagePixels / squareInches)));
        return dpi >= MinDpi ? dpi : null;
    }

    /// <summary>The rendered image's path, or the reason the page could not be rendered.</summary>
    public (string? Image, string? Problem) Render(string pdfPath, int page, int dpi, string folder)
    {
        var prefix = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"page-{page}"));
        var run = ExternalTool.Run(
            options.PdfToPpmPath,
            ["-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-png", "-f", page.ToString(CultureInfo.InvariantCulture), "-l", page.ToString(CultureInfo.InvariantCulture), "-singlefile", pdfPath, prefix],
            options.PageTimeout);
        if (run.Missing)
        {
            return (null, $"OCR of a scanned PDF needs poppler's pdftoppm ({options.PdfToPpmPath}), which is not installed here: install Debian's poppler-utils.");
        }

        if (run.TimedOut)
        {
            return (null, string.Create(CultureInfo.InvariantCulture, $"rendering page {page} took longer than the {options.PageTimeout.TotalSeconds:0} s limit"));
        }

        var image = prefix + ".png";
        if (run.ExitCode != 0 || !File.Exists(image))
        {
            var message = run.FirstErrorLine;
            return (null, string.Create(CultureInfo.InvariantCulture, $"pdftoppm could not render page {page} ({message})"));
        }

        return (image, null);
    }
}

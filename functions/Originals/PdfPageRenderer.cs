using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using NetralitasSearch.Indexer.Parsing.Ocr;

namespace NetralitasSearch.Functions.Originals;

/// <summary>
/// One page of a PDF as a PNG: pdfinfo gives the page count and the page's size, pdftoppm renders it at
/// <see cref="PageImageOptions.Dpi"/>, or lower so that it stays within <see cref="PageImageOptions.MaxRenderPixels"/>;
/// both together within <see cref="PageImageOptions.RenderTimeout"/>, killed past it. The PDF is written to a folder of
/// its own under the temporary directory, removed afterwards. A page number past the last page is the asker's mistake
/// (400); a PDF the programs cannot read is the file's (422); a missing program or a render out of time is the host's (503).
/// </summary>
public sealed partial class PdfPageRenderer(PageImageOptions options)
{
    /// <summary>Below this a page is a smudge: such a page (more than about 4 × 4 metres at the default limit) is not shown.</summary>
    public const int MinDpi = 20;

    /// <summary>Largest PNG read back from pdftoppm; a page within the pixel limit is far smaller.</summary>
    private const long MaxPngBytes = 64L * 1024 * 1024;

    private static readonly TimeSpan BusyRetry = TimeSpan.FromSeconds(5);

    public async Task<PageImageResult> RenderAsync(ReadOnlyMemory<byte> pdf, int page, string etag, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentException.ThrowIfNullOrEmpty(etag);
        var folder = Directory.CreateTempSubdirectory("netralitas-page-");
        try
        {
            var file = Path.Combine(folder.FullName, "original.pdf");
            await File.WriteAllBytesAsync(file, pdf, cancellationToken).ConfigureAwait(false);
            var clock = Stopwatch.StartNew();

            var info = await RunAsync(options.PdfInfoPath, [file], clock, cancellationToken).ConfigureAwait(false);
            if (Failed(info, page, "pdfinfo") is { } infoProblem)
            {
                return infoProblem;
            }

            if (PageCount().Match(info.Output) is not { Success: true } count || !int.TryParse(count.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var pages))
            {
                return PageImageResult.Problem(StatusCodes.Status422UnprocessableEntity, "pdfinfo did not say how many pages the PDF has.");
            }

            if (page > pages)
            {
                return PageImageResult.Problem(StatusCodes.Status400BadRequest, string.Create(CultureInfo.InvariantCulture, $"The PDF has {pages} {(pages == 1 ? "page" : "pages")}; there is no page {page}."));
            }

            var number = page.ToString(CultureInfo.InvariantCulture);
            var sized = page == 1 ? info : await RunAsync(options.PdfInfoPath, ["-f", number, "-l", number, file], clock, cancellationToken).ConfigureAwait(false);
            if (Failed(sized, page, "pdfinfo") is { } sizeProblem)
            {
                return sizeProblem;
            }

            if (PageSize().Match(sized.Output) is not { Success: true } size
                || !double.TryParse(size.Groups[1].ValueSpan, NumberStyles.Float, CultureInfo.InvariantCulture, out var width)
                || !double.TryParse(size.Groups[2].ValueSpan, NumberStyles.Float, CultureInfo.InvariantCulture, out var height))
            {
                return PageImageResult.Problem(StatusCodes.Status422UnprocessableEntity, $"pdfinfo did not give the size of page {page}.");
            }

            if (DpiFor(width, height) is not { } dpi)
            {
                return PageImageResult.Problem(
                    StatusCodes.Status422UnprocessableEntity,
                    string.Create(CultureInfo.InvariantCulture, $"Page {page} is {width:0.#} × {height:0.#} points, too large to show within {options.MaxRenderPixels:N0} pixels."));
            }

            var prefix = Path.Combine(folder.FullName, "page");
            var render = await RunAsync(options.PdfToPpmPath, ["-r", dpi.ToString(CultureInfo.InvariantCulture), "-f", number, "-l", number, "-png", "-singlefile", file, prefix], clock, cancellationToken).ConfigureAwait(false);
            if (Failed(render, page, "pdftoppm") is { } renderProblem)
            {
                return renderProblem;
            }

            var image = new FileInfo(prefix + ".png");
            if (!image.Exists || image.Length is 0 or > MaxPngBytes)
            {
                return PageImageResult.Problem(StatusCodes.Status422UnprocessableEntity, $"pdftoppm rendered no image of page {page} ({render.FirstErrorLine}).");
            }

            return PageImageResult.Image(await File.ReadAllBytesAsync(image.FullName, cancellationToken).ConfigureAwait(false), "image/png", etag);
        }
        finally
        {
            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A file still held open is left to the temporary directory's own cleaning.
            }
        }
    }

    /// <summary>The resolution for a page of this size in points (1/72 inch), or null when even <see cref="MinDpi"/> passes the pixel limit.</summary>
    public int? DpiFor(double widthPoints, double heightPoints)
    {
        var widthInches = Math.Max(widthPoints, 1) / 72;
        var heightInches = Math.Max(heightPoints, 1) / 72;
        var dpi = (int)Math.Min(options.Dpi, Math.Floor(Math.Sqrt(options.MaxRenderPixels / (widthInches * heightInches))));

        // pdftoppm rounds each side up to a whole pixel, which can pass the limit by a row or a column.
        while (dpi >= MinDpi && Math.Ceiling(widthInches * dpi) * Math.Ceiling(heightInches * dpi) > options.MaxRenderPixels)
        {
            dpi--;
        }

        return dpi >= MinDpi ? dpi : null;
    }

    private Task<ToolRun> RunAsync(string program, IEnumerable<string> arguments, Stopwatch clock, CancellationToken cancellationToken)
    {
        var left = options.RenderTimeout - clock.Elapsed;
        return left <= TimeSpan.Zero
            ? Task.FromResult(ToolRun.OutOfTime)
            : ExternalTool.RunAsync(program, arguments, left, cancellationToken);
    }

    private PageImageResult? Failed(ToolRun run, int page, string program)
    {
        if (run.Missing)
        {
            return PageImageResult.Problem(StatusCodes.Status503ServiceUnavailable, $"Page images need poppler's {program}, which is not installed on this host: install Debian's poppler-utils.");
        }

        if (run.TimedOut)
        {
            return PageImageResult.Problem(
                StatusCodes.Status503ServiceUnavailable,
                string.Create(CultureInfo.InvariantCulture, $"Rendering page {page} took longer than the {options.RenderTimeout.TotalSeconds:0.###} s limit."),
                BusyRetry);
        }

        return run.ExitCode == 0
            ? null
            : PageImageResult.Problem(StatusCodes.Status422UnprocessableEntity, $"{program} cannot read the PDF ({run.FirstErrorLine}).");
    }

    [GeneratedRegex(@"^Pages:\s+(\d+)\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex PageCount();

    // "Page size:  595.2 x 841.92 pts (A4)" for the first page, "Page    2 size:  …" when a page is named.
    [GeneratedRegex(@"^Page\s+(?:\d+\s+)?size:\s+([0-9.]+) x ([0-9.]+) pts", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex PageSize();
}

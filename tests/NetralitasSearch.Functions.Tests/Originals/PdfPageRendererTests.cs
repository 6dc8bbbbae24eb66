using System.Buffers.Binary;
using NetralitasSearch.Functions.Originals;
using NetralitasSearch.Tests;

namespace NetralitasSearch.Functions.Tests.Originals;

/// <summary>
/// Page rendering with the real pdfinfo and pdftoppm: the resolution comes down for a page that would pass the pixel
/// limit, a render past its time is killed, and a damaged or locked PDF, a page past the last and a missing program each
/// end in an answer with the reason.
/// </summary>
public sealed class PdfPageRendererTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Fixtures, "PdfOcr");

    [Theory]
    [InlineData(595.2, 841.92, 4_000_000, 150)] // A4 at the default resolution: 1,240 × 1,754
    [InlineData(595.2, 841.92, 1_000_000, 101)] // the same page under a quarter of the pixels
    [InlineData(2383.94, 3370.39, 4_000_000, 50)] // A0: 1,656 × 2,341
    [InlineData(14400, 14400, 4_000_000, null)] // 200 inches square, the most a PDF page can be: below 20 dpi
    [InlineData(0, 0, 4_000_000, 150)] // a page with no size is taken as one point square
    public void TheResolutionComesDownToKeepThePageWithinThePixelLimit(double width, double height, long maxPixels, int? dpi)
    {
        var renderer = new PdfPageRenderer(new PageImageOptions { MaxRenderPixels = maxPixels });

        var chosen = renderer.DpiFor(width, height);

        Assert.Equal(dpi, chosen);
        if (chosen is { } d)
        {
            Assert.True(Math.Ceiling(Math.Max(width, 1) / 72 * d) * Math.Ceiling(Math.Max(height, 1) / 72 * d) <= maxPixels);
        }
    }

    [Fact]
    public async Task APageIsRenderedWithinThePixelLimitOfItsOptions()
    {
        var renderer = new PdfPageRenderer(new PageImageOptions { MaxRenderPixels = 250_000 });

        var result = await renderer.RenderAsync(await PdfAsync("muratara-se-media-sosial.pdf"), 2, "\"t\"");

        Assert.Equal(200, result.StatusCode);
        Assert.Equal("image/png", result.ContentType);
        var png = result.Content.Span;
        var (width, height) = (BinaryPrimitives.ReadUInt32BigEndian(png[16..20]), BinaryPrimitives.ReadUInt32BigEndian(png[20..24]));
        Assert.True(width * height <= 250_000, $"{width} × {height}");
        Assert.True(width > 300 && height > 450, $"{width} × {height}");
    }

    [Theory]
    [InlineData("bad/truncated.pdf", 422, "pdfinfo cannot read the PDF (")]
    [InlineData("bad/encrypted.pdf", 422, "pdfinfo cannot read the PDF (Command Line Error: Incorrect password)")]
    [InlineData("batanghari-se-netralitas.pdf", 400, "The PDF has 1 page; there is no page 2.")]
    public async Task ADamagedOrLockedPdfOrAMissingPageIsAnsweredWithTheReason(string file, int status, string error)
    {
        var renderer = new PdfPageRenderer(new PageImageOptions());

        var result = await renderer.RenderAsync(await PdfAsync(file), 2, "\"t\"");

        Assert.Equal(status, result.StatusCode);
        Assert.StartsWith(error, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARenderPastItsTimeIsKilledAndSaysSo()
    {
        var renderer = new PdfPageRenderer(new PageImageOptions { RenderTimeout = TimeSpan.FromMilliseconds(1) });

        var result = await renderer.RenderAsync(await PdfAsync("muratara-se-media-sosial-scan.pdf"), 1, "\"t\"");

        Assert.Equal(503, result.StatusCode);
        Assert.Equal("Rendering page 1 took longer than the 0.001 s limit.", result.Error);
        Assert.Equal(TimeSpan.FromSeconds(5), result.RetryAfter);
    }

    [Fact]
    public async Task AMissingProgramIsTheHostsProblemNotTheFiles()
    {
        var renderer = new PdfPageRenderer(new PageImageOptions { PdfInfoPath = "/nonexistent/pdfinfo" });

        var result = await renderer.RenderAsync(await PdfAsync("batanghari-se-netralitas.pdf"), 1, "\"t\"");

        Assert.Equal(503, result.StatusCode);
        Assert.Equal("Page images need poppler's pdfinfo, which is not installed on this host: install Debian's poppler-utils.", result.Error);
    }

    private static async Task<byte[]> PdfAsync(string name) => await File.ReadAllBytesAsync(Path.Combine(Folder, name));
}

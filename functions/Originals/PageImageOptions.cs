namespace NetralitasSearch.Functions.Originals;

/// <summary>
/// The named limits of page images (settings <c>PageImages__*</c>): PDF pages are rendered by poppler's pdftoppm at
/// <see cref="Dpi"/>, lower for a page that would pass <see cref="MaxRenderPixels"/>; a render may take
/// <see cref="RenderTimeout"/>; at most <see cref="MaxConcurrentRenders"/> run at once and a request waits
/// <see cref="QueueTimeout"/> for its turn. An image document's page is the image itself, up to <see cref="MaxImagePixels"/>.
/// </summary>
public sealed class PageImageOptions
{
    public const string Section = "PageImages";

    /// <summary>Resolution a page is shown at: readable beside the text (A4 is 1,240 × 1,754 pixels), a fraction of OCR's 300 dpi.</summary>
    public int Dpi { get; set; } = 150;

    /// <summary>Pixels of one rendered page; a larger page is rendered at a lower resolution.</summary>
    public long MaxRenderPixels { get; set; } = 4_000_000;

    /// <summary>Pixels of an image document served as its page: OCR's own limit, so any image that was read can be shown.</summary>
    public long MaxImagePixels { get; set; } = 40_000_000;

    /// <summary>Reading the page count and size (pdfinfo) and rendering (pdftoppm) together; the programs are killed past it.</summary>
    public TimeSpan RenderTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Renders at once in this host; each takes a core.</summary>
    public int MaxConcurrentRenders { get; set; } = 2;

    /// <summary>How long a request waits for a render slot before it is answered 503 with Retry-After.</summary>
    public TimeSpan QueueTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>poppler's pdftoppm (Debian's poppler-utils, which ./run.sh and ./test.sh install).</summary>
    public string PdfToPpmPath { get; set; } = "pdftoppm";

    /// <summary>poppler's pdfinfo, which gives the page count and each page's size.</summary>
    public string PdfInfoPath { get; set; } = "pdfinfo";

    public static PageImageOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(Section).Get<PageImageOptions>() ?? new PageImageOptions();
        options.Validate();
        return options;
    }

    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Dpi, PdfPageRenderer.MinDpi, nameof(Dpi));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Dpi, 600, nameof(Dpi));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRenderPixels, 10_000, nameof(MaxRenderPixels));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxImagePixels, 10_000, nameof(MaxImagePixels));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(RenderTimeout, TimeSpan.Zero, nameof(RenderTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxConcurrentRenders, 1, nameof(MaxConcurrentRenders));
        ArgumentOutOfRangeException.ThrowIfLessThan(QueueTimeout, TimeSpan.Zero, nameof(QueueTimeout));
        ArgumentException.ThrowIfNullOrWhiteSpace(PdfToPpmPath, nameof(PdfToPpmPath));
        ArgumentException.ThrowIfNullOrWhiteSpace(PdfInfoPath, nameof(PdfInfoPath));
    }
}

using System.Diagnostics;
using NetralitasSearch.Indexer.Parsing;

namespace NetralitasSearch.Bench;

/// <summary>
/// Parse rates on one thread, one figure per kind of input: saved HTML pages (the project's parsing fixtures, and
/// Mozilla Readability's 130 test pages when ../shared is there), PDFs with a text layer, and OCR (PNG, JPEG and a
/// scanned PDF through pdftoppm and tesseract). HTML and text PDFs are parsed over and over for a few seconds; OCR,
/// which takes seconds a page, once.
/// </summary>
internal static class ParseBench
{
    private static readonly TimeSpan MinDuration = TimeSpan.FromSeconds(3);

    public static void Run(string root, CancellationToken cancellationToken)
    {
        var parser = new ArticleParser(ParsingOptions.Default);
        var fixtures = Path.Combine(root, "tests", "Fixtures");
        var html = new[] { "Parsing", "ParsingHeldOut", "ParsingClasses" }
            .Select(folder => Path.Combine(fixtures, folder))
            .Append(Path.Combine(root, "..", "shared", "data", "readability-test-pages"))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories))
            .Where(file => !file.EndsWith("expected.html", StringComparison.Ordinal))
            .Select(file => (File: Load(file), Pages: 1))
            .ToList();
        var pdfFolder = Path.Combine(fixtures, "PdfOcr");
        var textPdfs = new[] { ("batanghari-se-netralitas.pdf", 1), ("muratara-se-media-sosial.pdf", 2) }
            .Select(pdf => (File: Load(Path.Combine(pdfFolder, pdf.Item1)), Pages: pdf.Item2))
            .ToList();
        var scans = new[] { ("batanghari-se-netralitas-scan.png", 1), ("oku-timur-se-kepala-desa-photo.jpg", 1), ("muratara-se-media-sosial-scan.pdf", 2) }
            .Select(scan => (File: Load(Path.Combine(pdfFolder, scan.Item1)), Pages: scan.Item2))
            .ToList();

        var megabytes = html.Sum(page => page.File.Content.Length) / 1024.0 / 1024;
        Figures.Note($"parse: {html.Count} HTML pages ({megabytes:0.0} MB), {textPdfs.Count} text PDFs, {scans.Count} scans; one thread");
        var (htmlPages, htmlTime) = Repeat(html, parser, cancellationToken);
        Figures.Print("parse_html", htmlPages / htmlTime.TotalSeconds, "pages/s");
        Figures.Print("parse_html_mb", megabytes * htmlPages / html.Count / htmlTime.TotalSeconds, "MB/s");

        var (pdfPages, pdfTime) = Repeat(textPdfs, parser, cancellationToken);
        Figures.Print("parse_pdf_text", pdfPages / pdfTime.TotalSeconds, "pages/s");

        var clock = Stopwatch.StartNew();
        var ocrPages = 0;
        foreach (var (file, pages) in scans)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!parser.Parse(file).IsSuccess)
            {
                Figures.Note($"parse: {file.Name} could not be read by OCR (is tesseract-ocr-ind installed?)");
                return;
            }

            ocrPages += pages;
        }

        Figures.Print("parse_ocr", ocrPages / clock.Elapsed.TotalSeconds, "pages/s");
        Figures.Print("parse_ocr_page", clock.Elapsed.TotalSeconds / ocrPages, "s");
    }

    /// <summary>Parses the files round after round until <see cref="MinDuration"/> has passed; pages read and time taken.</summary>
    private static (double Pages, TimeSpan Elapsed) Repeat(List<(SourceFile File, int Pages)> files, ArticleParser parser, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var pages = 0.0;
        do
        {
            foreach (var (file, filePages) in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                parser.Parse(file);
                pages += filePages;
            }
        }
        while (clock.Elapsed < MinDuration);

        return (pages, clock.Elapsed);
    }

    private static SourceFile Load(string path) => new(path, File.ReadAllBytes(path));
}

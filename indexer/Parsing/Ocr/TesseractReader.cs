using System.Globalization;
using NetralitasSearch.Indexer.Parsing.Pdf;

namespace NetralitasSearch.Indexer.Parsing.Ocr;

/// <summary>
/// Reads one page image with Tesseract (<c>tesseract IMAGE stdout -l ind tsv</c>) and turns its TSV into lines of words
/// with their confidences. Tesseract finds the lines itself and copes with a slightly rotated scan.
/// </summary>
internal sealed class TesseractReader(OcrOptions options)
{
    private readonly Lazy<string> engine = new(() =>
    {
        var run = ExternalTool.Run(options.TesseractPath, ["--version"], TimeSpan.FromSeconds(30));
        var version = (run.Output + "\n" + run.Error).Split('\n', StringSplitOptions.TrimEntries).FirstOrDefault(line => line.StartsWith("tesseract", StringComparison.OrdinalIgnoreCase));
        return $"{version ?? "tesseract"}, {options.Language}";
    });

    /// <summary>The engine as run, for the record: "tesseract 5.3.0, ind".</summary>
    public string Engine => engine.Value;

    /// <summary>A "word" without a letter or digit read below this confidence is a speck of dust, not punctuation.</summary>
    public const double SpeckConfidence = 60;

    /// <summary>The page, or the reason it could not be read.</summary>
    /// <param name="dpi">The resolution a PDF page was rendered at; null for an image, whose own metadata says.</param>
    public (OcrPage? Page, string? Problem) Read(string imagePath, int pageNumber, int? dpi)
    {
        List<string> arguments = [imagePath, "stdout", "-l", options.Language];
        if (dpi is { } resolution)
        {
            arguments.AddRange(["--dpi", resolution.ToString(CultureInfo.InvariantCulture)]);
        }

        arguments.Add("tsv");
        var run = ExternalTool.Run(options.TesseractPath, arguments, options.PageTimeout);
        if (run.Missing)
        {
            return (null, $"OCR needs the tesseract program ({options.TesseractPath}), which is not installed here: install Debian's tesseract-ocr and tesseract-ocr-{options.Language}.");
        }

        if (run.TimedOut)
        {
            return (null, string.Create(CultureInfo.InvariantCulture, $"reading page {pageNumber} took longer than the {options.PageTimeout.TotalSeconds:0} s OCR limit"));
        }

        if (run.ExitCode != 0)
        {
            var message = run.FirstErrorLine;
            return (null, string.Create(CultureInfo.InvariantCulture, $"tesseract could not read page {pageNumber} (exit code {run.ExitCode}: {message})"));
        }

        return (Parse(run.Output, pageNumber), null);
    }

    /// <summary>Tesseract's TSV: level, page, block, paragraph, line, word, left, top, width, height, confidence, text.</summary>
    internal static OcrPage Parse(string tsv, int pageNumber)
    {
        var width = 0;
        var height = 0;
        var lines = new List<(int Block, int Paragraph, int Line, List<(LineWord Word, double Top, double Bottom)> Words)>();
        foreach (var row in tsv.Split('\n').Skip(1))
        {
            var cells = row.TrimEnd('\r').Split('\t');
            if (cells.Length < 12 || !int.TryParse(cells[0], CultureInfo.InvariantCulture, out var level))
            {
                continue;
            }

            var left = Number(cells[6]);
            var top = Number(cells[7]);
            var boxWidth = Number(cells[8]);
            var boxHeight = Number(cells[9]);
            if (level == 1)
            {
                (width, height) = ((int)boxWidth, (int)boxHeight);
                continue;
            }

            var text = cells[11].Trim();
            if (level != 5 || text.Length == 0)
            {
                continue;
            }

            var key = (Block: (int)Number(cells[2]), Paragraph: (int)Number(cells[3]), Line: (int)Number(cells[4]));
            var confidence = Math.Clamp(Number(cells[10]), 0, 100);
            if (!text.Any(char.IsLetterOrDigit) && (confidence < SpeckConfidence || text.All(c => ".,:;'\"`~_|•·°".Contains(c))))
            {
                // Dust and specks on a scan come out as stray ".", ":" or "—": a mark standing alone that tesseract doubts,
                // or a dot or colon standing alone, which print never has (it sits against its word).
                continue;
            }

            if (lines.Count == 0 || (lines[^1].Block, lines[^1].Paragraph, lines[^1].Line) != key)
            {
                lines.Add((key.Block, key.Paragraph, key.Line, []));
            }

            lines[^1].Words.Add((new LineWord(text, left, left + boxWidth, confidence), top, top + boxHeight));
        }

        var pageLines = lines
            .Where(line => line.Words.Count > 0)
            .Select(line => new PageLine(
                line.Words.Select(item => item.Word).ToList(),
                line.Words.Min(item => item.Word.Left),
                line.Words.Max(item => item.Word.Right),
                line.Words.Min(item => item.Top),
                line.Words.Max(item => item.Bottom)))
            .ToList();
        return new OcrPage(new PageLines(pageNumber, pageLines, width, height), width, height);
    }

    private static double Number(string cell) =>
        double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;
}

using System.Globalization;
using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Indexer.Parsing.Ocr;

/// <summary>
/// What OCR was sure of: the mean confidence per page and in all, and the words below the floor found again in the
/// document's final text (in reading order, each searched for after the one before) as spans to mark.
/// </summary>
internal static class OcrMarks
{
    /// <summary>A word is looked for at most this far after the previous one (cleaning drops a line now and then).</summary>
    private const int SearchWindow = 400;

    public static OcrInfo Describe(IReadOnlyList<OcrPage> pages, string text, OcrOptions options, string engine)
    {
        var spans = new List<OcrSpan>();
        var cursor = 0;
        foreach (var word in pages.SelectMany(page => page.Words))
        {
            var length = Math.Min(SearchWindow, text.Length - cursor);
            var at = length > 0 ? text.IndexOf(word.Text, cursor, length, StringComparison.Ordinal) : -1;
            if (at < 0)
            {
                continue;
            }

            if (word.Confidence < options.ConfidenceFloor)
            {
                spans.Add(new OcrSpan(at, word.Text.Length, Math.Round(word.Confidence, 1)));
            }

            cursor = at + word.Text.Length;
        }

        var words = pages.SelectMany(page => page.Words).ToList();
        return new OcrInfo
        {
            Engine = engine,
            MeanConfidence = words.Count == 0 ? 0 : Math.Round(words.Average(word => word.Confidence), 1),
            ConfidenceFloor = options.ConfidenceFloor,
            Pages = pages.Select(page =>
            {
                var pageWords = page.Words.ToList();
                return new OcrPageInfo(
                    page.Lines.Number,
                    page.Width,
                    page.Height,
                    pageWords.Count,
                    pageWords.Count == 0 ? 0 : Math.Round(pageWords.Average(word => word.Confidence), 1),
                    pageWords.Count(word => word.Confidence < options.ConfidenceFloor));
            }).ToList(),
            LowConfidence = spans,
        };
    }

    /// <summary>The ledger's note: OCR'd text is never passed off as clean text.</summary>
    public static string Note(OcrInfo ocr)
    {
        var words = ocr.Pages.Sum(page => page.Words);
        var low = ocr.Pages.Sum(page => page.LowConfidenceWords);
        return string.Create(CultureInfo.InvariantCulture, $"Read by OCR ({ocr.Engine}): {ocr.Pages.Count} page{(ocr.Pages.Count == 1 ? "" : "s")}, mean word confidence {ocr.MeanConfidence:0.0}; {low} of {words} words are below {ocr.ConfidenceFloor:0} and marked as uncertain.");
    }
}

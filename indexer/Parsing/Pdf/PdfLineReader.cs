using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Util;

namespace NetralitasSearch.Indexer.Parsing.Pdf;

/// <summary>
/// The lines of a PDF page from its text layer: words that share a baseline (within half a line's height) form a line,
/// lines are read top to bottom and words left to right. Circulars and letters are one column, so this is their
/// reading order; rotated and vertical text is left out. A space glyph that takes no room (the next letter starts where
/// it starts) is not a word break: Chromium writes one where a word could have been hyphenated and was not.
/// </summary>
internal static class PdfLineReader
{
    public static PageLines Read(Page page)
    {
        var letters = page.Letters;
        var kept = new List<Letter>(letters.Count);
        for (var i = 0; i < letters.Count; i++)
        {
            var letter = letters[i];
            if (string.IsNullOrWhiteSpace(letter.Value) && i + 1 < letters.Count
                && Math.Abs(letters[i + 1].StartBaseLine.Y - letter.StartBaseLine.Y) < 0.5
                && letters[i + 1].StartBaseLine.X - letter.StartBaseLine.X < letter.Width / 2)
            {
                continue;
            }

            kept.Add(letter);
        }

        var words = DefaultWordExtractor.Instance.GetWords(kept)
            .Where(word => !string.IsNullOrWhiteSpace(word.Text) && word.TextOrientation is TextOrientation.Horizontal)
            .Select(word => (Word: word, Top: page.Height - word.BoundingBox.Top, Bottom: page.Height - word.BoundingBox.Bottom))
            .OrderBy(item => item.Bottom)
            .ToList();

        var lines = new List<List<(Word Word, double Top, double Bottom)>>();
        foreach (var item in words)
        {
            var height = Math.Max(item.Bottom - item.Top, 1);
            var line = lines.LastOrDefault(candidate => Math.Abs(candidate[0].Bottom - item.Bottom) <= height / 2);
            if (line is null)
            {
                lines.Add([item]);
            }
            else
            {
                line.Add(item);
            }
        }

        var pageLines = lines
            .Select(line => line.OrderBy(item => item.Word.BoundingBox.Left).ToList())
            .Select(line => new PageLine(
                line.Select(item => new LineWord(item.Word.Text, item.Word.BoundingBox.Left, item.Word.BoundingBox.Right)).ToList(),
                line.Min(item => item.Word.BoundingBox.Left),
                line.Max(item => item.Word.BoundingBox.Right),
                line.Min(item => item.Top),
                line.Max(item => item.Bottom)))
            .OrderBy(line => line.Bottom)
            .ToList();
        return new PageLines(page.Number, pageLines, page.Width, page.Height);
    }
}

using System.Text;
using System.Text.RegularExpressions;

namespace NetralitasSearch.Indexer.Parsing.Pdf;

/// <summary>
/// Joins page lines into paragraphs as a reader sees them. A line goes on the previous one when the previous one was
/// wrapped: its first word would not have fitted at the end of the previous line within the text's right edge (a
/// centred letterhead line or the short last line of a paragraph is not wrapped), or the previous line ends in a
/// hyphen. A wider gap than usual, or a numbered point ("1.", "a)"), starts a paragraph. A word hyphenated across lines
/// is joined ("pelaksana-" "an" reads "pelaksanaan"); an Indonesian reduplication split at its hyphen keeps it
/// ("masing-" "masing" reads "masing-masing"), and so does a compound whose next part is capitalised ("non-" "ASN").
/// Paragraphs run on across a page break.
/// </summary>
internal static partial class ParagraphAssembler
{
    /// <summary>A gap between lines this many times the page's usual gap between lines starts a paragraph.</summary>
    public const double ParagraphGap = 1.5;

    public static List<string> Assemble(IReadOnlyList<PageLines> pages)
    {
        var lines = pages.SelectMany(page => page.Lines).ToList();
        if (lines.Count == 0)
        {
            return [];
        }

        var textRight = Percentile(lines.Select(line => line.Right), 0.95);
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        PageLine? previous = null;
        foreach (var page in pages)
        {
            var lineGap = UsualGap(page.Lines);
            for (var i = 0; i < page.Lines.Count; i++)
            {
                var line = page.Lines[i];
                var text = line.Text.Trim();
                if (text.Length == 0)
                {
                    continue;
                }

                var samePage = i > 0;
                if (previous is not null && current.Length > 0 && !Continues(previous, line, samePage ? lineGap : null, textRight, current))
                {
                    Flush(current, paragraphs);
                }

                Append(current, text);
                previous = line;
            }
        }

        Flush(current, paragraphs);
        return paragraphs;
    }

    /// <param name="lineGap">The page's usual gap between lines; null across a page break.</param>
    private static bool Continues(PageLine previous, PageLine line, double? lineGap, double textRight, StringBuilder current)
    {
        if (Point().IsMatch(line.Text))
        {
            return false;
        }

        var height = Math.Max(Math.Min(previous.Height, line.Height), 1);
        if (lineGap is { } usual && line.Top - previous.Bottom > Math.Max(usual * ParagraphGap, usual + height * 0.3))
        {
            return false;
        }

        if (EndsWithHyphen(current))
        {
            return true;
        }

        var firstWord = line.Words[0];
        var space = height * 0.3;
        return previous.Right + space + (firstWord.Right - firstWord.Left) > textRight;
    }

    private static void Append(StringBuilder current, string text)
    {
        if (current.Length == 0)
        {
            current.Append(text);
            return;
        }

        if (EndsWithHyphen(current) && char.IsLower(text[0]))
        {
            var fragment = LastWord(current);
            current.Length--;
            if (text.StartsWith(fragment.ToLowerInvariant(), StringComparison.Ordinal) && fragment.Length >= 2)
            {
                // "masing-" + "masing": a reduplicated word, whose hyphen belongs to it.
                current.Append('-');
            }

            current.Append(text);
            return;
        }

        if (EndsWithHyphen(current) && char.IsLetterOrDigit(text[0]))
        {
            // "non-" + "ASN": a compound split at its own hyphen.
            current.Append(text);
            return;
        }

        current.Append(' ').Append(text);
    }

    private static bool EndsWithHyphen(StringBuilder current) =>
        current.Length >= 2 && current[^1] is '-' or '\u00AD' or '\u2010' && char.IsLetter(current[^2]);

    /// <summary>The letters before the final hyphen.</summary>
    private static string LastWord(StringBuilder current)
    {
        var end = current.Length - 1;
        var start = end;
        while (start > 0 && char.IsLetter(current[start - 1]))
        {
            start--;
        }

        return current.ToString(start, end - start);
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        if (current.Length > 0)
        {
            paragraphs.Add(current.ToString().Replace('\u00AD', '-'));
            current.Clear();
        }
    }

    /// <summary>The gap between lines within a paragraph: a low quantile of the gaps, since paragraph breaks are the wide ones.</summary>
    private static double UsualGap(IReadOnlyList<PageLine> lines)
    {
        var gaps = lines.Zip(lines.Skip(1), (above, below) => below.Top - above.Bottom).Where(gap => gap > 0).ToList();
        return gaps.Count == 0 ? 0 : Percentile(gaps, 0.3);
    }

    private static double Percentile(IEnumerable<double> values, double share)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(share * sorted.Count))];
    }

    [GeneratedRegex(@"^\s*(?:\d{1,2}|[a-zA-Z])[.)]\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex Point();
}

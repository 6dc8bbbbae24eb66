namespace NetralitasSearch.Indexer.Analysis;

/// <summary>
/// Splits text into words for indexing: runs of letters and digits. Codes are kept whole where digits are
/// joined by '/', '.' or '-' ("2024", "800/123/BKPSDM/2024", "5/2014", "19/8/2024"), and hyphenated words
/// stay one word ("masing-masing"). Offsets point into the original text.
/// </summary>
public static class AnalysisTokenizer
{
    public static IEnumerable<(int Start, int Length)> Split(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var hasDigit = false;
            while (i < text.Length)
            {
                if (char.IsLetterOrDigit(text[i]))
                {
                    hasDigit |= char.IsDigit(text[i]);
                    i++;
                    continue;
                }

                // Join across a separator only when a word character follows and the run is a code or a hyphenated word.
                if (i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])
                    && (text[i] == '-' || (text[i] is '/' or '.' && (hasDigit || char.IsDigit(text[i + 1])) && !(text[i] == '.' && !char.IsDigit(text[i + 1])))))
                {
                    i++;
                    continue;
                }

                break;
            }

            yield return (start, i - start);
        }
    }
}

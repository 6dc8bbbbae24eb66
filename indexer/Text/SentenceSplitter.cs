namespace NetralitasSearch.Indexer.Text;

/// <summary>
/// Splits text into sentences with offsets. A period after a title or short abbreviation ("Drs.", "H.",
/// "No.", "Kab.", "S.Pd.") does not end a sentence; a line break always does.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "drs", "dra", "dr", "ir", "h", "hj", "prof", "no", "nomor", "kab", "kec", "jl", "jln", "st", "sh", "se", "mm", "mh",
        "msi", "spd", "sos", "ssos", "kh", "tgk", "yth", "dll", "dsb", "tsb", "bpk", "ibu", "sdr", "pj", "plt", "pjs", "an",
        "ub", "vol", "hal", "ttd", "tgl", "kel", "ds", "prov", "mr", "mrs", "ms", "pd", "kom", "ak", "ag", "ap", "ip",
    };

    public static List<(int Start, int Length)> Split(string text)
    {
        var sentences = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var end = -1;
            if (c == '\n')
            {
                end = i;
            }
            else if (c is '.' or '!' or '?' && IsSentenceEnd(text, i))
            {
                end = i + 1;
                while (end < text.Length && text[end] is '"' or '”' or '’' or '\'' or ')')
                {
                    end++;
                }
            }

            if (end < 0)
            {
                continue;
            }

            Add(text, start, end, sentences);
            start = end;
            i = Math.Max(i, end - 1);
        }

        Add(text, start, text.Length, sentences);
        return sentences;
    }

    private static bool IsSentenceEnd(string text, int index)
    {
        var next = index + 1;
        while (next < text.Length && text[next] is '"' or '”' or '’' or '\'' or ')')
        {
            next++;
        }

        if (next < text.Length && !char.IsWhiteSpace(text[next]))
        {
            return false;
        }

        if (text[index] != '.')
        {
            return true;
        }

        var wordStart = index;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text[wordStart..index];
        return word.Length != 1 && !Abbreviations.Contains(word);
    }

    private static void Add(string text, int start, int end, List<(int, int)> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add((start, end - start));
        }
    }
}

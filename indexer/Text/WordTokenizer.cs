namespace NetralitasSearch.Indexer.Text;

/// <summary>
/// Splits running text into words for the extractors: letters and digits, with inner hyphens and
/// apostrophes kept ("Pare-Pare", "Jum'at"), each with its offsets and whether it opens a sentence.
/// </summary>
public static class WordTokenizer
{
    public static List<Word> Tokenize(string text)
    {
        // Sized for news text (a word and its space take about seven characters), so the list seldom grows and copies.
        var words = new List<Word>((text.Length / 6) + 16);
        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (c is '.' or '!' or '?' or '\n' or '“' or '"' or ':' or '•')
                {
                    // "Kab." and "Drs." end with a period too; an abbreviation is followed by a capital, so a
                    // lone period counts as a sentence end only when the next word is capitalised, which is
                    // exactly when the capital carries no information.
                    sentenceStart = true;
                }

                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '-' or '\'' or '’' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && i > start)))
            {
                i++;
            }

            words.Add(new Word(text[start..i], start, i - start, sentenceStart));
            sentenceStart = false;
        }

        return words;
    }
}

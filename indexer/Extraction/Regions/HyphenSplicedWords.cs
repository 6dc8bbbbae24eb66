using NetralitasSearch.Indexer.Text;

namespace NetralitasSearch.Indexer.Extraction.Regions;

/// <summary>
/// The words of a text with one hyphen-joined word ("Surabaya-Gresik-Lamongan") read as its parts, so that the gazetteer
/// match sees each part with the real words around it (the cue before the first, the words after the last). A copy, made
/// only for the few capitalised hyphen-joined words that list places: the region stage reads its words as a
/// <see cref="List{T}"/> (through an interface each read of a word was a dispatched call), which a view could not be.
/// </summary>
internal static class HyphenSplicedWords
{
    /// <summary>The words with the word at <paramref name="index"/> replaced by its <paramref name="parts"/>.</summary>
    public static List<Word> Splice(List<Word> words, int index, List<Word> parts)
    {
        var spliced = new List<Word>(words.Count + parts.Count - 1);
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(words);
        spliced.AddRange(all[..index]);
        spliced.AddRange(parts);
        spliced.AddRange(all[(index + 1)..]);
        return spliced;
    }

    /// <summary>The parts of the word between its hyphens, with their offsets; the first keeps the word's sentence start.</summary>
    public static List<Word> Parts(Word word)
    {
        var parts = new List<Word>();
        var start = 0;
        for (var k = 0; k <= word.Text.Length; k++)
        {
            if (k == word.Text.Length || word.Text[k] == '-')
            {
                parts.Add(new Word(word.Text[start..k], word.Start + start, k - start, start == 0 && word.SentenceStart));
                start = k + 1;
            }
        }

        return parts;
    }
}

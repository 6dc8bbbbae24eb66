using System.Collections;
using NetralitasSearch.Indexer.Text;

namespace NetralitasSearch.Indexer.Extraction.Regions;

/// <summary>
/// The words of a text with one hyphen-joined word ("Surabaya-Gresik-Lamongan") read as its parts, so that the gazetteer
/// match sees each part with the real words around it (the cue before the first, the words after the last). A view, not
/// a copy: made only for the few capitalised hyphen-joined words that match no name whole.
/// </summary>
internal sealed class HyphenSplicedWords(IReadOnlyList<Word> words, int index, IReadOnlyList<Word> parts) : IReadOnlyList<Word>
{
    public Word this[int position] =>
        position < index ? words[position] : position < index + parts.Count ? parts[position - index] : words[position - parts.Count + 1];

    public int Count => words.Count + parts.Count - 1;

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

    public IEnumerator<Word> GetEnumerator()
    {
        for (var position = 0; position < Count; position++)
        {
            yield return this[position];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

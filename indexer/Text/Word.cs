namespace NetralitasSearch.Indexer.Text;

/// <summary>A word of running text with its offsets and what its capitals say.</summary>
/// <param name="SentenceStart">The first word of a sentence, a paragraph or a quotation: its capital says nothing.</param>
public readonly record struct Word(string Text, int Start, int Length, bool SentenceStart)
{
    public int End => Start + Length;

    /// <summary>The word in lower case, computed once (the extractors compare it many times).</summary>
    public string Lower { get; init; } = Text.ToLowerInvariant();

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    public bool IsAllCaps
    {
        get
        {
            var letters = false;
            foreach (var c in Text)
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                letters |= char.IsLetter(c);
            }

            return letters;
        }
    }
}

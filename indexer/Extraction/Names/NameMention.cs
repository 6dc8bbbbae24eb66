namespace NetralitasSearch.Indexer.Extraction.Names;

/// <summary>A name the tagger found: its class, the words it covers and its character offsets in the text.</summary>
public readonly record struct NameMention(NameClass Class, int FirstWord, int WordCount, int Start, int Length)
{
    public int End => Start + Length;

    public int LastWord => FirstWord + WordCount - 1;
}

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NetralitasSearch.Indexer.Analysis;

/// <summary>
/// The word rules of <see cref="AnalysisTokenizer"/> as a Lucene tokenizer: codes kept whole ("800/123/BKPSDM/2024",
/// "5/2014"), hyphenated words one word, offsets into the original text. A word longer than
/// <see cref="MaxWordLength"/> characters (a pasted hash or base64 blob) is skipped: Lucene refuses terms past 32 KB,
/// and no one searches for such a word.
/// </summary>
public sealed class IndonesianTokenizer : Tokenizer
{
    public const int MaxWordLength = 255;

    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private readonly IPositionIncrementAttribute increment;
    private string text = "";
    private readonly List<(int Start, int Length)> words = [];
    private int next;

    public IndonesianTokenizer(TextReader input)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        var skipped = 0;
        while (next < words.Count)
        {
            var (start, length) = words[next++];
            if (length > MaxWordLength)
            {
                skipped++;
                continue;
            }

            text.CopyTo(start, term.ResizeBuffer(length), 0, length);
            term.Length = length;
            offset.SetOffset(CorrectOffset(start), CorrectOffset(start + length));
            increment.PositionIncrement = 1 + skipped;
            return true;
        }

        return false;
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(text.Length);
        offset.SetOffset(final, final);
    }

    public override void Reset()
    {
        base.Reset();
        // Lucene.Net's reusable string reader gives null, not "", for an empty text (an empty title).
        text = m_input.ReadToEnd() ?? "";
        // The list is kept for the next text (the analyzer reuses its tokenizer per thread): no array per text.
        words.Clear();
        foreach (var word in AnalysisTokenizer.Split(text))
        {
            words.Add(word);
        }

        next = 0;
    }
}

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using AnalyzedToken = NetralitasSearch.Indexer.Analysis.Token;

namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// Tokens the analyzer has already produced, played back to the index: a body is analyzed once, indexed in <c>all</c>
/// and fingerprinted from the same terms. Several values (the body, then the title as many times as its weight in
/// <c>all</c>) play back as one stream, each value <see cref="Gap"/> positions after the last, exactly where Lucene puts
/// the values of a field added once per value (its position increment gap): the same term frequencies and length norm,
/// without a token stream, its attributes and a field inversion per value. The values after the first may be made to
/// start no earlier than a given position (the title's copies above every body position).
/// </summary>
internal sealed class TokenReplay : TokenStream
{
    /// <summary>Positions between two values: the analyzer's gap, as Lucene adds between values of one field.</summary>
    public const int Gap = Analysis.IndonesianAnalyzer.ValueGap;

    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private readonly IPositionIncrementAttribute increment;
    private readonly IPayloadAttribute payload;

    private IReadOnlyList<IReadOnlyList<AnalyzedToken>> values;

    /// <summary>The earliest position of the values after the first.</summary>
    private int restFrom;
    private int value;
    private int next;

    /// <summary>Where the value being played starts: where Lucene would begin it, were it a field value of its own.</summary>
    private int start;

    /// <summary>One past the last token of the values so far, or their start: where the next value's gap counts from.</summary>
    private int end;

    /// <summary>One past the position of the last token played (Lucene's field position), 0 before the first.</summary>
    private int position;

    public TokenReplay(IReadOnlyList<AnalyzedToken> tokens)
        : this([tokens])
    {
    }

    /// <param name="restFrom">The earliest position of the second and later values (0: right after the gap).</param>
    public TokenReplay(IReadOnlyList<IReadOnlyList<AnalyzedToken>> values, int restFrom = 0)
    {
        this.values = values;
        this.restFrom = restFrom;
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
        payload = AddAttribute<IPayloadAttribute>();
    }

    /// <summary>The stream made to play other values from their start (a stream kept per thread, <see cref="ReplayField"/>).</summary>
    public TokenReplay Play(IReadOnlyList<IReadOnlyList<AnalyzedToken>> others, int restFrom = 0)
    {
        values = others;
        this.restFrom = restFrom;
        Reset();
        return this;
    }

    public override bool IncrementToken()
    {
        while (next >= values[value].Count)
        {
            if (value + 1 >= values.Count)
            {
                return false;
            }

            // As Lucene between two values of a field: the gap, after the last token of the value before (if any).
            value++;
            next = 0;
            start = Math.Max(end + Gap, restFrom);
            end = start;
        }

        ClearAttributes();
        var token = values[value][next++];
        var at = start + token.Position;
        term.SetEmpty().Append(token.Term);
        offset.SetOffset(token.Start, token.Start + token.Length);

        // Lucene places a token at (its field position + increment - 1), its field position being one past the last token.
        increment.PositionIncrement = at - position + 1;
        position = at + 1;
        end = at + 1;
        if (token.Words > 1)
        {
            payload.Payload = new Lucene.Net.Util.BytesRef([(byte)token.Words]);
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        value = 0;
        next = 0;
        start = 0;
        end = 0;
        position = 0;
    }

    /// <summary>Lucene disposes a field's stream after inverting it; a kept one lives on for the thread's next field.</summary>
    protected override void Dispose(bool disposing)
    {
    }
}

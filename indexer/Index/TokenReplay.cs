using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using AnalyzedToken = NetralitasSearch.Indexer.Analysis.Token;

namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// Tokens the analyzer has already produced, played back to the index: a body is analyzed once and indexed in two
/// fields (<c>text</c> and <c>all</c>) and fingerprinted from the same terms.
/// </summary>
internal sealed class TokenReplay : TokenStream
{
    private readonly IReadOnlyList<AnalyzedToken> tokens;
    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private readonly IPositionIncrementAttribute increment;
    private readonly IPayloadAttribute payload;
    private int next;
    private int position;

    public TokenReplay(IReadOnlyList<AnalyzedToken> tokens)
    {
        this.tokens = tokens;
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
        payload = AddAttribute<IPayloadAttribute>();
    }

    public override bool IncrementToken()
    {
        if (next >= tokens.Count)
        {
            return false;
        }

        ClearAttributes();
        var token = tokens[next++];
        term.SetEmpty().Append(token.Term);
        offset.SetOffset(token.Start, token.Start + token.Length);
        increment.PositionIncrement = token.Position - position + 1;
        position = token.Position + 1;
        if (token.Words > 1)
        {
            payload.Payload = new Lucene.Net.Util.BytesRef([(byte)token.Words]);
        }
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        next = 0;
        position = 0;
    }
}

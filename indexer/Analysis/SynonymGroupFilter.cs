using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace NetralitasSearch.Indexer.Analysis;

/// <summary>
/// At index time: wherever a variant of a synonym group stands (its words in order), adds the group's term at the
/// position of its first word, with the number of words it covers as the payload (so a snippet marks them all). Reads
/// ahead as many words as the longest variant has.
/// </summary>
public sealed class SynonymGroupFilter : TokenFilter
{
    private readonly SynonymGroups groups;
    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute increment;
    private readonly IOffsetAttribute offset;
    private readonly IPayloadAttribute payload;
    private readonly List<(State State, string Term, int Increment, int End)> ahead = [];
    private readonly Queue<(string Term, int Words, int End)> marks = new();
    private readonly HashSet<SynonymGroup> marked = [];
    private State? current;
    private bool exhausted;

    public SynonymGroupFilter(TokenStream input, SynonymGroups groups)
        : base(input)
    {
        this.groups = groups;
        term = AddAttribute<ICharTermAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
        payload = AddAttribute<IPayloadAttribute>();
    }

    public override bool IncrementToken()
    {
        if (marks.Count > 0)
        {
            var (group, words, end) = marks.Dequeue();
            RestoreState(current);
            term.SetEmpty().Append(group);
            increment.PositionIncrement = 0;
            offset.SetOffset(offset.StartOffset, end);
            payload.Payload = new BytesRef([(byte)Math.Min(words, byte.MaxValue)]);
            return true;
        }

        while (!exhausted && ahead.Count < Math.Max(1, groups.Longest))
        {
            if (!m_input.IncrementToken())
            {
                exhausted = true;
                break;
            }

            ahead.Add((CaptureState(), term.ToString(), increment.PositionIncrement, offset.EndOffset));
        }

        if (ahead.Count == 0)
        {
            return false;
        }

        var head = ahead[0];
        ahead.RemoveAt(0);
        current = head.State;
        RestoreState(head.State);
        marked.Clear();
        foreach (var (terms, group) in groups.StartingWith(head.Term))
        {
            if (!marked.Contains(group) && Follows(terms))
            {
                marked.Add(group);
                marks.Enqueue((group.Term, terms.Count, terms.Count == 1 ? head.End : ahead[terms.Count - 2].End));
            }
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        ahead.Clear();
        marks.Clear();
        current = null;
        exhausted = false;
    }

    /// <summary>Whether the words read ahead continue the variant, each right after the one before.</summary>
    private bool Follows(IReadOnlyList<string> terms)
    {
        if (terms.Count - 1 > ahead.Count)
        {
            return false;
        }

        for (var k = 1; k < terms.Count; k++)
        {
            if (ahead[k - 1].Increment != 1 || !string.Equals(ahead[k - 1].Term, terms[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}

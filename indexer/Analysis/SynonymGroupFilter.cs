using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace NetralitasSearch.Indexer.Analysis;

/// <summary>
/// At index time: wherever a variant of a synonym group stands (its words in order), adds the group's term at the
/// position of its first word, with the number of words it covers as the payload (so a snippet marks them all). Only a
/// word that starts some variant makes it read ahead (as many words as that word's longest variant has); every other
/// word passes through untouched, without copying its attributes.
/// </summary>
public sealed class SynonymGroupFilter : TokenFilter
{
    private readonly SynonymGroups groups;
    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute increment;
    private readonly IOffsetAttribute offset;
    private readonly IPayloadAttribute payload;

    /// <summary>Words read past the current one, in order (a few at most).</summary>
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

        State? head = null;
        if (ahead.Count > 0)
        {
            head = ahead[0].State;
            ahead.RemoveAt(0);
            RestoreState(head);
        }
        else if (exhausted || !m_input.IncrementToken())
        {
            exhausted = true;
            return false;
        }

        var variants = groups.StartingWith(term.Buffer.AsSpan(0, term.Length));
        if (variants.Count == 0)
        {
            return true;
        }

        // Variants are longest first: read ahead as far as the longest needs, then come back to this word.
        current = head ?? CaptureState();
        var headEnd = offset.EndOffset;
        var read = false;
        while (!exhausted && ahead.Count < variants[0].Terms.Count - 1)
        {
            // Moving the input changes the attributes (cleared at its end too): the word is restored below.
            read = true;
            if (!m_input.IncrementToken())
            {
                exhausted = true;
                break;
            }

            ahead.Add((CaptureState(), term.ToString(), increment.PositionIncrement, offset.EndOffset));
        }

        if (read)
        {
            RestoreState(current);
        }

        marked.Clear();
        foreach (var (terms, group) in variants)
        {
            if (!marked.Contains(group) && Follows(terms))
            {
                marked.Add(group);
                marks.Enqueue((group.Term, terms.Count, terms.Count == 1 ? headEnd : ahead[terms.Count - 2].End));
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

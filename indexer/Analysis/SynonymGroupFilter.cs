using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace NetralitasSearch.Indexer.Analysis;

/// <summary>
/// At index time: wherever a variant of a synonym group stands (its words in order), adds the group's term at the
/// position of its first word, with the number of words it covers as the payload (so a snippet marks them all). Only a
/// word that starts some variant makes it read ahead (as many words as that word's longest variant has); every other
/// word passes through untouched, without copying its attributes. A word kept for later is copied into a spare copy of
/// the attributes the stream reuses (Lucene's CaptureState cloned every attribute of every such word: about 5 % of a
/// bulk load's CPU in its profile, where common words like "tidak" and "kepala" start variants).
/// </summary>
public sealed class SynonymGroupFilter : TokenFilter
{
    private readonly SynonymGroups groups;
    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute increment;
    private readonly IOffsetAttribute offset;
    private readonly IPayloadAttribute payload;

    /// <summary>Words read past the current one, in order (a few at most).</summary>
    private readonly List<(AttributeSource Copy, string Term, int Increment, int End)> ahead = [];
    private readonly Queue<(string Term, int Words, int End)> marks = new();
    private readonly HashSet<SynonymGroup> marked = [];

    /// <summary>Copies of the attributes not holding a word, for the next words kept; made anew for each text.</summary>
    private readonly Stack<AttributeSource> spare = new();
    private AttributeSource? current;
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
            current!.CopyTo(this);
            term.SetEmpty().Append(group);
            increment.PositionIncrement = 0;
            offset.SetOffset(offset.StartOffset, end);
            payload.Payload = new BytesRef([(byte)Math.Min(words, byte.MaxValue)]);
            return true;
        }

        AttributeSource? head = null;
        if (ahead.Count > 0)
        {
            head = ahead[0].Copy;
            ahead.RemoveAt(0);
            head.CopyTo(this);
        }
        else if (exhausted || !m_input.IncrementToken())
        {
            exhausted = true;
            return false;
        }

        var variants = groups.StartingWith(term.Buffer.AsSpan(0, term.Length));
        if (variants.Count == 0)
        {
            Release(head);
            return true;
        }

        // Variants are longest first: read ahead as far as the longest needs, then come back to this word.
        Release(current);
        current = head ?? Capture();
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

            ahead.Add((Capture(), term.ToString(), increment.PositionIncrement, offset.EndOffset));
        }

        if (read)
        {
            current.CopyTo(this);
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

        // Copies are made of the attributes as the next text's consumer has them (it may add attributes before this).
        spare.Clear();
    }

    /// <summary>The attributes as they stand now, in a spare copy (made only when none is spare).</summary>
    private AttributeSource Capture()
    {
        var copy = spare.Count > 0 ? spare.Pop() : CloneAttributes();
        CopyTo(copy);
        return copy;
    }

    private void Release(AttributeSource? copy)
    {
        if (copy is not null)
        {
            spare.Push(copy);
        }
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

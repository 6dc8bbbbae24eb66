using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// Where the query's words stand in the text of each shown hit, read from the index's body positions in <c>all</c>
/// (those below <see cref="IndexFields.TitleBase"/>):
/// per segment, each highlighted term is looked up once and its postings advanced through that segment's hits in
/// order; a prefix stands for its first terms in the segment; a synonym group's term marks the words of the variant it
/// stands on. No text is analyzed for a snippet.
/// </summary>
internal static class PassageMatches
{
    /// <summary>Terms a prefix stands for, per segment.</summary>
    private const int MaxPrefixTerms = 64;

    /// <param name="shown">The hits as (segment, document in it).</param>
    /// <returns>Per hit, its matched positions with the number of the term matched there, by position.</returns>
    public static List<(int Position, int Term)>[] Of(IList<AtomicReaderContext> leaves, IReadOnlyList<(int Leaf, int Doc)> shown, HighlightTerms highlight)
    {
        var matches = shown.Select(_ => new List<(int, int)>()).ToArray();
        var terms = highlight.Terms.Order(StringComparer.Ordinal).ToList();
        foreach (var group in Enumerable.Range(0, shown.Count).GroupBy(i => shown[i].Leaf))
        {
            var reader = leaves[group.Key].AtomicReader;
            var hits = group.OrderBy(i => shown[i].Doc).ToList();
            var termsEnum = reader.GetTerms(IndexFields.All)?.GetEnumerator();
            if (termsEnum is null)
            {
                continue;
            }

            DocsAndPositionsEnum? postings = null;
            for (var t = 0; t < terms.Count; t++)
            {
                if (termsEnum.SeekExact(new BytesRef(terms[t])))
                {
                    postings = Collect(termsEnum, postings, reader.LiveDocs, hits, shown, matches, t);
                }
            }

            for (var p = 0; p < highlight.Prefixes.Count; p++)
            {
                var prefix = new BytesRef(highlight.Prefixes[p]);
                if (termsEnum.SeekCeil(prefix) == TermsEnum.SeekStatus.END)
                {
                    continue;
                }

                for (var count = 0; count < MaxPrefixTerms && StringHelper.StartsWith(termsEnum.Term, prefix); count++)
                {
                    postings = Collect(termsEnum, postings, reader.LiveDocs, hits, shown, matches, terms.Count + p);
                    if (!termsEnum.MoveNext())
                    {
                        break;
                    }
                }
            }
        }

        foreach (var list in matches)
        {
            list.Sort();
        }

        return matches;
    }

    private static DocsAndPositionsEnum? Collect(TermsEnum termsEnum, DocsAndPositionsEnum? reuse, IBits? live, List<int> hits, IReadOnlyList<(int Leaf, int Doc)> shown, List<(int, int)>[] matches, int term)
    {
        var postings = termsEnum.DocsAndPositions(live, reuse, DocsAndPositionsFlags.PAYLOADS);
        if (postings is null)
        {
            return reuse;
        }

        foreach (var i in hits)
        {
            var doc = shown[i].Doc;
            var at = postings.DocID < doc ? postings.Advance(doc) : postings.DocID;
            if (at == DocIdSetIterator.NO_MORE_DOCS)
            {
                break;
            }

            if (at != doc)
            {
                continue;
            }

            for (var k = postings.Freq; k > 0; k--)
            {
                // A synonym group's term covers as many words as its payload says. Past the body stand the title's copies.
                var position = postings.NextPosition();
                if (position >= IndexFields.TitleBase)
                {
                    break;
                }

                var words = postings.GetPayload() is { Length: > 0 } span ? span.Bytes[span.Offset] : 1;
                for (var w = 0; w < words; w++)
                {
                    matches[i].Add((position + w, term));
                }
            }
        }

        return postings;
    }
}

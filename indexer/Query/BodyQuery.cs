using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using NetralitasSearch.Indexer.Index;
using AnalyzedToken = NetralitasSearch.Indexer.Analysis.Token;

namespace NetralitasSearch.Indexer.Query;

/// <summary>
/// <c>text:</c> queries. The body is indexed once, in <c>all</c>, below <see cref="IndexFields.TitleBase"/> (the title's
/// copies stand above it), so a body-only query is a span query over <c>all</c> that ends at or before that position.
/// A word, a phrase, a prefix and a fuzzy word match exactly the documents whose body holds them. A sloppy phrase
/// (<c>text:"a b"~5</c>) is a span of the words within that many positions in any order: every document a phrase query
/// with that slop matches, and also words written in reverse order within the slop (a phrase query charges a reversal
/// two positions); a phrase that repeats a word keeps the written order.
/// </summary>
internal static class BodyQuery
{
    /// <summary>Analyzed words: one word, or a phrase (exact when <paramref name="slop"/> is 0).</summary>
    public static SpanQuery Words(IReadOnlyList<AnalyzedToken> tokens, int slop)
    {
        if (tokens.Count == 1)
        {
            return InBody(Word(tokens[0].Term));
        }

        // Positions the analysis skipped between the words (none from our tokenizer) widen the span by as many.
        var skipped = tokens[^1].Position - tokens[0].Position - (tokens.Count - 1);
        var repeated = tokens.Select(t => t.Term).Distinct(StringComparer.Ordinal).Count() < tokens.Count;
        var clauses = tokens.Select(t => (SpanQuery)Word(t.Term)).ToArray();
        return InBody(new SpanNearQuery(clauses, slop + Math.Max(0, skipped), inOrder: slop == 0 || repeated));
    }

    public static SpanQuery Prefix(string lower) =>
        InBody(new SpanMultiTermQueryWrapper<PrefixQuery>(new PrefixQuery(new Term(IndexFields.All, lower))));

    public static SpanQuery Fuzzy(string term, int edits) =>
        InBody(new SpanMultiTermQueryWrapper<FuzzyQuery>(new FuzzyQuery(new Term(IndexFields.All, term), edits)));

    private static SpanTermQuery Word(string term) => new(new Term(IndexFields.All, term));

    private static SpanFirstQuery InBody(SpanQuery query) => new(query, IndexFields.TitleBase);
}

using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using LuceneQuery = Lucene.Net.Search.Query;
using LuceneSearcher = Lucene.Net.Search.IndexSearcher;

namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// The words a query asks for in the text fields, as index terms, and its prefixes: what the snippets mark. Words under
/// a NOT are not marked; a fuzzy word is marked as the words it matched (the query rewritten against the index).
/// </summary>
internal sealed class HighlightTerms
{
    public HashSet<string> Terms { get; } = new(StringComparer.Ordinal);

    public List<string> Prefixes { get; } = [];

    public static HighlightTerms Of(IEnumerable<LuceneQuery> queries, LuceneSearcher searcher)
    {
        var highlight = new HighlightTerms();
        foreach (var query in queries)
        {
            highlight.Walk(query, searcher);
        }

        return highlight;
    }

    private static bool IsText(string field) => field is IndexFields.All or IndexFields.Title;

    private void WalkAll(SpanQuery[] clauses, LuceneSearcher searcher)
    {
        foreach (var clause in clauses)
        {
            Walk(clause, searcher);
        }
    }

    private void Walk(LuceneQuery query, LuceneSearcher searcher)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                // By index: the clause list's enumerator is a struct boxed behind IEnumerable (a hundredth of a search).
                var clauses = boolean.Clauses;
                for (var i = 0; i < clauses.Count; i++)
                {
                    if (clauses[i].Occur != Occur.MUST_NOT)
                    {
                        Walk(clauses[i].Query, searcher);
                    }
                }

                break;
            case DisjunctionMaxQuery disjunction:
                foreach (var disjunct in disjunction.Disjuncts)
                {
                    Walk(disjunct, searcher);
                }

                break;
            case TermQuery term when IsText(term.Term.Field):
                Terms.Add(term.Term.Text);
                break;
            case PhraseQuery phrase:
                Terms.UnionWith(phrase.GetTerms().Where(t => IsText(t.Field)).Select(t => t.Text));
                break;
            case PrefixQuery prefix when IsText(prefix.Prefix.Field):
                Prefixes.Add(prefix.Prefix.Text);
                break;
            case FuzzyQuery fuzzy when IsText(fuzzy.Term.Field):
                Walk(searcher.Rewrite(fuzzy), searcher);
                break;

            // text: queries (Query.BodyQuery): spans over the body's positions in all.
            case SpanFirstQuery first:
                Walk(first.Match, searcher);
                break;
            case SpanNearQuery near:
                WalkAll(near.GetClauses(), searcher);
                break;
            case SpanOrQuery or:
                WalkAll(or.GetClauses(), searcher);
                break;
            case SpanTermQuery span when IsText(span.Term.Field):
                Terms.Add(span.Term.Text);
                break;
            case SpanMultiTermQueryWrapper<PrefixQuery> prefix:
                Walk(prefix.WrappedQuery, searcher);
                break;
            case SpanMultiTermQueryWrapper<FuzzyQuery> fuzzy:
                Walk(searcher.Rewrite(fuzzy), searcher);
                break;
        }
    }
}

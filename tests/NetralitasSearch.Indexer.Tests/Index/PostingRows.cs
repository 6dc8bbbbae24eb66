using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace NetralitasSearch.Indexer.Tests.Index;

/// <summary>Every term of every field of a segment with its documents and frequencies, one row per term: what two ways of indexing must agree on.</summary>
internal static class PostingRows
{
    public static List<string> Of(AtomicReader leaf, Func<BytesRef, string> term)
    {
        var rows = new List<string>();
        foreach (var field in leaf.Fields)
        {
            var terms = leaf.GetTerms(field).GetEnumerator();
            while (terms.MoveNext())
            {
                var docs = terms.Docs(null, null, DocsFlags.FREQS);
                var postings = new List<string>();
                while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    postings.Add($"{docs.DocID} freqs {docs.Freq}");
                }

                rows.Add($"{field}:{term(terms.Term)} docs {string.Join(", ", postings)}");
            }
        }

        return rows;
    }
}

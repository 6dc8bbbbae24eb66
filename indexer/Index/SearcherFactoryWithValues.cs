using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using LuceneSearcher = Lucene.Net.Search.IndexSearcher;

namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// Opens each new point-in-time searcher with BM25 and reads the values of its new segments and its cluster members
/// right away, on the thread that reopens (after an ingest batch), so no search pays for a freshly merged segment.
/// </summary>
internal sealed class SearcherFactoryWithValues(ValuesCache cache) : Lucene.Net.Search.SearcherFactory
{
    public override LuceneSearcher NewSearcher(IndexReader reader)
    {
        cache.Members(reader);
        return new LuceneSearcher(reader) { Similarity = new BM25Similarity() };
    }
}

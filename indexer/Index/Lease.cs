using Lucene.Net.Search;
using LuceneSearcher = Lucene.Net.Search.IndexSearcher;

namespace NetralitasSearch.Indexer.Index;

/// <summary>A point-in-time searcher held for one request and given back after it (so a reopen never closes it mid-search).</summary>
internal readonly struct Lease(SearcherManager? manager, LuceneSearcher? searcher) : IDisposable
{
    public LuceneSearcher? Searcher => searcher;

    public void Dispose()
    {
        if (manager is not null && searcher is not null)
        {
            manager.Release(searcher);
        }
    }
}

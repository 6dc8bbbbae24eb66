namespace NetralitasSearch.Indexer.Index;

public enum SortOrder
{
    Relevance,
    Date,
}

namespace NetralitasSearch.Indexer.Documents;

public enum DocumentFormat
{
    Html,
    Text,
    Markdown,
}

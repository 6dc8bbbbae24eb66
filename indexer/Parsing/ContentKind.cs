namespace NetralitasSearch.Indexer.Parsing;

/// <summary>What the bytes of a file are, from magic numbers first and the file name second.</summary>
public enum ContentKind
{
    Html,
    Text,
    Markdown,
    Pdf,
    Binary,
}

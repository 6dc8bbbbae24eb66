namespace NetralitasSearch.Indexer.Parsing;

/// <summary>Why a file could not become a document. All of these are content failures: retrying cannot help.</summary>
public enum ParseFailureKind
{
    Empty,
    TooLarge,
    UnsupportedFormat,
    NoText,
}

namespace NetralitasSearch.Indexer.Parsing;

/// <summary>Why a file could not become a document. All of these are content failures: retrying cannot help.</summary>
public enum ParseFailureKind
{
    Empty,
    TooLarge,
    UnsupportedFormat,
    NoText,

    /// <summary>A PDF that needs a password to be read.</summary>
    Encrypted,

    /// <summary>A file whose structure is broken (a truncated or corrupt PDF or image).</summary>
    Damaged,

    /// <summary>A file past a named limit once opened: pages, pixels, decompressed bytes.</summary>
    LimitExceeded,

    /// <summary>A file that needs a tool this machine lacks (tesseract, pdftoppm) or that the tool could not read in time.</summary>
    OcrFailed,
}

namespace NetralitasSearch.Functions.Originals;

/// <summary>What an original file is, from its bytes first (as the parser decides) and the document's format second.</summary>
public enum OriginalKind
{
    Pdf,
    Png,
    Jpeg,
    Html,
    Text,
    Markdown,

    /// <summary>Bytes that are none of the above any more (the blob was replaced by something else since it was read).</summary>
    Other,
}

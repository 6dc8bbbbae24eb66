namespace NetralitasSearch.Indexer.Documents;

public enum DocumentFormat
{
    Html,
    Text,
    Markdown,

    /// <summary>A PDF: its text layer, and OCR for pages that have none.</summary>
    Pdf,

    /// <summary>An image (PNG, JPEG) read by OCR.</summary>
    Image,
}

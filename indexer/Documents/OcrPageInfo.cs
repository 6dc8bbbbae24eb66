namespace NetralitasSearch.Indexer.Documents;

/// <summary>One page read by OCR: its number in the file (1 for an image), size as read, and its words' confidence.</summary>
public sealed record OcrPageInfo(int Page, int Width, int Height, int Words, double MeanConfidence, int LowConfidenceWords);

namespace NetralitasSearch.Indexer.Documents;

/// <summary>
/// How a document's text was read by OCR (a scanned PDF or an image): the engine, the confidence of its words, and which
/// stretches of the text it was unsure of. Text read below the floor is kept, so that it can be found, but marked here and
/// in the ledger, so that nobody takes it for clean text.
/// </summary>
public sealed record OcrInfo
{
    /// <summary>The engine and its language model, as run ("tesseract 5.3.0, ind").</summary>
    public required string Engine { get; init; }

    /// <summary>The mean confidence of the words read, 0–100.</summary>
    public required double MeanConfidence { get; init; }

    /// <summary>Words below this confidence are marked in <see cref="LowConfidence"/>.</summary>
    public required double ConfidenceFloor { get; init; }

    public IReadOnlyList<OcrPageInfo> Pages { get; init; } = [];

    /// <summary>Words below the floor, as offsets into the document's text.</summary>
    public IReadOnlyList<OcrSpan> LowConfidence { get; init; } = [];
}

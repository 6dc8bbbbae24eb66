namespace NetralitasSearch.Indexer.Documents;

/// <summary>A word OCR read below the confidence floor: <c>Text.Substring(Start, Length)</c>, with its confidence (0–100).</summary>
public sealed record OcrSpan(int Start, int Length, double Confidence);

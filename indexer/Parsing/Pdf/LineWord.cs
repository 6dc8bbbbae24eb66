namespace NetralitasSearch.Indexer.Parsing.Pdf;

/// <summary>A word on a page line, with its horizontal extent and, from OCR, its confidence (100 for a text layer).</summary>
internal sealed record LineWord(string Text, double Left, double Right, double Confidence = 100);

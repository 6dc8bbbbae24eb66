namespace NetralitasSearch.Indexer.Extraction.Violations;

/// <summary>A kind found in the text, with the sentence that justifies it and its offsets in the body.</summary>
public sealed record ViolationFinding(ViolationKind Kind, string Evidence, int Start, int Length);

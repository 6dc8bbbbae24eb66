namespace NetralitasSearch.Indexer.Parsing;

/// <param name="Reason">A plain-language explanation for the ledger and the operator.</param>
public sealed record ParseFailure(ParseFailureKind Kind, string Reason);

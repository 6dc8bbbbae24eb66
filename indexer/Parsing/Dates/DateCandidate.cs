namespace NetralitasSearch.Indexer.Parsing.Dates;

/// <summary>A date that may be the publication date, and where it was read.</summary>
internal sealed record DateCandidate(DateOnly Date, DateOrigin Origin);

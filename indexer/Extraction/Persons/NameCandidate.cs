namespace NetralitasSearch.Indexer.Extraction.Persons;

/// <summary>A person read at one place in the text, before mentions of the same person are merged.</summary>
internal sealed record NameCandidate(string Name, string Original, string? Position, int Start, int Length, string? Regency);

namespace NetralitasSearch.Indexer.Index.Memory;

/// <summary>What the in-memory index keeps of one document: its terms and the attributes filters and facets read.</summary>
internal sealed record MemoryDocument(
    long RowId,
    IReadOnlyList<(int TermId, int Frequency)> Terms,
    int Length,
    int SortDays,
    string? Source,
    IReadOnlyList<string> RegencyCodes,
    IReadOnlyList<string> ProvinceCodes,
    IReadOnlyList<(string Name, string? Position)> Persons,
    IReadOnlyList<string> Violations,
    long Cluster);

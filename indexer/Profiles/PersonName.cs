namespace NetralitasSearch.Indexer.Profiles;

/// <summary>One person as a document names them: the clean name and the other ways the same text names them.</summary>
public sealed record PersonName(string Name, IReadOnlyList<string> Aliases);

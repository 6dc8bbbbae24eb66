namespace NetralitasSearch.Indexer.Profiles;

/// <summary>One person across documents: the name shown, the other names merged into it, and every name's key.</summary>
public sealed record PersonGroup(string Name, IReadOnlyList<string> Aliases, IReadOnlySet<string> Keys);

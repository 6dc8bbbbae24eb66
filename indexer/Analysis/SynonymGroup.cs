namespace NetralitasSearch.Indexer.Analysis;

/// <summary>One group of <see cref="SynonymGroups"/>: the term the index holds wherever a variant stands, and the variants.</summary>
public sealed record SynonymGroup(string Term, IReadOnlyList<IReadOnlyList<string>> Variants);

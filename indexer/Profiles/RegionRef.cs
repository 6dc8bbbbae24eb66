namespace NetralitasSearch.Indexer.Profiles;

/// <summary>A regency or city by code and name, for a link to its page.</summary>
public sealed record RegionRef(string Code, string Name);

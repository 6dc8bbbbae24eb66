namespace NetralitasSearch.Indexer.Extraction.Regions;

/// <summary>One autocomplete answer: the region, and the alias that matched when it was not the official name ("OKU").</summary>
public sealed record RegionSuggestion(Region Region, string? Alias);

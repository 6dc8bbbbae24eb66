using NetralitasSearch.Indexer.Index;

namespace NetralitasSearch.Functions.Aggregates;

/// <summary>An aggregate asked over HTTP: the search, the field (and the second field) to count by, how many values, JSON or CSV.</summary>
public sealed record AggregateRequest(SearchRequest Search, AggregateField By, AggregateField? Then, int? Limit, bool Csv);

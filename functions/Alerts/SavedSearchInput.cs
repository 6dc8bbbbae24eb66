namespace NetralitasSearch.Functions.Alerts;

/// <summary>The body of <c>POST /api/alerts</c>.</summary>
public sealed record SavedSearchInput(string? Name, string? Query, IReadOnlyDictionary<string, string>? Filters, string? Webhook);

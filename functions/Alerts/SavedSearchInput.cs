namespace NetralitasSearch.Functions.Alerts;

/// <summary>The body of <c>POST /api/alerts</c> and <c>POST /api/subscriptions</c>: a webhook or an e-mail address.</summary>
public sealed record SavedSearchInput(string? Name, string? Query, IReadOnlyDictionary<string, string>? Filters, string? Webhook, string? Email = null);

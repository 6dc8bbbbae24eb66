namespace NetralitasSearch.Functions.Scraping;

/// <summary>A feed read: how many items it has, how many of them are new, and the URL list (in sources) they were handed on in.</summary>
public sealed record FeedExpansion(FeedKind Kind, int Items, int NewItems, string? ListBlob);

using NetralitasSearch.Functions.Ledger;

namespace NetralitasSearch.Functions.Scraping;

/// <summary>What became of one URL: its ledger state and reason, whether a new page version was stored, how many new feed items it gave.</summary>
public sealed record UrlOutcome(string Url, LedgerState State, string? Reason = null, bool NewVersion = false, int NewItems = 0);

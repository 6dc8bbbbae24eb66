namespace NetralitasSearch.Functions.Scraping;

/// <summary>How fetching one URL ended; the ledger states of the same names.</summary>
public enum FetchOutcome
{
    Fetched,
    SkippedRobots,
    Failed,
}

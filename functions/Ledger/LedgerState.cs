namespace NetralitasSearch.Functions.Ledger;

/// <summary>Where one source (a blob, a fetched URL) is in its life. Kebab-case in JSON and metadata ("skipped-robots").</summary>
public enum LedgerState
{
    Queued,
    Processing,
    Indexed,
    Failed,
    Poisoned,
    Skipped,
    Deleted,
    Fetched,
    SkippedRobots,
}

namespace NetralitasSearch.Storage;

/// <summary>Where the product's data lives. Defaults are the names of DESIGN.md.</summary>
public sealed record StorageOptions
{
    public const string DevelopmentConnectionString = "UseDevelopmentStorage=true";

    /// <summary>An Azure Storage connection string (AzureWebJobsStorage), or development storage.</summary>
    public string ConnectionString { get; init; } = DevelopmentConnectionString;

    /// <summary>The storage REST API version (<c>Storage:ServiceVersion</c>); see <see cref="StorageServiceVersion"/>.</summary>
    public string ServiceVersion { get; init; } = StorageServiceVersion.Default;

    public string ArticlesContainer { get; init; } = "articles";

    public string DocumentsContainer { get; init; } = "documents";

    /// <summary>The host's own bookkeeping (receipts, failure records, locks), as the Functions host keeps it.</summary>
    public string HostContainer { get; init; } = "azure-webjobs-hosts";

    /// <summary>The ingest ledger: what happened to every source (see the host's LedgerStore).</summary>
    public string LedgerContainer { get; init; } = "ledger";

    public string IngestQueue { get; init; } = "ingest";

    public string PoisonQueue { get; init; } = "ingest-poison";

    /// <summary>URL lists (<c>.txt</c>, one URL a line) that the scraper fetches into the articles container.</summary>
    public string SourcesContainer { get; init; } = "sources";

    /// <summary>The scraper's registered feeds and sitemaps, one JSON state blob each, re-polled on a schedule.</summary>
    public string FeedsContainer { get; init; } = "feeds";

    /// <summary>The blob-trigger queue of the sources container (FetchArticles).</summary>
    public string FetchQueue { get; init; } = "fetch";

    public string FetchPoisonQueue { get; init; } = "fetch-poison";
}

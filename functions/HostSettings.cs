using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions;

/// <summary>The host's own settings, read from configuration (local.settings.json Values, environment).</summary>
public static class HostSettings
{
    /// <summary>
    /// The storage names. A poison queue defaults to its queue's name with <c>-poison</c>, the name the Functions host
    /// gives the poison queue of a queue trigger, so a renamed queue keeps its poison queue beside it.
    /// </summary>
    public static StorageOptions Storage(IConfiguration configuration) => new()
    {
        ConnectionString = configuration["AzureWebJobsStorage"] is { Length: > 0 } connection ? connection : StorageOptions.DevelopmentConnectionString,
        ServiceVersion = configuration["Storage:ServiceVersion"] is { Length: > 0 } version ? version : StorageServiceVersion.Default,
        ArticlesContainer = configuration["Storage:ArticlesContainer"] ?? "articles",
        DocumentsContainer = configuration["Storage:DocumentsContainer"] ?? "documents",
        HostContainer = configuration["Storage:HostContainer"] ?? "azure-webjobs-hosts",
        LedgerContainer = configuration["Storage:LedgerContainer"] ?? "ledger",
        IngestQueue = configuration["Storage:IngestQueue"] ?? "ingest",
        PoisonQueue = configuration["Storage:PoisonQueue"] ?? (configuration["Storage:IngestQueue"] ?? "ingest") + "-poison",
        SourcesContainer = configuration["Storage:SourcesContainer"] ?? "sources",
        FeedsContainer = configuration["Storage:FeedsContainer"] ?? "feeds",
        FetchQueue = configuration["Storage:FetchQueue"] ?? "fetch",
        FetchPoisonQueue = configuration["Storage:FetchPoisonQueue"] ?? (configuration["Storage:FetchQueue"] ?? "fetch") + "-poison",
    };

    /// <summary>Index:Path (environment Index__Path), relative to the working directory; default .data/index.</summary>
    public static string IndexPath(IConfiguration configuration) => Path.GetFullPath(configuration["Index:Path"] ?? Path.Combine(".data", "index"));
}

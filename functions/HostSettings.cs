using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions;

/// <summary>The host's own settings, read from configuration (local.settings.json Values, environment).</summary>
public static class HostSettings
{
    public const int DefaultPort = 7071;

    public static StorageOptions Storage(IConfiguration configuration) => new()
    {
        ConnectionString = configuration["AzureWebJobsStorage"] is { Length: > 0 } connection ? connection : StorageOptions.DevelopmentConnectionString,
        ArticlesContainer = configuration["Storage:ArticlesContainer"] ?? "articles",
        DocumentsContainer = configuration["Storage:DocumentsContainer"] ?? "documents",
        HostContainer = configuration["Storage:HostContainer"] ?? "azure-webjobs-hosts",
        LedgerContainer = configuration["Storage:LedgerContainer"] ?? "ledger",
        IngestQueue = configuration["Storage:IngestQueue"] ?? "ingest",
        PoisonQueue = configuration["Storage:PoisonQueue"] ?? "ingest-poison",
        SourcesContainer = configuration["Storage:SourcesContainer"] ?? "sources",
        FeedsContainer = configuration["Storage:FeedsContainer"] ?? "feeds",
        FetchQueue = configuration["Storage:FetchQueue"] ?? "fetch",
        FetchPoisonQueue = configuration["Storage:FetchPoisonQueue"] ?? "fetch-poison",
    };

    /// <summary>Index:Path (environment Index__Path), relative to the working directory; default .data/index.</summary>
    public static string IndexPath(IConfiguration configuration) => Path.GetFullPath(configuration["Index:Path"] ?? Path.Combine(".data", "index"));

    /// <summary>
    /// Loopback on PORT (default 7071), as <c>func start</c> listens; Host:Bind sets another address (0.0.0.0 to
    /// serve a network); ASPNETCORE_URLS or --urls override both.
    /// </summary>
    public static string Urls(IConfiguration configuration)
    {
        if (configuration["urls"] is { Length: > 0 } urls)
        {
            return urls;
        }

        var port = int.TryParse(configuration["PORT"], out var value) && value is > 0 and < 65536 ? value : DefaultPort;
        var address = configuration["Host:Bind"] is { Length: > 0 } bind ? bind : "127.0.0.1";
        return $"http://{address}:{port}";
    }
}

using NetralitasSearch.Functions.Alerts;
using NetralitasSearch.Functions.Functions;
using NetralitasSearch.Functions.Ingestion;
using NetralitasSearch.Functions.Ledger;
using NetralitasSearch.Functions.Originals;
using NetralitasSearch.Functions.Replication;
using NetralitasSearch.Functions.Scraping;
using NetralitasSearch.Functions.Security;
using NetralitasSearch.Functions.Triggers;
using NetralitasSearch.Indexer.Index;
using NetralitasSearch.Indexer.Parsing;
using NetralitasSearch.Indexer.Pipeline;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Hosting;

/// <summary>
/// The application services behind the function classes, composed in one place and read top to bottom. Both hosts call
/// it: the worker's Program.cs on Azure and the local runner. The function classes themselves are not listed: each host
/// finds them by their [Function] attributes.
/// </summary>
public static class AppServices
{
    public static IServiceCollection AddNetralitasApp(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        // Storage: AzureWebJobsStorage (Azurite or an Azure Storage account) behind our own small interfaces.
        var storage = HostSettings.Storage(configuration);
        var account = StorageAccount.Connect(storage.ConnectionString, storage.ServiceVersion);
        services.AddSingleton(storage);
        services.AddSingleton(account);
        services.AddSingleton(account.Blobs);
        services.AddSingleton(account.Queues);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(SecretRedactor.From(configuration));

        // host.json: the queue settings (the last attempt is recorded as poisoned) and our own section.
        services.AddSingleton(configuration.GetSection(QueueTriggerOptions.Section).Get<QueueTriggerOptions>() ?? new QueueTriggerOptions());
        services.AddSingleton(configuration.GetSection(HostExtensionOptions.Section).Get<HostExtensionOptions>() ?? new HostExtensionOptions());
        services.AddSingleton<HostReadiness>();

        // The library: the document pipeline (pure, shared by all workers) and the index with its single writer. The
        // parser's size limit is the host's (host.json netralitas.maxBlobBytes), so one named limit decides.
        services.AddSingleton(provider => DocumentPipeline.Create(ParsingOptions.Default with
        {
            MaxInputBytes = (int)Math.Clamp(provider.GetRequiredService<HostExtensionOptions>().MaxBlobBytes, 0, int.MaxValue),
        }));
        services.AddSingleton(new IndexOptions(HostSettings.IndexPath(configuration)));
        services.AddSingleton<IndexService>();

        // Past one machine (Index__Role): the writer lease holder publishes each commit to blob storage, every writer or
        // reader instance searches a local copy of the newest published one.
        services.AddSingleton(ReplicationOptions.Read(configuration));
        services.AddSingleton<ReplicationStatus>();
        services.AddSingleton<ReplicaFetcher>();
        services.AddSingleton<IndexPublisher>();
        services.AddHostedService<ReplicaUpdater>();
        services.AddHostedService<IndexWriterService>();
        services.AddSingleton<DocumentStore>();
        services.AddSingleton(provider => new LedgerStore(provider.GetRequiredService<IBlobStore>(), storage.LedgerContainer));

        // Blob changes: articles feed IngestArticle through the ingest queue, URL lists feed FetchArticles through fetch.
        services.AddBlobChanges(new BlobChangeBinding(IngestArticleFunction.Name, storage.ArticlesContainer, storage.IngestQueue, storage.PoisonQueue, storage.HostContainer, SkipUnchanged: true));
        services.AddBlobChanges(new BlobChangeBinding(FetchArticlesFunction.Name, storage.SourcesContainer, storage.FetchQueue, storage.FetchPoisonQueue, storage.HostContainer));
        services.AddSingleton<BlobVersionProcessor>();
        services.AddSingleton<QueuedBlobChanges>();
        services.AddSingleton<ArticleIngestion>();
        services.AddSingleton<Reconciler>();
        services.AddHostedService<StorageInitializer>();

        // Scraping: URL lists in sources are fetched into articles, feeds and sitemaps found in them are registered in
        // feeds and re-read on a schedule (PollFeeds).
        var scraper = ScraperOptions.Read(configuration);
        services.AddSingleton(scraper);
        services.AddSingleton(provider => new PageFetcher(scraper, provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<PageArchive>();
        services.AddSingleton<FeedRegistry>();
        services.AddSingleton<FeedExpander>();
        services.AddSingleton<UrlArchiver>();
        services.AddSingleton<UrlListFetching>();

        // Originals: the file each document was read from, and its pages as images (PDF pages rendered by pdftoppm, an
        // image as itself) for the document view.
        services.AddSingleton<OriginalFiles>();
        services.AddSingleton(PageImageOptions.Read(configuration));
        services.AddSingleton<PdfPageRenderer>();
        services.AddSingleton<PageImages>();

        // Alerts: saved searches in the alerts container; each indexed document is matched against them (an observer of
        // IngestArticle) and each match posted to its webhook from the alerts queue (DeliverAlert), with retries, never twice.
        services.AddSingleton(AlertOptions.Read(configuration));
        services.AddSingleton<AlertStore>();
        services.AddSingleton<WebhookSender>();
        services.AddSingleton(SmtpOptions.Read(configuration));
        services.AddSingleton<EmailSender>();
        services.AddSingleton<AlertInput>();
        services.AddSingleton<AlertCreationLimit>();
        services.AddSingleton<IDocumentIndexedObserver, AlertMatcher>();
        services.AddSingleton<AlertDeliverer>();

        // The anonymous search functions share one token bucket per client address.
        services.AddSingleton(SearchRateLimit.From(configuration));
        return services;
    }

    /// <summary>The binding, receipts and scanner of one blob-triggered function, keyed by its name.</summary>
    private static IServiceCollection AddBlobChanges(this IServiceCollection services, BlobChangeBinding binding)
    {
        services.AddKeyedSingleton(binding.FunctionName, binding);
        services.AddKeyedSingleton(binding.FunctionName, (provider, _) => new BlobReceipts(provider.GetRequiredService<IBlobStore>(), binding.HostContainer, binding.FunctionName));
        services.AddKeyedSingleton(binding.FunctionName, (provider, _) => new BlobChangeScanner(
            provider.GetRequiredService<IBlobStore>(),
            provider.GetRequiredService<IQueueStore>(),
            provider.GetRequiredKeyedService<BlobReceipts>(binding.FunctionName),
            binding,
            provider.GetRequiredService<HostReadiness>(),
            provider.GetRequiredService<ILogger<BlobChangeScanner>>()));
        return services;
    }
}

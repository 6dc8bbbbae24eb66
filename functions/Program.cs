using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Logging.Console;
using NetralitasSearch.Functions;
using NetralitasSearch.Functions.Alerts;
using NetralitasSearch.Functions.Functions;
using NetralitasSearch.Functions.Ingestion;
using NetralitasSearch.Functions.Ledger;
using NetralitasSearch.Functions.Scraping;
using NetralitasSearch.Functions.Security;
using NetralitasSearch.Functions.Triggers;
using NetralitasSearch.Indexer.Index;
using NetralitasSearch.Indexer.Parsing;
using NetralitasSearch.Indexer.Pipeline;
using NetralitasSearch.Storage;

// The functions host: the Functions triggers implemented on ASP.NET Core, wired here in one place.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = Directory.GetCurrentDirectory(),
    WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
});
builder.Configuration.AddFunctionsConfiguration(AppContext.BaseDirectory);

// One line per log entry, every line through the redactor: request logs and exception texts must never print a key.
builder.Services.AddSingleton(SecretRedactor.From(builder.Configuration));
builder.Logging.AddConsole(options => options.FormatterName = RedactingConsoleFormatter.FormatterName)
    .AddConsoleFormatter<RedactingConsoleFormatter, ConsoleFormatterOptions>();

// Storage: AzureWebJobsStorage (Azurite or an Azure Storage account) behind our own small interfaces.
var storage = HostSettings.Storage(builder.Configuration);
var account = StorageAccount.Connect(storage.ConnectionString);
builder.Services.AddSingleton(storage);
builder.Services.AddSingleton(account.Blobs);
builder.Services.AddSingleton(account.Queues);

// The library: the document pipeline (pure, shared by all workers) and the index with its single writer. The
// parser's size limit is the host's (host.json netralitas.maxBlobBytes), so one named limit decides.
builder.Services.AddSingleton(provider => DocumentPipeline.Create(ParsingOptions.Default with
{
    MaxInputBytes = (int)Math.Clamp(provider.GetRequiredService<HostExtensionOptions>().MaxBlobBytes, 0, int.MaxValue),
}));
builder.Services.AddSingleton(new IndexOptions(HostSettings.IndexPath(builder.Configuration)));
builder.Services.AddSingleton<IndexService>();
builder.Services.AddSingleton<DocumentStore>();
builder.Services.AddSingleton(provider => new LedgerStore(provider.GetRequiredService<IBlobStore>(), storage.LedgerContainer));

// Triggers: storage first, then ScanArticles (timer) feeding IngestArticle (blob trigger through the ingest queue).
builder.Services.AddTriggerOptions(builder.Configuration);
builder.Services.AddHostedService<StorageInitializer>();
builder.Services.AddBlobTrigger<IngestArticleFunction>(new BlobTriggerBinding(
    IngestArticleFunction.Name, storage.ArticlesContainer, storage.IngestQueue, storage.PoisonQueue, storage.HostContainer, SkipUnchanged: true));
builder.Services.AddTimerTrigger<ScanArticlesFunction>(provider => provider.GetRequiredService<HostExtensionOptions>().ScanArticlesSchedule);

// Scraping: URL lists in sources are fetched into articles (ScanSources feeding FetchArticles, the same blob trigger),
// feeds and sitemaps found in them are registered in feeds and re-read on a schedule (PollFeeds).
var scraper = ScraperOptions.Read(builder.Configuration);
builder.Services.AddSingleton(scraper);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton(provider => new PageFetcher(scraper, provider.GetRequiredService<TimeProvider>()));
builder.Services.AddSingleton<PageArchive>();
builder.Services.AddSingleton<FeedRegistry>();
builder.Services.AddSingleton<FeedExpander>();
builder.Services.AddSingleton<UrlArchiver>();
builder.Services.AddBlobTrigger<FetchArticlesFunction>(new BlobTriggerBinding(
    FetchArticlesFunction.Name, storage.SourcesContainer, storage.FetchQueue, storage.FetchPoisonQueue, storage.HostContainer));
builder.Services.AddTimerTrigger<ScanSourcesFunction>(_ => scraper.ScanSourcesSchedule);
builder.Services.AddTimerTrigger<PollFeedsFunction>(_ => scraper.PollFeedsSchedule);

// HTTP functions; admin ones need a key (x-functions-key or code=), as authLevel=function does.
builder.Services.AddSingleton(AdminKeys.From(builder.Configuration));
builder.Services.AddSingleton<AdminKeyFilter>();
builder.Services.AddSingleton<Reconciler>();
builder.Services.AddSingleton<SearchFunction>();
builder.Services.AddSingleton<IngestStatusFunction>();
builder.Services.AddSingleton<IngestEntryFunction>();
builder.Services.AddSingleton<ReconcileFunction>();
builder.Services.AddSingleton<ReindexFunction>();
builder.Services.AddSingleton<DeleteArticleFunction>();
builder.Services.AddSingleton<GetDocumentFunction>();
builder.Services.AddSingleton<HealthFunction>();
builder.Services.AddSingleton<RegionsFunction>();
builder.Services.AddSingleton<TimelineFunction>();
builder.Services.AddSingleton<ExportCsvFunction>();
builder.Services.AddSingleton<ExportJsonFunction>();
builder.Services.AddSingleton<SearchAtomFunction>();
builder.Services.AddSingleton<UploadFunction>();

// Alerts: saved searches in the alerts container; each indexed document is matched against them (an observer of
// IngestArticle) and each match posted to its webhook from the alerts queue, with retries, never twice.
builder.Services.AddSingleton(AlertOptions.Read(builder.Configuration));
builder.Services.AddSingleton<AlertStore>();
builder.Services.AddSingleton<WebhookSender>();
builder.Services.AddSingleton<IDocumentIndexedObserver, AlertMatcher>();
builder.Services.AddHostedService<AlertDeliveryService>();
builder.Services.AddSingleton<CreateAlertFunction>();
builder.Services.AddSingleton<ListAlertsFunction>();
builder.Services.AddSingleton<DeleteAlertFunction>();

// The search API is anonymous: a token bucket per client address keeps one client from starving the others.
var limits = SearchRateLimit.From(builder.Configuration);
builder.Services.AddRateLimiter(options =>
{
    options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
    options.AddPolicy(SearchRateLimit.Policy, context => RateLimitPartition.GetTokenBucketLimiter(
        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
        _ => new TokenBucketRateLimiterOptions { TokenLimit = limits.Burst, TokensPerPeriod = limits.PerSecond, ReplenishmentPeriod = TimeSpan.FromSeconds(1), QueueLimit = 0 }));
    options.OnRejected = (context, token) => new ValueTask(context.HttpContext.Response.WriteAsJsonAsync(new { error = "Too many searches from this address; wait a second." }, token));
});

builder.WebHost.UseUrls(HostSettings.Urls(builder.Configuration));
var app = builder.Build();

app.UseExceptionHandler(error => error.Run(async context =>
{
    // A damaged index file is not the asker's fault nor a bug to hide: say what it is and what mends it.
    if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error is { } failure && IndexService.IsDamage(failure))
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        await context.Response.WriteAsJsonAsync(new { error = "The index file is damaged. Restart the host: it checks the index at start and rebuilds it from the stored documents." });
        return;
    }

    context.Response.StatusCode = StatusCodes.Status500InternalServerError;
    await context.Response.WriteAsJsonAsync(new { error = "The server failed to answer this request; the log has the details." });
}));
app.Use(SecurityHeaders.Apply);
app.UseRateLimiter();
app.UseDefaultFiles();
app.UseStaticFiles();

app.MapGet("/api/search", (HttpRequest request, SearchFunction function) => function.Run(request)).RequireRateLimiting(SearchRateLimit.Policy);
app.MapGet("/api/documents/{id}", (string id, GetDocumentFunction function) => function.Run(id));
app.MapGet("/api/health", (HealthFunction function) => function.Run());
app.MapGet("/api/ingest/status", (HttpRequest request, IngestStatusFunction function, CancellationToken token) => function.RunAsync(request, token)).AddEndpointFilter<AdminKeyFilter>();
app.MapGet("/api/ingest/entry", (HttpRequest request, IngestEntryFunction function, CancellationToken token) => function.RunAsync(request, token)).AddEndpointFilter<AdminKeyFilter>();
app.MapPost("/api/admin/reconcile", (ReconcileFunction function, CancellationToken token) => function.RunAsync(token)).AddEndpointFilter<AdminKeyFilter>();
app.MapPost("/api/admin/reindex", (ReindexFunction function, CancellationToken token) => function.RunAsync(token)).AddEndpointFilter<AdminKeyFilter>();
app.MapDelete("/api/admin/articles/{**name}", (string name, DeleteArticleFunction function, CancellationToken token) => function.RunAsync(name, token)).AddEndpointFilter<AdminKeyFilter>();
app.MapGet("/api/regions", (HttpRequest request, RegionsFunction function) => function.Run(request)).RequireRateLimiting(SearchRateLimit.Policy);
app.MapGet("/api/search/timeline", (HttpRequest request, TimelineFunction function) => function.Run(request)).RequireRateLimiting(SearchRateLimit.Policy);
app.MapGet("/api/search.csv", (HttpRequest request, ExportCsvFunction function) => function.Run(request)).RequireRateLimiting(SearchRateLimit.Policy);
app.MapGet("/api/search.json", (HttpRequest request, ExportJsonFunction function) => function.Run(request)).RequireRateLimiting(SearchRateLimit.Policy);
app.MapGet("/api/search.atom", (HttpRequest request, SearchAtomFunction function) => function.Run(request)).RequireRateLimiting(SearchRateLimit.Policy);
app.MapPost("/api/admin/upload", (HttpRequest request, UploadFunction function, CancellationToken cancellationToken) => function.RunAsync(request, cancellationToken))
    .AddEndpointFilter<AdminKeyFilter>();
app.MapPost("/api/alerts", (HttpRequest request, CreateAlertFunction function, CancellationToken cancellationToken) => function.RunAsync(request, cancellationToken))
    .AddEndpointFilter<AdminKeyFilter>();
app.MapGet("/api/alerts", (ListAlertsFunction function, CancellationToken cancellationToken) => function.RunAsync(cancellationToken))
    .AddEndpointFilter<AdminKeyFilter>();
app.MapDelete("/api/alerts/{id}", (string id, DeleteAlertFunction function, CancellationToken cancellationToken) => function.RunAsync(id, cancellationToken))
    .AddEndpointFilter<AdminKeyFilter>();

app.Run();

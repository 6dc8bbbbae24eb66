using Microsoft.Playwright;
using NetralitasSearch.Storage;
using NetralitasSearch.Tests;

namespace NetralitasSearch.Functions.Tests.Infrastructure;

/// <summary>
/// The page, the exports and the alerts under test: Azurite, a host with an admin key and alerts allowed to post to
/// loopback, the repository's samples plus <see cref="UiArticles"/> ingested, a webhook receiver, an SMTP server, and Debian's
/// chromium driven by Playwright (started on first use, so the API tests need no browser).
/// </summary>
public sealed class UiFixture : IAsyncLifetime
{
    public const string AdminKey = "test-admin-key-7c1d";

    public const string Chromium = BrowserSession.Chromium;

    public static readonly IReadOnlyDictionary<string, string> Settings = new Dictionary<string, string>(HostFixture.FastScan)
    {
        ["Admin__Key"] = AdminKey,

        // The webhook receiver is on 127.0.0.1: without this the guard refuses it, as it must in production.
        ["Alerts__AllowPrivateAddresses"] = "true",
        ["Alerts__RetryDelay"] = "00:00:00.300",
        ["Alerts__RefreshInterval"] = "00:00:00",
        ["Alerts__PollInterval"] = "00:00:00.200",

        // The API and page tests make a few alerts without the key from 127.0.0.1; the hourly limit is tested apart.
        ["Alerts__PublicPerAddressPerHour"] = "100",
    };

    private readonly BrowserSession browser = new();
    private AzuriteProcess? azurite;
    private HostProcess? host;

    internal AzuriteProcess Azurite => azurite ?? throw new InvalidOperationException("Not started.");

    internal HostProcess Host => host ?? throw new InvalidOperationException("Not started.");

    public StorageAccount Storage => StorageAccount.Connect(Azurite.ConnectionString);

    public WebhookReceiver Webhooks { get; } = new();

    /// <summary>The SMTP server the host's alert e-mails go to.</summary>
    public SmtpReceiver Mail { get; } = new();

    public string BaseUrl => $"http://127.0.0.1:{Host.Port}";

    /// <summary>Where the screenshots go: under the test results, so a run leaves them beside its logs.</summary>
    public static string ScreenshotFolder => BrowserSession.ScreenshotFolder;

    /// <summary>How many documents the seed makes (the samples and <see cref="UiArticles"/>).</summary>
    public int SeededDocuments { get; private set; }

    public async Task InitializeAsync()
    {
        var starting = AzuriteProcess.StartAsync();
        await Webhooks.StartAsync();
        await Mail.StartAsync();
        azurite = await starting;
        host = await HostProcess.StartAsync(azurite.ConnectionString, settings: Settings.Concat(Mail.HostSettings).ToDictionary());

        var blobs = Storage.Blobs;
        var samples = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "samples")).Where(f => Path.GetExtension(f) is ".html" or ".txt" && Path.GetFileName(f) != "README.md").ToList();
        foreach (var file in samples)
        {
            var contentType = Path.GetExtension(file) == ".html" ? "text/html" : "text/plain; charset=utf-8";
            await blobs.UploadAsync("articles", $"samples/{Path.GetFileName(file)}", await File.ReadAllBytesAsync(file), contentType);
        }

        foreach (var (name, content, contentType) in UiArticles.All)
        {
            await blobs.UploadAsync("articles", name, content, contentType);
        }

        SeededDocuments = samples.Count + UiArticles.All.Count;
        await WaitForDocumentsAsync(SeededDocuments);
    }

    public async Task WaitForDocumentsAsync(int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            var health = await Host.GetJsonAsync("/api/health");
            if (health.TryGetProperty("documents", out var documents) && documents.GetInt64() >= count)
            {
                return;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The host never held {count} documents.\n{Host.Output[^Math.Min(6000, Host.Output.Length)..]}");
    }

    /// <summary>Debian's chromium through Playwright, started once for the collection. Never downloads a browser.</summary>
    public Task<IBrowser> BrowserAsync() => browser.BrowserAsync();

    /// <summary>A fresh browser context (its own storage) and page on the host, at a desktop size unless told.</summary>
    public Task<IPage> NewPageAsync(int width = 1280, int height = 900) => browser.NewPageAsync(BaseUrl, width, height);

    /// <summary>Saves a screenshot under <see cref="ScreenshotFolder"/>: the whole page, or with <paramref name="fullPage"/> false what a screen shows.</summary>
    public static Task<string> ScreenshotAsync(IPage page, string name, bool fullPage = true) => BrowserSession.ScreenshotAsync(page, name, fullPage);

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }

        await Webhooks.DisposeAsync();
        await Mail.DisposeAsync();
    }
}

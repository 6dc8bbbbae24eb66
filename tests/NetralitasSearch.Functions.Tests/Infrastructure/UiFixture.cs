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

    public const string Chromium = "/usr/bin/chromium";

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

    private readonly SemaphoreSlim browserGate = new(1, 1);
    private AzuriteProcess? azurite;
    private HostProcess? host;
    private IPlaywright? playwright;
    private IBrowser? browser;

    internal AzuriteProcess Azurite => azurite ?? throw new InvalidOperationException("Not started.");

    internal HostProcess Host => host ?? throw new InvalidOperationException("Not started.");

    public StorageAccount Storage => StorageAccount.Connect(Azurite.ConnectionString);

    public WebhookReceiver Webhooks { get; } = new();

    /// <summary>The SMTP server the host's alert e-mails go to.</summary>
    public SmtpReceiver Mail { get; } = new();

    public string BaseUrl => $"http://127.0.0.1:{Host.Port}";

    /// <summary>Where the screenshots go: under the test results, so a run leaves them beside its logs.</summary>
    public static string ScreenshotFolder => Path.Combine(RepositoryPaths.Root, ".data", "test-results", "screenshots");

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
    public async Task<IBrowser> BrowserAsync()
    {
        await browserGate.WaitAsync();
        try
        {
            if (browser is not null)
            {
                return browser;
            }

            if (!File.Exists(Chromium))
            {
                throw new InvalidOperationException($"{Chromium} is missing: install Debian's chromium (apt-get install -y chromium); ./test.sh does it.");
            }

            Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
            playwright = await Playwright.CreateAsync();
            browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage"],
            });
            return browser;
        }
        finally
        {
            browserGate.Release();
        }
    }

    /// <summary>A fresh browser context (its own storage) and page on the host, at a desktop size unless told.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await (await BrowserAsync()).NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
            Locale = "id-ID",
        });
        var page = await context.NewPageAsync();
        // Waits end as soon as their condition holds; the ceiling is for a machine busy with other work (CI, builds).
        page.SetDefaultTimeout(60_000);
        page.SetDefaultNavigationTimeout(60_000);
        return page;
    }

    /// <summary>Saves a screenshot under <see cref="ScreenshotFolder"/>: the whole page, or with <paramref name="fullPage"/> false what a screen shows.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name, bool fullPage = true)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        return path;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
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
        browserGate.Dispose();
    }
}

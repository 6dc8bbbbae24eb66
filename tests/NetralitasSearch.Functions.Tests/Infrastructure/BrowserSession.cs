using Microsoft.Playwright;
using NetralitasSearch.Tests;

namespace NetralitasSearch.Functions.Tests.Infrastructure;

/// <summary>
/// Debian's chromium driven by Playwright for one test collection: started on first use (so a collection's API tests
/// need no browser), never downloaded. Pages get a context of their own on the collection's host.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly SemaphoreSlim gate = new(1, 1);
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>Where the screenshots go: under the test results, so a run leaves them beside its logs.</summary>
    public static string ScreenshotFolder => Path.Combine(RepositoryPaths.Root, ".data", "test-results", "screenshots");

    public async Task<IBrowser> BrowserAsync()
    {
        await gate.WaitAsync();
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
            gate.Release();
        }
    }

    /// <summary>A fresh browser context (its own storage) and page on <paramref name="baseUrl"/>.</summary>
    public async Task<IPage> NewPageAsync(string baseUrl, int width = 1280, int height = 900)
    {
        var context = await (await BrowserAsync()).NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
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

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        gate.Dispose();
    }
}

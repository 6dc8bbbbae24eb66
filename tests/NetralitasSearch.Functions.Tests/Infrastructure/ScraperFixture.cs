using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Tests.Infrastructure;

/// <summary>
/// Azurite, the test news site on 127.0.0.1 and a host allowed to fetch from loopback, with short delays,
/// timeouts and schedules so the scraper's round trips fit in seconds.
/// </summary>
public sealed class ScraperFixture : IAsyncLifetime
{
    /// <summary>The scraper's settings for the tests, on top of the fast scan of <see cref="HostFixture"/>.</summary>
    public static readonly IReadOnlyDictionary<string, string> Settings = new Dictionary<string, string>(HostFixture.FastScan)
    {
        // The news site is on 127.0.0.1: without this the guard refuses it, as it must refuse it in production.
        ["Scraper__AllowPrivateAddresses"] = "true",
        ["Scraper__ScanSourcesSchedule"] = "00:00:00.250",
        ["Scraper__PollFeedsSchedule"] = "00:00:01",
        ["Scraper__PerHostDelay"] = "00:00:00.020",
        ["Scraper__Timeout"] = "00:00:01.500",
        ["Scraper__MaxBytes"] = "262144",
    };

    private AzuriteProcess? azurite;
    private HostProcess? host;

    public NewsServer Server { get; } = new();

    internal AzuriteProcess Azurite => azurite ?? throw new InvalidOperationException("Not started.");

    internal HostProcess Host => host ?? throw new InvalidOperationException("Not started.");

    public StorageAccount Storage => StorageAccount.Connect(Azurite.ConnectionString);

    public async Task InitializeAsync()
    {
        var starting = AzuriteProcess.StartAsync();
        await Server.InitializeAsync();
        azurite = await starting;
        host = await HostProcess.StartAsync(azurite.ConnectionString, settings: Settings);
    }

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }

        await Server.DisposeAsync();
    }
}

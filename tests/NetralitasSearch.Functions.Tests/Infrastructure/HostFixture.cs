using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Tests.Infrastructure;

/// <summary>One Azurite and one host for a collection of tests; each test uses blob names of its own.</summary>
public sealed class HostFixture : IAsyncLifetime
{
    /// <summary>Settings the tests give the host: a faster scan so a test does not wait a full default second.</summary>
    public const string AdminKey = "test-admin-key-0123456789";

    public static readonly IReadOnlyDictionary<string, string> FastScan = new Dictionary<string, string>
    {
        ["AzureFunctionsJobHost__netralitas__scanArticlesSchedule"] = "00:00:00.250",
        ["AzureFunctionsJobHost__extensions__queues__maxPollingInterval"] = "00:00:00.250",
        ["AzureFunctionsJobHost__extensions__queues__visibilityTimeout"] = "00:00:01",
        ["AzureFunctionsJobHost__netralitas__messageLease"] = "00:00:10",
        ["Admin__Key"] = AdminKey,
        ["Search__RateLimit__PerSecond"] = "100000",
        ["Search__RateLimit__Burst"] = "100000",
    };

    private AzuriteProcess? azurite;
    private HostProcess? host;

    internal AzuriteProcess Azurite => azurite ?? throw new InvalidOperationException("Not started.");

    internal HostProcess Host => host ?? throw new InvalidOperationException("Not started.");

    public StorageAccount Storage => StorageAccount.Connect(Azurite.ConnectionString);

    public async Task InitializeAsync()
    {
        azurite = await AzuriteProcess.StartAsync();
        host = await HostProcess.StartAsync(azurite.ConnectionString, settings: FastScan);
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
    }
}

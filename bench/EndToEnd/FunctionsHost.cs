using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace NetralitasSearch.Bench.EndToEnd;

/// <summary>
/// The app as ./run.sh runs it: the local runner (runner/bin/Release/net10.0/NetralitasSearch.LocalRunner.dll) with
/// the function classes of functions/, as its own process, with the product's host.json. Only what is needed to reach it is set (<see cref="Settings"/>): the storage, a free
/// loopback port and an index folder of its own.
/// </summary>
internal sealed class FunctionsHost : IAsyncDisposable
{
    private readonly ServiceProcess process;

    private FunctionsHost(ServiceProcess process, int port)
    {
        this.process = process;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>The settings the benchmark gives the host; everything else is the product's default.</summary>
    public static IReadOnlyList<string> Settings { get; } = ["AzureWebJobsStorage", "PORT", "Index__Path", "DOTNET_ENVIRONMENT=Production"];

    public HttpClient Client { get; }

    public static string Dll(string root) => Path.Combine(root, "runner", "bin", "Release", "net10.0", "NetralitasSearch.LocalRunner.dll");

    public static async Task<FunctionsHost> StartAsync(string root, string connectionString, string indexDirectory, CancellationToken cancellationToken = default, IReadOnlyDictionary<string, string>? settings = null)
    {
        var dll = Dll(root);
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is missing: build with 'dotnet build NetralitasSearch.sln -c Release'.");
        }

        var port = LoopbackPort.Free();
        var environment = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = connectionString,
            ["PORT"] = port.ToString(CultureInfo.InvariantCulture),
            ["Index__Path"] = indexDirectory,
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = null,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        var host = new FunctionsHost(ServiceProcess.Start("functions host", "dotnet", [dll], environment, root), port);
        try
        {
            await host.WaitHealthyAsync(TimeSpan.FromSeconds(120), cancellationToken).ConfigureAwait(false);
            return host;
        }
        catch
        {
            await host.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The host's peak resident memory so far (VmHWM), in bytes.</summary>
    public long PeakWorkingSetBytes() => process.PeakWorkingSetBytes();

    /// <summary>How many documents are indexed (and so searchable), from /api/health.</summary>
    public async Task<long> DocumentsAsync(CancellationToken cancellationToken = default)
    {
        var health = await Client.GetFromJsonAsync<JsonElement>("/api/health", cancellationToken).ConfigureAwait(false);
        return health.GetProperty("documents").GetInt64();
    }

    /// <summary>The ids of the hits of a search, as the search page asks for them.</summary>
    public async Task<List<string>> SearchIdsAsync(string query, int size, CancellationToken cancellationToken = default)
    {
        var path = $"/api/search?q={Uri.EscapeDataString(query)}&size={size.ToString(CultureInfo.InvariantCulture)}";
        using var response = await Client.GetAsync(path, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken).ConfigureAwait(false);
        return json.GetProperty("hits").EnumerateArray().Select(hit => hit.GetProperty("id").GetString()!).ToList();
    }

    /// <summary>Fails with the host's last log lines when it has exited.</summary>
    public void EnsureRunning()
    {
        if (process.HasExited)
        {
            throw new InvalidOperationException($"The functions host exited.\n{process.Tail}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await process.DisposeAsync().ConfigureAwait(false);
    }

    private async Task WaitHealthyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            EnsureRunning();
            try
            {
                using var response = await Client.GetAsync("/api/health", cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200, cancellationToken).ConfigureAwait(false);
        }

        throw new TimeoutException($"The functions host was not healthy within {timeout}.\n{process.Tail}");
    }
}

using System.Net.Http.Json;
using System.Text.Json;

using NetralitasSearch.Tests;

namespace NetralitasSearch.Functions.Tests.Infrastructure;

/// <summary>
/// The app as ./run.sh runs it: the local runner (NetralitasSearch.LocalRunner.dll) with the function classes of
/// functions/, started as a process on a free loopback port.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Dictionary<string, string?> environment;
    private ChildProcess? process;
    private string earlier = "";

    private HostProcess(string connectionString, string indexPath, IReadOnlyDictionary<string, string>? settings)
    {
        Port = FreePort.Next();
        IndexPath = indexPath;
        environment = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = connectionString,
            ["PORT"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Index__Path"] = indexPath,
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = null,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public int Port { get; }

    public string IndexPath { get; }

    public HttpClient Client { get; }

    /// <summary>Everything the host wrote, over all its runs.</summary>
    public string Output => earlier + (process?.Output ?? "");

    public static string Dll => Path.Combine(RepositoryPaths.Root, "runner", "bin", RepositoryPaths.Configuration, "net10.0", "NetralitasSearch.LocalRunner.dll");

    public static async Task<HostProcess> StartAsync(string connectionString, string? indexPath = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var host = new HostProcess(connectionString, indexPath ?? Directory.CreateTempSubdirectory("netralitas-index-").FullName, settings);
        await host.StartAgainAsync();
        return host;
    }

    public async Task StartAgainAsync()
    {
        if (process is not null)
        {
            process.Dispose();
            earlier += process.Output + "\n--- host started again ---\n";
        }

        process = new ChildProcess("dotnet", [Dll], environment, RepositoryPaths.Root);
        await WaitHealthyAsync(TimeSpan.FromSeconds(60));
    }

    public void Kill() => process?.Kill();

    public Task StopAsync() => process?.StopAsync(TimeSpan.FromSeconds(15)) ?? Task.CompletedTask;

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return json;
    }

    /// <summary>An admin function called with the tests' key (the host must have been started with it).</summary>
    public async Task<JsonElement> AdminAsync(HttpMethod method, string path)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("x-functions-key", HostFixture.AdminKey);
        using var response = await Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode
            ? JsonSerializer.Deserialize<JsonElement>(body)
            : throw new HttpRequestException($"{method} {path} answered {(int)response.StatusCode}: {body}");
    }

    /// <summary>The number of indexed documents from /api/health, or null while the host does not answer.</summary>
    public async Task<long?> DocumentCountAsync()
    {
        try
        {
            var health = await GetJsonAsync("/api/health");
            return health.ValueKind == JsonValueKind.Object && health.TryGetProperty("documents", out var documents) ? documents.GetInt64() : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    /// <summary>Polls a search until <paramref name="accept"/> holds; the answer, or a failure with the host's log.</summary>
    public async Task<JsonElement> WaitForSearchAsync(string query, Func<JsonElement, bool> accept, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        JsonElement last = default;
        while (DateTime.UtcNow < deadline)
        {
            last = await GetJsonAsync($"/api/search?{query}");
            if (last.ValueKind == JsonValueKind.Object && last.TryGetProperty("total", out _) && accept(last))
            {
                return last;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The search '{query}' never gave the expected answer; last: {last}\nHost log:\n{Tail(Output)}");
    }

    public async ValueTask DisposeAsync()
    {
        process?.Dispose();
        Client.Dispose();
        await Task.CompletedTask;
    }

    private async Task WaitHealthyAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process!.HasExited)
            {
                throw new InvalidOperationException($"The host exited at start.\n{Tail(Output)}");
            }

            try
            {
                using var response = await Client.GetAsync("/api/health");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The host was not healthy within {timeout}.\n{Tail(Output)}");
    }

    private static string Tail(string text) => text.Length > 6000 ? text[^6000..] : text;
}

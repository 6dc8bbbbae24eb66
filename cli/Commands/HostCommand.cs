using System.Net.Http.Headers;
using System.Text.Json;

namespace NetralitasSearch.Cli.Commands;

/// <summary>
/// <c>status</c>, <c>reconcile</c>, <c>reindex</c>: ask the running host (they are its admin functions). The host is
/// <c>--url</c> (default http://127.0.0.1:$PORT, PORT defaulting to 7071); the key is <c>--key</c>, else the
/// environment's Admin__Key, else .data/admin.key (which ./run.sh writes).
/// </summary>
internal static class HostCommand
{
    public static async Task<int> RunAsync(string command, IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var options = ParsedOptions.Parse(args, valued: ["url", "key", "page", "size"], switches: []);
        var port = Environment.GetEnvironmentVariable("PORT") is { Length: > 0 } p ? p : "7071";
        var baseUrl = (options.Value("url") ?? Environment.GetEnvironmentVariable("NETRALITAS_URL") ?? $"http://127.0.0.1:{port}").TrimEnd('/');
        var key = options.Value("key") ?? Environment.GetEnvironmentVariable("Admin__Key") ?? ReadKeyFile();
        if (string.IsNullOrWhiteSpace(key))
        {
            error.WriteLine($"netralitas {command}: no admin key: pass --key, set Admin__Key, or start the host with ./run.sh (it writes .data/admin.key).");
            return 2;
        }

        using var client = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
        client.DefaultRequestHeaders.Add("x-functions-key", key.Trim());
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var (method, path) = command switch
        {
            "status" => (HttpMethod.Get, $"/api/ingest/status?page={options.Int("page", 1, 1, 1000)}&size={options.Int("size", 20, 1, 100)}"),
            "reconcile" => (HttpMethod.Post, "/api/admin/reconcile"),
            _ => (HttpMethod.Post, "/api/admin/reindex"),
        };

        try
        {
            using var response = await client.SendAsync(new HttpRequestMessage(method, baseUrl + path)).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                error.WriteLine($"netralitas {command}: the host answered {(int)response.StatusCode}: {body}");
                return 1;
            }

            using var json = JsonDocument.Parse(body);
            output.WriteLine(JsonSerializer.Serialize(json.RootElement, new JsonSerializerOptions { WriteIndented = true }));
            return 0;
        }
        catch (HttpRequestException exception)
        {
            error.WriteLine($"netralitas {command}: no host at {baseUrl} ({exception.Message}). Start it with ./run.sh or pass --url.");
            return 1;
        }
    }

    private static string? ReadKeyFile()
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            var path = Path.Combine(directory.FullName, ".data", "admin.key");
            if (File.Exists(path))
            {
                return File.ReadAllText(path).Trim();
            }
        }

        return null;
    }
}

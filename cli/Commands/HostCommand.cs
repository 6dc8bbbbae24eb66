using System.CommandLine;
using System.Globalization;
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
    /// <summary>The three commands, each with --url and --key; status also pages through recent failures.</summary>
    public static IEnumerable<Command> Create(TextWriter output, TextWriter error)
    {
        yield return Define("status", "what happened to every file: counts by state, the latest failures with their reasons (GET /api/ingest/status)", output, error, paged: true);
        yield return Define("reconcile", "compare blobs, ledger, documents and index; requeue, remove orphans and reindex what the index lost", output, error, paged: false);
        yield return Define("reindex", "rebuild the host's index from the stored documents", output, error, paged: false);
    }

    private static Command Define(string name, string description, TextWriter output, TextWriter error, bool paged)
    {
        var url = Options.Text("--url", "the host (default http://127.0.0.1:$PORT, PORT defaulting to 7071; or NETRALITAS_URL)", "URL");
        var key = Options.Text("--key", "the admin key (default: Admin__Key, else .data/admin.key written by ./run.sh)", "KEY");
        var command = new Command(name, description) { url, key };
        Option<int>? page = null, size = null;
        if (paged)
        {
            page = Options.Int("--page", "the page of recent failures", 1, 1, 1000);
            size = Options.Int("--size", "failures per page", 20, 1, 100);
            command.Add(page);
            command.Add(size);
        }

        command.SetAction((parsed, cancellation) => RunAsync(
            name,
            parsed.GetValue(url),
            parsed.GetValue(key),
            page is null ? 1 : parsed.GetValue(page),
            size is null ? 20 : parsed.GetValue(size),
            output,
            error));
        return command;
    }

    private static async Task<int> RunAsync(string command, string? url, string? givenKey, int page, int size, TextWriter output, TextWriter error)
    {
        var port = Environment.GetEnvironmentVariable("PORT") is { Length: > 0 } p ? p : "7071";
        var baseUrl = (url ?? Environment.GetEnvironmentVariable("NETRALITAS_URL") ?? $"http://127.0.0.1:{port}").TrimEnd('/');
        var key = givenKey ?? Environment.GetEnvironmentVariable("Admin__Key") ?? ReadKeyFile();
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
            "status" => (HttpMethod.Get, string.Create(CultureInfo.InvariantCulture, $"/api/ingest/status?page={page}&size={size}")),
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

using System.Text.Json;
using NetralitasSearch.Functions.Tests.Infrastructure;

namespace NetralitasSearch.Functions.Tests.Replication;

/// <summary>Settings and checks shared by the tests of the writer and reader roles.</summary>
internal static class ReplicationHosts
{
    public static IReadOnlyDictionary<string, string> Role(string role, params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string>(HostFixture.FastScan) { ["Index__Role"] = role };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    public static async Task<JsonElement> HealthAsync(HostProcess host) => await host.GetJsonAsync("/api/health");

    /// <summary>The search's total, or null when the host does not answer (killed, starting).</summary>
    public static async Task<int?> TotalAsync(HostProcess host, string query)
    {
        try
        {
            var json = await host.GetJsonAsync($"/api/search?q={query}&size=1");
            return json.TryGetProperty("total", out var total) ? total.GetInt32() : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    public static async Task<bool> WritingAsync(HostProcess host)
    {
        try
        {
            return (await HealthAsync(host)).GetProperty("writing").GetBoolean();
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    public static async Task UploadAsync(NetralitasSearch.Storage.StorageAccount storage, IEnumerable<(string Name, byte[] Content)> blobs)
    {
        await storage.Blobs.EnsureContainerAsync("articles");
        await Parallel.ForEachAsync(blobs, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (blob, cancellationToken) =>
            await storage.Blobs.UploadAsync("articles", blob.Name, blob.Content, "text/html", cancellationToken: cancellationToken));
    }
}

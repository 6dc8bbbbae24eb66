using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace NetralitasSearch.Functions.Tests.Infrastructure;

/// <summary>The ingest ledger as an operator reads it: <c>GET /api/ingest/entry</c> with the admin key.</summary>
internal static class IngestLedger
{
    private static readonly HashSet<string> FinalStates = new(StringComparer.Ordinal) { "indexed", "failed", "poisoned", "skipped", "deleted" };

    /// <summary>The entry of one article blob, as the endpoint answers it (404 while nothing is known of the blob).</summary>
    public static async Task<HttpResponseMessage> GetEntryAsync(this HostProcess host, string name)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/ingest/entry?kind=article&key={Uri.EscapeDataString(name)}");
        request.Headers.Add("x-functions-key", HostFixture.AdminKey);
        return await host.Client.SendAsync(request);
    }

    /// <summary>Polls the entry until it is final for the version <paramref name="etag"/> (any version when null).</summary>
    public static async Task<JsonElement> WaitForFinalEntryAsync(this HostProcess host, string name, string? etag = null, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(90));
        JsonElement last = default;
        while (DateTime.UtcNow < deadline)
        {
            using (var response = await host.GetEntryAsync(name))
            {
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    last = await response.Content.ReadFromJsonAsync<JsonElement>();
                    if (FinalStates.Contains(last.GetProperty("state").GetString()!) && (etag is null || last.GetProperty("etag").GetString() == etag))
                    {
                        return last;
                    }
                }
            }

            await Task.Delay(250);
        }

        var tail = host.Output.Length > 6000 ? host.Output[^6000..] : host.Output;
        throw new TimeoutException($"The ledger entry of '{name}' never became final; last: {last}\nHost log:\n{tail}");
    }
}

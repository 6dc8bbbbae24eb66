using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using NetralitasSearch.Functions.Tests.Infrastructure;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Tests.Security;

/// <summary>No secret in the host's log: a host of its own, logging everything down to Trace, request lines included.</summary>
public sealed partial class HostLoggingTests
{
    private const string Redacted = "[hidden]";

    [Fact]
    public async Task TheAdminKeyAndTheStorageKeyNeverAppearInTheLogEvenAtTrace()
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        await using var host = await HostProcess.StartAsync(azurite.ConnectionString, settings: new Dictionary<string, string>(HostFixture.FastScan)
        {
            ["Logging__LogLevel__Default"] = "Trace",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Trace",
        });

        // The key everywhere a caller can put it: the code= parameter, the header, and next to wrong keys.
        await AssertStatusAsync(host, HttpStatusCode.OK, HttpMethod.Get, $"/api/ingest/status?code={HostFixture.AdminKey}");
        await AssertStatusAsync(host, HttpStatusCode.OK, HttpMethod.Get, "/api/ingest/status", header: HostFixture.AdminKey);
        await AssertStatusAsync(host, HttpStatusCode.Unauthorized, HttpMethod.Get, $"/api/ingest/status?code={HostFixture.AdminKey}0");
        await AssertStatusAsync(host, HttpStatusCode.OK, HttpMethod.Post, $"/api/admin/reconcile?code={HostFixture.AdminKey}");
        var storage = StorageAccount.Connect(azurite.ConnectionString);
        await storage.Blobs.UploadAsync("articles", "log/rahasia.html", Articles.Html("qzrahasia", "Kunci Tidak Tercatat", "Log bersih."), "text/html");
        await host.WaitForSearchAsync("q=qzrahasia", r => r.GetProperty("total").GetInt32() == 1);
        Assert.Equal("indexed", (await host.WaitForFinalEntryAsync("log/rahasia.html")).GetProperty("state").GetString());

        var log = host.Output;
        Assert.Contains($"/api/ingest/status?code={Redacted}", log, StringComparison.Ordinal);
        Assert.DoesNotContain(HostFixture.AdminKey, log, StringComparison.Ordinal);
        Assert.DoesNotContain(AccountKey().Match(azurite.ConnectionString).Groups[1].Value, log, StringComparison.Ordinal);
    }

    private static async Task AssertStatusAsync(HostProcess host, HttpStatusCode expected, HttpMethod method, string path, string? header = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (header is not null)
        {
            request.Headers.Add("x-functions-key", header);
        }

        using var response = await host.Client.SendAsync(request);
        Assert.True(expected == response.StatusCode, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadFromJsonAsync<JsonElement>()}");
    }

    [GeneratedRegex("AccountKey=([^;]+)")]
    private static partial Regex AccountKey();
}

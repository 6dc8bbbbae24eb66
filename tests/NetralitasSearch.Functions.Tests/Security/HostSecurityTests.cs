using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text;
using NetralitasSearch.Functions.Tests.Infrastructure;

namespace NetralitasSearch.Functions.Tests.Security;

/// <summary>What the running host exposes: where it listens, and how user-controlled text comes back from the API.</summary>
[Collection(HostCollection.Name)]
public sealed class HostSecurityTests(HostFixture fixture)
{
    [Fact]
    public async Task HostListensOnLoopbackOnlyByDefault()
    {
        // The fixture starts the host as ./run.sh does: PORT alone, no Host__Bind, no ASPNETCORE_URLS.
        var port = fixture.Host.Port;

        Assert.True(await AcceptsAsync(IPAddress.Loopback, port), $"Nothing answered on 127.0.0.1:{port}.");
        foreach (var address in OtherAddressesOfThisMachine())
        {
            Assert.False(await AcceptsAsync(address, port), $"The host accepted a connection on {address}, port {port}.");
        }
    }

    [Fact]
    public async Task ADocumentTitledScriptComesBackFromTheApiAsEscapedJson()
    {
        const string text = "<script>alert(1)</script>\n\nKata penanda qzskrip. Bawaslu memanggil kepala desa <img src=x onerror=alert(2)> yang diduga mendukung paslon di Musi Rawas.\n";
        await fixture.Storage.Blobs.UploadAsync("articles", "tests/security/skrip.txt", Encoding.UTF8.GetBytes(text), "text/plain");
        var hit = (await fixture.Host.WaitForSearchAsync("q=qzskrip", r => r.GetProperty("total").GetInt32() == 1)).GetProperty("hits")[0];

        // Read as JSON, the title is the text as written, and the snippet is HTML with the page's tags escaped.
        Assert.Equal("<script>alert(1)</script>", hit.GetProperty("title").GetString());
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Contains("<mark>qzskrip</mark>", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);

        // As bytes on the wire, no answer holds markup at all: every <, > and & is a \u escape.
        foreach (var path in new[] { "/api/search?q=qzskrip", $"/api/documents/{hit.GetProperty("id").GetString()}", "/api/search?q=%3Cscript%3E%22" })
        {
            using var response = await fixture.Host.Client.GetAsync(path);
            var raw = await response.Content.ReadAsStringAsync();
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.DoesNotContain("<", raw, StringComparison.Ordinal);
            Assert.DoesNotContain(">", raw, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Addresses that reach this machine but are not 127.0.0.1: 127.0.0.2 (all of 127/8 is loopback, but a socket
    /// bound to 127.0.0.1 does not answer it, so it shows a wildcard bind on any machine), ::1, and every address
    /// of the network interfaces.
    /// </summary>
    private static IEnumerable<IPAddress> OtherAddressesOfThisMachine()
    {
        yield return IPAddress.Parse("127.0.0.2");
        yield return IPAddress.IPv6Loopback;
        foreach (var address in NetworkInterface.GetAllNetworkInterfaces()
            .Where(nic => nic.OperationalStatus == OperationalStatus.Up)
            .SelectMany(nic => nic.GetIPProperties().UnicastAddresses)
            .Select(unicast => unicast.Address)
            .Where(address => !address.Equals(IPAddress.Loopback) && !address.Equals(IPAddress.IPv6Loopback)))
        {
            yield return address;
        }
    }

    private static async Task<bool> AcceptsAsync(IPAddress address, int port)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            using var client = new TcpClient(address.AddressFamily);
            await client.ConnectAsync(address, port, timeout.Token);
            return true;
        }
        catch (Exception exception) when (exception is SocketException or OperationCanceledException)
        {
            // Refused, unreachable, or a family this machine does not have: not accepted.
            return false;
        }
    }
}

using NetralitasSearch.Functions.Alerts;
using NetralitasSearch.Functions.Scraping;

namespace NetralitasSearch.Functions.Tests.Alerts;

public sealed class WebhookAddressTests
{
    private static readonly AddressGuard Strict = new(allowPrivateAddresses: false, "Alerts:AllowPrivateAddresses");
    private static readonly AddressGuard Loose = new(allowPrivateAddresses: true, "Alerts:AllowPrivateAddresses");

    [Theory]
    [InlineData("https://hooks.contoh.example/netralitas?token=abc")]
    [InlineData("http://203.0.114.10:8080/hook")]
    public void PublicHttpAndHttpsUrlsMayBeSaved(string webhook)
    {
        Assert.Null(WebhookAddress.Problem(webhook, Strict));
    }

    [Theory]
    [InlineData("http://127.0.0.1:9000/hook", "loopback")]
    [InlineData("http://localhost/hook", "loopback")]
    [InlineData("http://10.1.2.3/hook", "private")]
    [InlineData("http://192.168.1.5/hook", "private")]
    [InlineData("http://169.254.169.254/latest/meta-data", "link-local")]
    [InlineData("http://[::1]/hook", "loopback")]
    [InlineData("http://[::ffff:10.0.0.1]/hook", "private")]
    public void InternalAddressesAreRefusedUnlessAllowed(string webhook, string kind)
    {
        var problem = WebhookAddress.Problem(webhook, Strict);

        Assert.NotNull(problem);
        Assert.Contains(kind, problem, StringComparison.Ordinal);
        Assert.Contains("Alerts:AllowPrivateAddresses is off", problem, StringComparison.Ordinal);
        Assert.Null(WebhookAddress.Problem(webhook, Loose));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("hooks.contoh.example/x")]
    [InlineData("ftp://hooks.contoh.example/x")]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://user:secret@hooks.contoh.example/x")]
    public void OnlyAbsoluteHttpUrlsWithoutCredentials(string? webhook)
    {
        Assert.NotNull(WebhookAddress.Problem(webhook, Loose));
    }

    [Fact]
    public void RetriesWaitLongerEachTimeUpToAnHour()
    {
        var options = new AlertOptions { RetryDelay = TimeSpan.FromSeconds(10) };

        Assert.Equal([10, 20, 40, 80], Enumerable.Range(1, 4).Select(a => options.Backoff(a).TotalSeconds));
        Assert.Equal(TimeSpan.FromHours(1), options.Backoff(30));
    }
}

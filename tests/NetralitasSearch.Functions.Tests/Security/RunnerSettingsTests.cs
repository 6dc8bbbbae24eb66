using Microsoft.Extensions.Configuration;
using NetralitasSearch.LocalRunner;

namespace NetralitasSearch.Functions.Tests.Security;

/// <summary>Where the host listens: loopback unless told otherwise, as <c>func start</c> does.</summary>
public sealed class RunnerSettingsTests
{
    [Theory]
    [InlineData(null, null, "http://127.0.0.1:7071")]
    [InlineData("8080", null, "http://127.0.0.1:8080")]
    [InlineData("not-a-port", null, "http://127.0.0.1:7071")]
    [InlineData(null, "0.0.0.0", "http://0.0.0.0:7071")]
    public void TheHostListensOnLoopbackUnlessABindAddressIsConfigured(string? port, string? bind, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PORT"] = port,
            ["Host:Bind"] = bind,
        }).Build();

        Assert.Equal(expected, RunnerSettings.Urls(configuration));
    }
}

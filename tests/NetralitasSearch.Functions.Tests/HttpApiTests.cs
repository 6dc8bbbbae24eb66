using System.Net;
using System.Text.Json;
using NetralitasSearch.Functions.Tests.Infrastructure;

namespace NetralitasSearch.Functions.Tests;

/// <summary>The HTTP functions through the real host: bad input is a 400 with a message, never a 500.</summary>
[Collection(HostCollection.Name)]
public sealed class HttpApiTests(HostFixture fixture)
{
    [Theory]
    [InlineData("q=(netralitas", "never closed")]
    [InlineData("q=%22tidak%20netral", "never closed")]
    [InlineData("q=foo:bar", "Unknown field")]
    [InlineData("q=net*ral", "Wildcards")]
    [InlineData("q=published:[2024-01-01%20TO]", "range")]
    [InlineData("from=2024-13-01", "YYYY-MM-DD")]
    [InlineData("from=2024-06-01&to=2024-01-01", "after")]
    [InlineData("size=0", "size")]
    [InlineData("size=1000", "size")]
    [InlineData("page=200&size=100", "page")]
    [InlineData("sort=random", "sort")]
    [InlineData("regency=Atlantis", "Unknown regency")]
    [InlineData("province=Atlantis", "Unknown province")]
    [InlineData("q=violation:korupsi", "Unknown violation")]
    public async Task BadParametersGive400WithAMessage(string query, string expected)
    {
        using var response = await fixture.Host.Client.GetAsync($"/api/search?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains(expected, body.GetProperty("error").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SearchAnswersWithTheContractShape()
    {
        var body = await fixture.Host.GetJsonAsync("/api/search?q=netralitas&regency=OKU&sort=date&page=1&size=5");

        Assert.True(body.TryGetProperty("total", out _));
        Assert.Equal(JsonValueKind.Array, body.GetProperty("hits").ValueKind);
        foreach (var facet in new[] { "regency", "province", "year", "person" })
        {
            Assert.Equal(JsonValueKind.Array, body.GetProperty("facets").GetProperty(facet).ValueKind);
        }
    }

    [Fact]
    public async Task UnknownDocumentIs404AndMalformedIdIs400()
    {
        using var missing = await fixture.Host.Client.GetAsync("/api/documents/0123456789abcdef0123");
        using var malformed = await fixture.Host.Client.GetAsync("/api/documents/..%2Fetc");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }

    [Fact]
    public async Task HealthReportsReadyWithTheDocumentCount()
    {
        var health = await fixture.Host.GetJsonAsync("/api/health");

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.True(health.GetProperty("documents").GetInt64() >= 0);
    }

    [Fact]
    public async Task SearchPageIsServedWithSecurityHeaders()
    {
        using var response = await fixture.Host.Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("NetralitasSearch", await response.Content.ReadAsStringAsync());
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }
}

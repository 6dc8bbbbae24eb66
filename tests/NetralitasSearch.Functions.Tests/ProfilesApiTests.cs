using System.Net;
using System.Text.Json;
using NetralitasSearch.Functions.Tests.Infrastructure;

namespace NetralitasSearch.Functions.Tests;

/// <summary>The person and regency pages' API through the real host, checked against the search's own answers.</summary>
[Collection(UiCollection.Name)]
public sealed class ProfilesApiTests(UiFixture fixture)
{
    [Fact]
    public async Task APersonsPageHoldsEveryDocumentTheSearchFindsUnderTheirExactName()
    {
        var facets = await fixture.Host.GetJsonAsync("/api/search?q=&size=1");
        var names = facets.GetProperty("facets").GetProperty("person").EnumerateArray().Select(p => p.GetProperty("value").GetString()!).ToList();
        Assert.NotEmpty(names);
        foreach (var name in names)
        {
            var person = await fixture.Host.GetJsonAsync($"/api/persons?name={Uri.EscapeDataString(name)}");
            var found = await fixture.Host.GetJsonAsync($"/api/search?person={Uri.EscapeDataString(name)}&collapse=false&size=100");
            var naming = found.GetProperty("hits").EnumerateArray()
                .Where(h => h.GetProperty("persons").EnumerateArray().Any(p => string.Equals(p.GetProperty("name").GetString(), name, StringComparison.OrdinalIgnoreCase)))
                .Select(h => h.GetProperty("id").GetString()).Order(StringComparer.Ordinal).ToList();

            Assert.Equal(name, person.GetProperty("name").GetString(), ignoreCase: true);
            Assert.Equal(naming, person.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()).Order(StringComparer.Ordinal).ToList());
            Assert.Equal(naming.Count, person.GetProperty("document_count").GetInt32());
        }
    }

    [Fact]
    public async Task ARegencysPageCountsAsTheSearchCounts()
    {
        var regency = await fixture.Host.GetJsonAsync("/api/regencies?name=Mura");
        var search = await fixture.Host.GetJsonAsync("/api/search?regency=16.05&size=1");

        Assert.Equal(("16.05", "Musi Rawas"), (regency.GetProperty("code").GetString(), regency.GetProperty("name").GetString()));
        Assert.Equal(search.GetProperty("total").GetInt32(), regency.GetProperty("stories").GetInt32());
        var months = regency.GetProperty("incident_months").EnumerateArray().Sum(m => m.GetProperty("count").GetInt32());
        Assert.Equal(regency.GetProperty("incidents").GetInt32(), months + regency.GetProperty("undated_incidents").GetInt32());
        Assert.True(regency.GetProperty("incidents").GetInt32() > 0, regency.ToString());
        Assert.All(regency.GetProperty("latest_incidents").EnumerateArray(), d => Assert.Contains(d.GetProperty("violations").EnumerateArray(), v => v.GetString() != "appeal"));
        Assert.All(regency.GetProperty("circulars").EnumerateArray(), d => Assert.Contains(d.GetProperty("violations").EnumerateArray(), v => v.GetString() == "appeal"));
    }

    [Theory]
    [InlineData("/api/persons", HttpStatusCode.BadRequest)]
    [InlineData("/api/persons?name=%20--%20", HttpStatusCode.BadRequest)]
    [InlineData("/api/persons?name=Qzorang%20Tidakada", HttpStatusCode.NotFound)]
    [InlineData("/api/regencies", HttpStatusCode.BadRequest)]
    [InlineData("/api/regencies?name=Sumatera%20Selatan", HttpStatusCode.BadRequest)]
    [InlineData("/api/regencies?name=Atlantis%20Raya", HttpStatusCode.NotFound)]
    [InlineData("/api/regencies?code=99.99", HttpStatusCode.NotFound)]
    public async Task BadOrUnknownNamesAreAnsweredWithAMessage(string path, HttpStatusCode expected)
    {
        using var response = await fixture.Host.Client.GetAsync(path);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(expected, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("error").GetString()));
    }
}

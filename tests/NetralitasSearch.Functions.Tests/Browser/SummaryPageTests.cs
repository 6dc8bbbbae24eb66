using Microsoft.Playwright;
using NetralitasSearch.Functions.Tests.Infrastructure;

namespace NetralitasSearch.Functions.Tests.Browser;

/// <summary>The summary page in Debian's chromium against the real host: the map, the regency table, the months, and numbers that open their searches.</summary>
[Collection(UiCollection.Name)]
public sealed class SummaryPageTests(UiFixture fixture)
{
    [Fact]
    public async Task TheMapAndTableCountIncidentsAndEachNumberOpensASearchWithThatTotal()
    {
        var page = await fixture.NewPageAsync(height: 1400);
        await page.GotoAsync("/summary.html");

        await page.WaitForSelectorAsync("#map svg a.map-link");
        await page.WaitForSelectorAsync("#regency-table tbody tr");
        Assert.Equal(34, await page.Locator("#map svg path.province").CountAsync());
        var incidents = await fixture.Host.GetJsonAsync("/api/aggregate?by=province&incidents=true");
        Assert.Matches($"^{incidents.GetProperty("total").GetInt32()} berita", await page.TextContentAsync("#summary-status") ?? "");

        // Sumatera Selatan (Musi Rawas, OKU) on the map: its count is the province's aggregate count.
        var sumsel = page.Locator("#map a.map-link[data-province='Sumatera Selatan']");
        var expected = incidents.GetProperty("buckets").EnumerateArray().Single(b => b.GetProperty("value").GetString() == "Sumatera Selatan").GetProperty("count").GetInt32();
        Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), await sumsel.GetAttributeAsync("data-count"));
        Assert.StartsWith("id-ss", await sumsel.Locator("path").GetAttributeAsync("data-map-id") ?? "", StringComparison.Ordinal);

        // The table: sortable, a row per regency; its cells link to the search behind them.
        var musiRawas = page.Locator("#regency-table tbody tr[data-regency='Musi Rawas']");
        var cell = musiRawas.Locator("td[data-kind='social-media'] a");
        var shown = int.Parse(await cell.TextContentAsync() ?? "", System.Globalization.CultureInfo.InvariantCulture);
        var href = await cell.GetAttributeAsync("href") ?? "";
        var search = await fixture.Host.GetJsonAsync($"/api/search{href[1..]}");
        Assert.Equal(shown, search.GetProperty("total").GetInt32());
        Assert.Contains("incidents=true", href, StringComparison.Ordinal);

        await page.ClickAsync("#regency-table th[data-key='name'] button");
        var names = await page.Locator("#regency-table tbody th").AllTextContentsAsync();
        Assert.Equal(names.Order(StringComparer.InvariantCultureIgnoreCase), names);
        await page.ClickAsync("#regency-table th[data-key='total'] button");
        Assert.Equal("descending", await page.GetAttributeAsync("#regency-table th[data-key='total']", "aria-sort"));

        Assert.True(await page.Locator("#months svg rect.bar").CountAsync() > 0);
        await UiFixture.ScreenshotAsync(page, "summary", fullPage: false);

        // Following the map's link opens the search page with that total.
        await sumsel.ClickAsync();
        await page.WaitForSelectorAsync(".hit");
        await page.WaitForFunctionAsync("() => !document.querySelector('#status').textContent.includes('…')");
        Assert.Matches($"^{expected} berita", await page.TextContentAsync("#status") ?? "");
        Assert.True(await page.IsCheckedAsync("#f-incidents"));
    }

    [Fact]
    public async Task TheSummaryFollowsTheSearchItCameFrom()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/?q=bawaslu");
        await page.WaitForSelectorAsync(".hit");

        await page.ClickAsync("#export-summary");

        await page.WaitForSelectorAsync("#regency-table tbody tr");
        Assert.Contains("q=bawaslu", page.Url, StringComparison.Ordinal);
        var aggregate = await fixture.Host.GetJsonAsync("/api/aggregate?q=bawaslu&incidents=true&by=regency");
        Assert.Equal(aggregate.GetProperty("buckets").GetArrayLength(), await page.Locator("#regency-table tbody tr").CountAsync());
        Assert.Contains("bawaslu", await page.TextContentAsync("#scope") ?? "", StringComparison.Ordinal);

        // Clearing "incidents only" counts every article of the search.
        await page.UncheckAsync("#incidents-only");
        var all = await fixture.Host.GetJsonAsync("/api/aggregate?q=bawaslu&by=regency");
        await page.WaitForFunctionAsync($"() => document.querySelector('#summary-status').textContent.startsWith('{all.GetProperty("total").GetInt32()} ')");
        Assert.Contains("incidents=false", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmptyResultSaysSoWithoutEmptyBoxes()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/summary.html?q=qztidakadasamasekali");

        await page.WaitForFunctionAsync("() => document.querySelector('#summary-status').textContent.includes('Tidak ada')");
        Assert.False(await page.IsVisibleAsync("#map"));
        Assert.False(await page.IsVisibleAsync("#regency-table"));
    }
}

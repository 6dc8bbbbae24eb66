using Microsoft.Playwright;
using NetralitasSearch.Functions.Tests.Infrastructure;

namespace NetralitasSearch.Functions.Tests.Browser;

/// <summary>What a new user hit on the search page: empty boxes and live buttons, filters far down on a phone, English errors, no word that the documents are Indonesian.</summary>
[Collection(UiCollection.Name)]
public sealed class PaperCutTests(UiFixture fixture)
{
    [Fact]
    public async Task TheEmptyPageShowsNoChartBoxesAndNoExportButtons()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await page.WaitForFunctionAsync("() => document.querySelector('#status').textContent.length > 0");

        Assert.False(await page.IsVisibleAsync("#charts"));
        Assert.False(await page.IsVisibleAsync(".chart-box"));
        Assert.False(await page.IsVisibleAsync("#export-csv"));
        Assert.False(await page.IsVisibleAsync("#exports"));

        // A search that finds nothing has nothing to chart or download either; it can still be saved as an alert.
        await page.GotoAsync("/?q=qztidakadasamasekali");
        await page.WaitForFunctionAsync("() => /^0 /.test(document.querySelector('#status').textContent)");
        Assert.False(await page.IsVisibleAsync("#charts"));
        Assert.False(await page.IsVisibleAsync("#export-csv"));
        Assert.False(await page.IsVisibleAsync("#export-json"));
        Assert.True(await page.IsVisibleAsync("#save-alert"));

        // With results they are there.
        await page.GotoAsync("/?q=bawaslu");
        await page.WaitForSelectorAsync(".hit");
        Assert.True(await page.IsVisibleAsync("#charts"));
        Assert.True(await page.IsVisibleAsync("#export-csv"));
    }

    [Fact]
    public async Task OnAPhoneTheFiltersAreBehindAFilterButtonOnTheFirstScreen()
    {
        var page = await fixture.NewPageAsync(width: 390, height: 844);
        await page.GotoAsync("/?q=bawaslu&violation=social-media");
        await page.WaitForSelectorAsync(".hit");

        var toggle = page.Locator("#filters-toggle");
        Assert.True(await toggle.IsVisibleAsync());
        var box = await toggle.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Y + box.Height <= 844, $"the Filter button ends {box.Y + box.Height}px down a 844px screen");
        Assert.Equal("Filter (1)", (await toggle.TextContentAsync())?.Trim());
        Assert.False(await page.IsVisibleAsync("#f-regency"));

        await toggle.ClickAsync();

        Assert.Equal("true", await toggle.GetAttributeAsync("aria-expanded"));
        var regency = await page.Locator("#f-regency").BoundingBoxAsync();
        Assert.NotNull(regency);
        Assert.True(regency.Y + regency.Height <= 844, $"the regency filter starts {regency.Y}px down");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than a 390px screen");
        await UiFixture.ScreenshotAsync(page, "phone-filters", fullPage: false);
    }

    [Theory]
    [InlineData("(netralitas", "Tanda kurung ini tidak ditutup")]
    [InlineData("%22tidak%20netral", "Tanda kutip ini tidak ditutup")]
    [InlineData("foo:bar", "Kolom 'foo' tidak dikenal")]
    public async Task AQueryErrorIsIndonesianInTheIndonesianInterface(string query, string expected)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync($"/?q={query}");

        var status = page.Locator("#status.error");
        await status.WaitForAsync();
        var text = await status.TextContentAsync() ?? "";
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.Contains("karakter ke-", text, StringComparison.Ordinal);

        // The English interface gives the API's own words.
        await page.ClickAsync("#lang-toggle");
        Assert.DoesNotContain("Tanda", await status.TextContentAsync() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownRegencyIsIndonesianToo()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/?regency=Atlantis");

        var status = page.Locator("#status.error");
        await status.WaitForAsync();
        Assert.StartsWith("Kabupaten/kota 'Atlantis' tidak dikenal", await status.TextContentAsync() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheEnglishInterfaceSaysTheDocumentsAreInIndonesian()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/?q=bawaslu");
        await page.WaitForSelectorAsync(".hit");
        Assert.False(await page.IsVisibleAsync("#lang-note"));

        await page.ClickAsync("#lang-toggle");

        Assert.True(await page.IsVisibleAsync("#lang-note"));
        Assert.Contains("documents are in Indonesian", await page.TextContentAsync("#lang-note") ?? "", StringComparison.Ordinal);
        await page.ReloadAsync();
        await page.WaitForSelectorAsync(".hit");
        Assert.True(await page.IsVisibleAsync("#lang-note"));
        await page.GotoAsync("/summary.html");
        Assert.True(await page.IsVisibleAsync(".lang-note"));
    }
}

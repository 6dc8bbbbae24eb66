using Microsoft.Playwright;
using NetralitasSearch.Functions.Tests.Infrastructure;

namespace NetralitasSearch.Functions.Tests.Browser;

/// <summary>The search page in Debian's chromium against the real host: search, autocomplete, clusters, keyboard, phone.</summary>
[Collection(UiCollection.Name)]
public sealed class SearchPageTests(UiFixture fixture)
{
    [Fact]
    public async Task SearchShowsResultsWithChartsFacetsAndMarkedSnippets()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");

        await page.FillAsync("#q", "bawaslu");
        await page.PressAsync("#q", "Enter");

        await page.WaitForSelectorAsync(".hit");
        Assert.Contains("q=bawaslu", page.Url, StringComparison.Ordinal);
        Assert.Matches(@"^\d+ berita", await page.TextContentAsync("#status") ?? "");
        Assert.True(await page.Locator(".hit .snippet mark").CountAsync() > 0);
        Assert.True(await page.Locator("#timeline svg rect.bar").CountAsync() > 0);
        Assert.True(await page.Locator("#top-regencies svg .bar-row").CountAsync() > 0);
        Assert.True(await page.Locator(".filter[data-facet=regency] .facet-value").CountAsync() > 0);
        Assert.True(await page.Locator(".hit .chips .chip.regency").CountAsync() > 0);
        await UiFixture.ScreenshotAsync(page, "search", fullPage: false);
        await UiFixture.ScreenshotAsync(page, "search-full");

        // The URL holds the state: opening it afresh gives the same page.
        var again = await fixture.NewPageAsync();
        await again.GotoAsync(page.Url);
        await again.WaitForSelectorAsync(".hit");
        Assert.Equal("bawaslu", await again.InputValueAsync("#q"));
        Assert.Equal(await page.TextContentAsync("#status"), await again.TextContentAsync("#status"));
    }

    [Fact]
    public async Task TheTimelineCountsUndatedDocumentsBesideTheMonths()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync($"/?q={UiArticles.UndatedMarker}%20OR%20{UiArticles.ClusterMarker}");
        await page.WaitForSelectorAsync(".hit");

        // The results and the charts are drawn in one pass: with the hits on the page the caption is there too.
        Assert.Equal("· tanpa tanggal: 1", await page.TextContentAsync("#undated"));
        Assert.Equal(1, await page.Locator("#timeline svg rect.bar").CountAsync());
        Assert.Matches(@"^2 berita", await page.TextContentAsync("#status") ?? "");

        await page.ClickAsync("#lang-toggle");
        Assert.Equal("· undated: 1", await page.TextContentAsync("#undated"));
    }

    [Fact]
    public async Task StoriesHoldingMostWordsShowUnderTheirOwnHeadingAfterTheExactOnes()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync($"/?q=kades%20dukung%20{UiArticles.FormulaMarker}");
        await page.WaitForSelectorAsync("#partial-hits .hit");

        // One story holds the three words: the total counts it alone, and it carries no label.
        Assert.Matches(@"^1 berita", await page.TextContentAsync("#status") ?? "");
        Assert.Equal(1, await page.Locator("#hits .hit").CountAsync());
        Assert.Equal(0, await page.Locator("#hits .matched-parts").CountAsync());
        Assert.True(await page.IsVisibleAsync("#partial"));
        Assert.Equal("Hampir cocok: memuat sebagian besar kata", await page.TextContentAsync("#partial-title"));
        Assert.Matches(@"^\d+ berita lain memuat sedikitnya 2 dari 3 kata", await page.TextContentAsync("#partial-note") ?? "");
        Assert.InRange(await page.Locator("#partial-hits .hit").CountAsync(), 1, 9);
        Assert.All(await page.Locator("#partial-hits .hit .matched-parts").AllTextContentsAsync(), label => Assert.Equal("memuat 2 dari 3 kata", label));
        await UiFixture.ScreenshotAsync(page, "search-partial");

        await page.ClickAsync("#lang-toggle");
        Assert.Equal("Near matches: holding most of the words", await page.TextContentAsync("#partial-title"));
        Assert.Equal("has 2 of 3 words", await page.Locator("#partial-hits .hit .matched-parts").First.TextContentAsync());
        await page.ClickAsync("#lang-toggle");

        // A question whose exact hits fill the page has no such section.
        await page.FillAsync("#q", "bawaslu");
        await page.PressAsync("#q", "Enter");
        await page.WaitForFunctionAsync("() => new URLSearchParams(location.search).get('q') === 'bawaslu' && !document.querySelector('#status').textContent.includes('…')");
        Assert.False(await page.IsVisibleAsync("#partial"));
        Assert.Equal(0, await page.Locator("#partial-hits .hit").CountAsync());
    }

    [Fact]
    public async Task FilterByRegencyThroughTheAutocomplete()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/?q=netralitas%20OR%20kades");
        await page.WaitForSelectorAsync(".hit");

        await page.Locator("#f-regency").PressSequentiallyAsync("OKU");
        var options = page.Locator("#f-regency ~ .suggestions [role=option]");
        await options.First.WaitForAsync();
        var offered = await options.Locator(".suggestion-name").AllTextContentsAsync();
        Assert.Contains("Ogan Komering Ulu", offered);
        Assert.Contains("Ogan Komering Ulu Selatan", offered);
        Assert.Contains("Ogan Komering Ulu Timur", offered);
        await UiFixture.ScreenshotAsync(page, "autocomplete");

        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");

        // Polled in the page, since the pushState can land before a URL wait would start listening.
        await page.WaitForFunctionAsync("() => new URLSearchParams(location.search).get('regency') === 'Ogan Komering Ulu'");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.hit')].length > 0 && !document.querySelector('#status').textContent.includes('…')");
        var regencies = await page.Locator(".hit .chips").AllTextContentsAsync();
        Assert.NotEmpty(regencies);
        Assert.All(regencies, chips => Assert.Contains("Ogan Komering Ulu", chips, StringComparison.Ordinal));
        Assert.Equal("Ogan Komering Ulu", await page.InputValueAsync("#f-regency"));
    }

    [Fact]
    public async Task AlsoPublishedByExpandsTheSameStoryCluster()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync($"/?q={UiArticles.ClusterMarker}");
        var toggle = page.Locator(".hit .cluster-toggle");
        await toggle.WaitForAsync();
        Assert.Equal(1, await page.Locator(".hit").CountAsync());
        Assert.Contains("1", await toggle.TextContentAsync() ?? "", StringComparison.Ordinal);

        await toggle.ClickAsync();

        var other = page.Locator(".cluster-list li a");
        await other.First.WaitForAsync();
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-expanded"));
        Assert.Contains("Warta Silampari", await page.TextContentAsync(".cluster-list") ?? "", StringComparison.Ordinal);
        await UiFixture.ScreenshotAsync(page, "cluster");
    }

    [Fact]
    public async Task SlashFocusesTheSearchBoxAndResultsOpenWithTheKeyboard()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync($"/?q={UiArticles.QuoteMarker}");
        await page.WaitForSelectorAsync(".hit");
        await page.EvaluateAsync("() => document.activeElement && document.activeElement.blur()");

        await page.Keyboard.PressAsync("/");
        Assert.Equal("q", await page.EvaluateAsync<string>("() => document.activeElement.id"));

        // Tab moves from the search box through the filters to the first result's link.
        var reached = false;
        for (var presses = 0; presses < 80 && !reached; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<bool>("() => document.activeElement.classList.contains('hit-title')");
        }

        Assert.True(reached, "Tab never reached a result");

        // The navigation can commit before a URL wait would start listening, so wait for the document page's own content.
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#doc-text mark.entity");
        Assert.Contains("/document.html?id=", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadableOnAPhoneWithoutSidewaysScrolling()
    {
        var page = await fixture.NewPageAsync(width: 360, height: 780);
        await page.GotoAsync("/?q=bawaslu");
        await page.WaitForSelectorAsync(".hit");

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than a 360px screen");
        await UiFixture.ScreenshotAsync(page, "phone");
    }

    [Fact]
    public async Task EnglishLabelsAreOneClickAwayAndRemembered()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/?q=bawaslu");
        await page.WaitForSelectorAsync(".hit");
        Assert.Equal("Cari", (await page.TextContentAsync("#search button"))?.Trim());

        await page.ClickAsync("#lang-toggle");

        Assert.Equal("Search", (await page.TextContentAsync("#search button"))?.Trim());
        Assert.Matches(@"^\d+ articles", await page.TextContentAsync("#status") ?? "");
        await page.ReloadAsync();
        await page.WaitForSelectorAsync(".hit");
        Assert.Equal("Regency/city", (await page.TextContentAsync("label[for=f-regency]"))?.Trim());
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
    }
}

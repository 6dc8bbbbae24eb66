using NetralitasSearch.Functions.Tests.Infrastructure;

namespace NetralitasSearch.Functions.Tests.Browser;

/// <summary>
/// Markup inside a document's fields (title, author, text, snippet) is shown as characters on the search page and the
/// document page, and never runs: each payload would set window.__pwned if it were parsed as HTML.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class HostileTextTests(UiFixture fixture)
{
    [Fact]
    public async Task MarkupInATitleOrTextShowsAsTextAndNeverRuns()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync($"/?q={UiArticles.HostileMarker}");
        await page.WaitForSelectorAsync(".hit");

        Assert.Equal(UiArticles.HostileTitle, (await page.TextContentAsync(".hit-title"))?.Trim());
        Assert.Contains("<b onmouseover=", await page.TextContentAsync(".hit .snippet") ?? "", StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator(".hit script, .hit img, .hit b[onmouseover], .hit iframe, .hit svg[onload]").CountAsync());
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__pwned ?? null"));

        await page.ClickAsync(".hit-title");
        await page.WaitForSelectorAsync("#doc-text");
        Assert.Equal(UiArticles.HostileTitle, (await page.TextContentAsync("#doc-title"))?.Trim());
        Assert.Contains("<iframe src=javascript:", await page.TextContentAsync("#doc-text") ?? "", StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("main script, #doc-text img, #doc-text iframe, #doc-title img, svg[onload]").CountAsync());
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__pwned ?? null"));
    }
}

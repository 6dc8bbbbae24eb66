using NetralitasSearch.Functions.Tests.Infrastructure;

namespace NetralitasSearch.Functions.Tests.Browser;

/// <summary>The document view: the text with its entities marked, the side list, the original link, the cluster's outlets.</summary>
[Collection(UiCollection.Name)]
public sealed class DocumentPageTests(UiFixture fixture)
{
    [Fact]
    public async Task OpeningADocumentShowsItsEntitiesMarkedInTheText()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync($"/?q={UiArticles.ClusterMarker}");
        await page.ClickAsync(".hit-title");

        await page.WaitForSelectorAsync("#doc-text mark.entity");
        Assert.Equal("Bawaslu Musi Rawas Panggil Kades Sukamaju soal Unggahan Dukungan", await page.TextContentAsync("#doc-title"));
        var marked = await page.Locator("#doc-text mark.entity-regency").AllTextContentsAsync();
        Assert.Contains(marked, m => m.Equals("Musi Rawas", StringComparison.OrdinalIgnoreCase) || m.Equals("MUSI RAWAS", StringComparison.Ordinal));
        Assert.Contains("Rudi Hartono", await page.Locator("#doc-text mark.entity-person").AllTextContentsAsync());
        Assert.True(await page.Locator("#doc-text mark.entity-date").CountAsync() > 0);
        Assert.True(await page.Locator("#doc-text mark.entity-legal-reference").CountAsync() > 0);

        // Marks are built from text slices: the marked text reads exactly as the stored text.
        var text = await page.EvaluateAsync<string>("() => document.querySelector('#doc-text').textContent");
        var id = new Uri(page.Url).Query.Split("id=")[1];
        var stored = await fixture.Host.GetJsonAsync($"/api/documents/{id}");
        Assert.Equal(stored.GetProperty("text").GetString(), text);

        Assert.Contains("Rudi Hartono", await page.TextContentAsync(".entity-group[data-type=person]") ?? "", StringComparison.Ordinal);
        Assert.True(await page.Locator(".legend .entity-regency").CountAsync() == 1);
        Assert.StartsWith("https://kabarmura.example/", await page.GetAttributeAsync("#doc-meta a.original", "href") ?? "", StringComparison.Ordinal);
        await page.Locator("#cluster-outlets a").First.WaitForAsync();
        Assert.Contains("Warta Silampari", await page.TextContentAsync("#cluster-outlets") ?? "", StringComparison.Ordinal);
        await UiFixture.ScreenshotAsync(page, "document");
    }
}

using System.Text;
using Microsoft.Playwright;
using NetralitasSearch.Functions.Tests.Infrastructure;

namespace NetralitasSearch.Functions.Tests.Browser;

/// <summary>Exports and alerts from the pages: the CSV a journalist downloads, an alert a watchdog saves.</summary>
[Collection(UiCollection.Name)]
public sealed class ExportAndAlertPageTests(UiFixture fixture)
{
    [Fact]
    public async Task CsvDownloadedFromThePageParsesWithOneRowPerDocument()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/?q=bawaslu&sort=date");
        await page.WaitForSelectorAsync(".hit");
        var total = int.Parse((await page.TextContentAsync("#status"))!.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-csv"));

        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var rows = CsvReader.Parse(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal("id", rows[0][0]);
        Assert.Equal(total, rows.Count - 1);
        Assert.Equal(rows.Count - 1, rows.Skip(1).Select(r => r[0]).Distinct().Count());
        var dates = rows.Skip(1).Select(r => r[2]).Where(d => d.Length > 0).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task AnAlertSavedOnThePageIsDeliveredToItsWebhookAndListedWithItsHit()
    {
        const string hook = "/hooks/halaman";
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/?q=qzhalaman&regency=Musi%20Rawas");
        await page.WaitForSelectorAsync("#status:not(:has-text('…'))");
        await page.ClickAsync("#save-alert");
        await page.WaitForSelectorAsync("#alert-query");
        Assert.Contains("/admin.html", page.Url, StringComparison.Ordinal);
        Assert.Equal("qzhalaman", await page.InputValueAsync("#alert-query"));
        Assert.Equal("Musi Rawas", await page.InputValueAsync("#alert-regency"));

        await page.FillAsync("#admin-key", UiFixture.AdminKey);
        await page.ClickAsync("#key-form button");
        await page.FillAsync("#alert-name", "Musi Rawas: qzhalaman");
        await page.SelectOptionAsync("#alert-violation", "social-media");
        await page.FillAsync("#alert-webhook", fixture.Webhooks.Url(hook));
        await page.ClickAsync("#alert-form button[type=submit]");
        await page.Locator(".alert h3", new PageLocatorOptions { HasText = "Musi Rawas: qzhalaman" }).WaitForAsync();

        await fixture.Storage.Blobs.UploadAsync("articles", "alerts/halaman.html", UiArticles.SharedPosts("qzhalaman", "ASN Musi Rawas Bagikan Unggahan Paslon"), "text/html");
        var posts = await fixture.Webhooks.WaitForAsync(hook, 1, TimeSpan.FromSeconds(60), () => fixture.Host.Output);
        Assert.Equal("ASN Musi Rawas Bagikan Unggahan Paslon", posts[0].GetProperty("document").GetProperty("title").GetString());

        var hit = page.Locator(".alert .last-hit[data-state=delivered]");
        for (var i = 0; i < 50 && await hit.CountAsync() == 0; i++)
        {
            await page.ClickAsync("#alerts-refresh");
            await Task.Delay(200);
        }

        Assert.Contains("ASN Musi Rawas Bagikan Unggahan Paslon", await hit.First.TextContentAsync() ?? "", StringComparison.Ordinal);
        await UiFixture.ScreenshotAsync(page, "alerts");
    }

    [Fact]
    public async Task FilesUploadedThroughTheFormAreStoredAndFollowed()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/admin.html");
        await page.FillAsync("#admin-key", UiFixture.AdminKey);
        await page.ClickAsync("#key-form button");

        await page.SetInputFilesAsync("#upload-files", new FilePayload
        {
            Name = "formulir-halaman.html",
            MimeType = "text/html",
            Buffer = Articles.Html("qzformulir", "Unggahan dari Formulir Halaman", "Diunggah lewat halaman kelola."),
        });
        await page.ClickAsync("#upload-form button[type=submit]");

        await page.Locator("#upload-progress tr[data-name='formulir-halaman.html']").WaitForAsync();
        Assert.NotNull(await fixture.Storage.Blobs.DownloadAsync("articles", "formulir-halaman.html"));
        await fixture.Host.WaitForSearchAsync("q=qzformulir", r => r.GetProperty("total").GetInt32() == 1);
        await UiFixture.ScreenshotAsync(page, "upload");
    }
}

using System.Net;
using Microsoft.Playwright;
using NetralitasSearch.Functions.Tests.Infrastructure;

namespace NetralitasSearch.Functions.Tests.Browser;

/// <summary>The person and regency pages and an alert made without the key, in Debian's chromium.</summary>
[Collection(UiCollection.Name)]
public sealed class ProfilePageTests(UiFixture fixture)
{
    [Fact]
    public async Task APersonChipOfAResultOpensTheirPageWithEveryDocument()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/?q=bawaslu&sort=date");
        var link = page.Locator(".hit .chips li:has(.chip.person) .profile-link").First;
        var href = await link.GetAttributeAsync("href");
        await link.ClickAsync();
        await page.WaitForSelectorAsync("#person-documents li.profile-document");

        Assert.Contains("/person.html?name=", page.Url, StringComparison.Ordinal);
        var asked = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(fixture.BaseUrl + href).Query)["name"].ToString();
        var api = await fixture.Host.GetJsonAsync($"/api/persons?name={Uri.EscapeDataString(asked)}");
        Assert.Equal(api.GetProperty("name").GetString(), await page.TextContentAsync("#profile-name"));
        Assert.Equal(api.GetProperty("documents").GetArrayLength(), await page.Locator("#person-documents li.profile-document").CountAsync());
        Assert.Equal(api.GetProperty("positions").GetArrayLength() == 0 ? 1 : api.GetProperty("positions").GetArrayLength(), await page.Locator("#person-positions li").CountAsync());
        await UiFixture.ScreenshotAsync(page, "person");

        await page.Locator("#person-documents .hit-title").First.ClickAsync();
        await page.WaitForSelectorAsync("#doc-title:not(:empty)");
        Assert.Contains("/document.html?id=", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARegencysPageShowsIncidentsPerMonthPeopleKindsAndCirculars()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/?q=&regency=Musi%20Rawas");
        await page.WaitForSelectorAsync(".hit");
        await page.Locator(".hit .chips li:has(.chip.regency:text-is('Musi Rawas')) .profile-link").First.ClickAsync();
        await page.WaitForSelectorAsync("#regency-months svg");

        var api = await fixture.Host.GetJsonAsync("/api/regencies?name=Musi%20Rawas");
        Assert.Equal("Musi Rawas", await page.TextContentAsync("#profile-name"));
        Assert.Equal(api.GetProperty("incident_months").GetArrayLength(), await page.Locator("#regency-months rect.bar").CountAsync());
        Assert.Equal(api.GetProperty("latest_incidents").GetArrayLength(), await page.Locator("#regency-latest li.profile-document").CountAsync());
        Assert.Equal(api.GetProperty("persons").GetArrayLength(), await page.Locator("#regency-persons li a").CountAsync());
        Assert.Equal(api.GetProperty("violations").GetArrayLength(), await page.Locator("#regency-violations li").CountAsync());
        await UiFixture.ScreenshotAsync(page, "regency");

        // A month of the chart opens the search of that month in that regency.
        await page.Locator("#regency-months rect.bar").First.ClickAsync();
        await page.WaitForSelectorAsync(".hit");
        Assert.Contains("regency=16.05", page.Url, StringComparison.Ordinal);
        Assert.Contains("from=", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownPersonShowsTheMessageAndTheNamesThatComeClose()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/person.html?name=Qzorang%20Tidakada");
        await page.WaitForSelectorAsync("#profile-status.error");
        Assert.Contains("Qzorang Tidakada", await page.TextContentAsync("#profile-status") ?? "", StringComparison.Ordinal);
        Assert.True(await page.Locator("#profile-body").IsHiddenAsync());
    }

    [Fact]
    public async Task AnAlertMadeWithoutTheKeyMailsItsMatchAndIsDeletedThroughItsLink()
    {
        const string address = "wartawan@kabar.test";
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/?q=qzhalsurel&regency=Musi%20Rawas");
        await page.ClickAsync("#subscribe[href*=qzhalsurel]");
        await page.WaitForSelectorAsync("#subscribe-form");
        Assert.Equal("qzhalsurel", await page.InputValueAsync("#sub-query"));
        Assert.Equal("Musi Rawas", await page.InputValueAsync("#sub-regency"));

        await page.FillAsync("#sub-name", "Unggahan ASN Musi Rawas");
        await page.FillAsync("#sub-target", address);
        await page.ClickAsync("#subscribe-form button[type=submit]");
        await page.WaitForSelectorAsync("#alert-created:not([hidden])");
        Assert.True(await page.Locator("#subscribe-form").IsHiddenAsync());
        var manage = await page.GetAttributeAsync("#manage-link", "href");
        Assert.Contains("/alert.html#id=", manage, StringComparison.Ordinal);
        Assert.Contains("0", await page.TextContentAsync("#created-matching") ?? "", StringComparison.Ordinal);

        await fixture.Storage.Blobs.UploadAsync("articles", "alerts/halaman-surel.html", UiArticles.SharedPosts("qzhalsurel", "Guru ASN Musi Rawas Bagikan Poster Paslon"), "text/html");
        var mail = (await fixture.Mail.WaitForAsync(address, 1, TimeSpan.FromSeconds(60), () => fixture.Host.Output)).Single();
        Assert.Equal("Unggahan ASN Musi Rawas: Guru ASN Musi Rawas Bagikan Poster Paslon", mail.Subject);

        var managed = await fixture.NewPageAsync();
        await managed.GotoAsync(manage!);
        await managed.WaitForSelectorAsync("#alert-manage:not([hidden])");
        var hit = managed.Locator("#manage-deliveries .last-hit[data-state=delivered]");
        for (var i = 0; i < 50 && await hit.CountAsync() == 0; i++)
        {
            await managed.ClickAsync("#manage-refresh");
            await Task.Delay(200);
        }

        Assert.Contains("Guru ASN Musi Rawas Bagikan Poster Paslon", await hit.First.TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Contains(address, await managed.TextContentAsync("#manage-details") ?? "", StringComparison.Ordinal);
        await UiFixture.ScreenshotAsync(managed, "alert");

        managed.Dialog += (_, dialog) => dialog.AcceptAsync();
        await managed.ClickAsync("#manage-delete");
        await managed.WaitForSelectorAsync("#alert-manage", new PageWaitForSelectorOptions { State = WaitForSelectorState.Hidden });
        var id = manage!.Split("#id=")[1].Split('&')[0];
        var token = manage.Split("token=")[1];
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/subscriptions/{id}");
        request.Headers.Add("X-Alert-Token", token);
        using var gone = await fixture.Host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }
}

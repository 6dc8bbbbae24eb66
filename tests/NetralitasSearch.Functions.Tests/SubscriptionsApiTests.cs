using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using NetralitasSearch.Functions.Tests.Infrastructure;

namespace NetralitasSearch.Functions.Tests;

/// <summary>Alerts for everyone through the real host: made without the key, managed by the token, mailed through a real SMTP server.</summary>
[Collection(UiCollection.Name)]
public sealed class SubscriptionsApiTests(UiFixture fixture)
{
    [Fact]
    public async Task AnAlertMadeWithoutTheKeyGivesAManagementLinkWhoseTokenIsNeverStored()
    {
        var created = await CreateAsync(new { name = "Bawaslu", query = "bawaslu", email = "pemantau@contoh.id" });
        var id = created.GetProperty("id").GetString()!;
        var token = created.GetProperty("token").GetString()!;

        Assert.True(token.Length >= 40, token);
        Assert.EndsWith($"/alert.html#id={id}&token={token}", created.GetProperty("manage_url").GetString(), StringComparison.Ordinal);
        var search = await fixture.Host.GetJsonAsync("/api/search?q=bawaslu&size=1");
        Assert.Equal(search.GetProperty("total").GetInt32(), created.GetProperty("matching").GetInt32());
        Assert.Contains("/api/search.atom?q=bawaslu", created.GetProperty("atom").GetString(), StringComparison.Ordinal);

        var stored = Encoding.UTF8.GetString((await fixture.Storage.Blobs.DownloadAsync("alerts", $"searches/{id}.json"))!.Content.Span);
        Assert.DoesNotContain(token, stored, StringComparison.Ordinal);
        Assert.Contains("manage_token_hash", stored, StringComparison.Ordinal);

        using (var read = await SendAsync(HttpMethod.Get, id, token))
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            var body = JsonDocument.Parse(await read.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("Bawaslu", body.GetProperty("name").GetString());
            Assert.Equal(JsonValueKind.Null, body.GetProperty("token").ValueKind);
        }

        using (var wrong = await SendAsync(HttpMethod.Get, id, token[..^2] + "xx"))
        {
            Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        }

        using (var none = await SendAsync(HttpMethod.Get, id, null))
        {
            Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        }

        using (var changed = await SendAsync(HttpMethod.Put, id, token, JsonContent.Create(new { name = "Bawaslu OKU", query = "bawaslu", filters = new { regency = "OKU" }, email = "pemantau@contoh.id" })))
        {
            Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
            var after = await fixture.Host.GetJsonAsync("/api/search?q=bawaslu&regency=OKU&size=1");
            Assert.Equal(after.GetProperty("total").GetInt32(), JsonDocument.Parse(await changed.Content.ReadAsStringAsync()).RootElement.GetProperty("matching").GetInt32());
        }

        using (var deleted = await SendAsync(HttpMethod.Delete, id, token))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        using var gone = await SendAsync(HttpMethod.Get, id, token);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task AnAdminAlertCannotBeManagedWithoutTheKey()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/alerts") { Content = JsonContent.Create(new { name = "Admin", query = "qzadmin", webhook = fixture.Webhooks.Url("/hooks/admin") }) };
        request.Headers.Add("x-functions-key", UiFixture.AdminKey);
        using var response = await fixture.Host.Client.SendAsync(request);
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;

        using var attempt = await SendAsync(HttpMethod.Delete, id, "any-token-at-all-0123456789abcdefghijklmnop");
        Assert.Equal(HttpStatusCode.NotFound, attempt.StatusCode);
    }

    [Theory]
    [InlineData("""{"name":"x","query":"asn"}""", "either")]
    [InlineData("""{"name":"x","query":"asn","email":"a@contoh.id","webhook":"https://contoh.id/h"}""", "either")]
    [InlineData("""{"name":"x","query":"asn","email":"a@b"}""", "domain")]
    [InlineData("""{"name":"x","query":"asn","email":"Pemantau <a@contoh.id>"}""", "one e-mail address")]
    [InlineData("""{"name":"x","query":"asn","email":"a@contoh.id, b@contoh.id"}""", "one e-mail address")]
    [InlineData("""{"name":"x","query":"asn","webhook":"ftp://contoh.id/h"}""", "http")]
    [InlineData("""{"name":"x","query":"(asn","email":"a@contoh.id"}""", "never closed")]
    [InlineData("""{"query":"asn","email":"a@contoh.id"}""", "name")]
    [InlineData("""[1,2]""", "JSON")]
    public async Task AnAlertWithoutTheKeyIsCheckedAsTheAdminsIs(string body, string expected)
    {
        using var response = await fixture.Host.Client.PostAsync("/api/subscriptions", new StringContent(body, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, JsonDocument.Parse(text).RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANewMatchIsMailedOnceThroughTheSmtpServer()
    {
        const string address = "redaksi@kabar.test";
        var created = await CreateAsync(new { name = "Unggahan qzsurel", query = "qzsurel", filters = new { regency = "Musi Rawas" }, email = address });
        Assert.Equal(0, created.GetProperty("matching").GetInt32());

        await fixture.Storage.Blobs.UploadAsync("articles", "alerts/surel.html", UiArticles.SharedPosts("qzsurel", "Guru ASN Musi Rawas Sebarkan Unggahan Paslon"), "text/html");
        var mail = (await fixture.Mail.WaitForAsync(address, 1, TimeSpan.FromSeconds(60), () => fixture.Host.Output)).Single();

        Assert.Equal("Unggahan qzsurel: Guru ASN Musi Rawas Sebarkan Unggahan Paslon", mail.Subject);
        Assert.Equal("peringatan@netralitas.test", mail.From.Mailboxes.Single().Address);
        var search = await fixture.Host.GetJsonAsync("/api/search?q=qzsurel");
        var documentId = search.GetProperty("hits")[0].GetProperty("id").GetString();
        Assert.Equal($"{created.GetProperty("id").GetString()}.{documentId}@netralitas.alerts", mail.MessageId);
        Assert.Contains($"/document.html?id={documentId}", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://kabaruji.example/berita/qzsurel", mail.TextBody, StringComparison.Ordinal);

        // Ingesting the same story again mails nothing more.
        await fixture.Storage.Blobs.UploadAsync("articles", "alerts/surel.html", UiArticles.SharedPosts("qzsurel", "Guru ASN Musi Rawas Sebarkan Unggahan Paslon (diperbarui)"), "text/html");
        await fixture.Host.WaitForSearchAsync("q=qzsurel", body => body.GetProperty("hits")[0].GetProperty("title").GetString()!.EndsWith("(diperbarui)", StringComparison.Ordinal));
        Assert.Single(fixture.Mail.For(address));
    }

    private async Task<JsonElement> CreateAsync(object body)
    {
        using var response = await fixture.Host.Client.PostAsync("/api/subscriptions", JsonContent.Create(body));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(response.StatusCode == HttpStatusCode.Created, json.ToString());
        return json;
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string id, string? token, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, $"/api/subscriptions/{id}") { Content = content };
        if (token is not null)
        {
            request.Headers.Add("X-Alert-Token", token);
        }

        return fixture.Host.Client.SendAsync(request);
    }
}

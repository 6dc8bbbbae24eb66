using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NetralitasSearch.Functions.Tests.Infrastructure;

namespace NetralitasSearch.Functions.Tests;

/// <summary>Saved searches and their webhooks through the real host, with a receiver on 127.0.0.1.</summary>
[Collection(UiCollection.Name)]
public sealed class AlertsApiTests(UiFixture fixture)
{
    [Theory]
    [InlineData("GET", "/api/alerts")]
    [InlineData("POST", "/api/alerts")]
    [InlineData("DELETE", "/api/alerts/0123456789abcdef")]
    [InlineData("POST", "/api/admin/upload")]
    public async Task AdminEndpointsNeedTheKey(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        using var response = await fixture.Host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"query":"asn","webhook":"http://127.0.0.1:9/x"}""", "name")]
    [InlineData("""{"name":"x","webhook":"http://127.0.0.1:9/x"}""", "query")]
    [InlineData("""{"name":"x","query":"asn","webhook":"ftp://contoh.example/x"}""", "http")]
    [InlineData("""{"name":"x","query":"(asn","webhook":"http://127.0.0.1:9/x"}""", "never closed")]
    [InlineData("""{"name":"x","query":"asn","filters":{"regency":"Atlantis"},"webhook":"http://127.0.0.1:9/x"}""", "Unknown regency")]
    [InlineData("""{"name":"x","query":"asn","filters":{"kota":"Bekasi"},"webhook":"http://127.0.0.1:9/x"}""", "Unknown filter")]
    [InlineData("""not json""", "JSON")]
    public async Task ASavedSearchMustReadAsASearchWithAUsableWebhook(string body, string expected)
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/alerts", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString();
        Assert.Contains(expected, error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task EachNewMatchIsPostedOnceThroughFailuresAndReingestion()
    {
        const string hook = "/hooks/sekali";
        fixture.Webhooks.FailFirst(hook, 2);
        var saved = await CreateAsync(new
        {
            name = "Guru ASN Musi Rawas",
            query = "qzsekali AND violation:social-media",
            filters = new { regency = "Musi Rawas" },
            webhook = fixture.Webhooks.Url(hook),
        });
        var id = saved.GetProperty("id").GetString()!;

        await fixture.Storage.Blobs.UploadAsync("articles", "alerts/sekali.html", Article("qzsekali"), "text/html");
        await fixture.Storage.Blobs.UploadAsync("articles", "alerts/lain.html", Articles.Html("qzsekalibukan", "Berita Lain di Musi Rawas", "Tidak ada unggahan."), "text/html");
        var posts = await fixture.Webhooks.WaitForAsync(hook, 1, TimeSpan.FromSeconds(60), () => fixture.Host.Output);

        var post = posts.Single();
        Assert.Equal(id, post.GetProperty("alert").GetProperty("id").GetString());
        Assert.Equal("Guru ASN Musi Rawas", post.GetProperty("alert").GetProperty("name").GetString());
        var document = post.GetProperty("document");
        Assert.Equal("Guru ASN Bagikan Unggahan Paslon di Facebook", document.GetProperty("title").GetString());
        Assert.Contains("Musi Rawas", document.GetProperty("regencies").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains("social-media", document.GetProperty("violations").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("2024-10-15", document.GetProperty("published").GetString());
        foreach (var field in new[] { "id", "url", "source", "persons" })
        {
            Assert.True(document.TryGetProperty(field, out _), field);
        }

        Assert.Equal(3, fixture.Webhooks.Attempts(hook));

        // The same blob changed (same document id) and a restart of the delivery loop's view: still no second post.
        await fixture.Storage.Blobs.UploadAsync("articles", "alerts/sekali.html", Article("qzsekali qzsekalidua"), "text/html");
        await fixture.Host.WaitForSearchAsync("q=qzsekalidua", r => r.GetProperty("total").GetInt32() == 1);
        await Task.Delay(1500);
        Assert.Single(fixture.Webhooks.Accepted(hook));

        var listed = await ListAsync();
        var alert = listed.EnumerateArray().Single(a => a.GetProperty("id").GetString() == id);
        Assert.Equal(1, alert.GetProperty("matched").GetInt32());
        var last = alert.GetProperty("last_hits")[0];
        Assert.Equal("delivered", last.GetProperty("state").GetString());
        Assert.Equal(3, last.GetProperty("attempts").GetInt32());
        Assert.Equal(document.GetProperty("id").GetString(), last.GetProperty("document_id").GetString());
    }

    [Fact]
    public async Task AnUndatedDocumentIsPostedLikeAnyOtherMatch()
    {
        const string hook = "/hooks/tanpa-tanggal";
        await CreateAsync(new { name = "Catatan tanpa tanggal", query = "qztanpaperingatan", webhook = fixture.Webhooks.Url(hook) });

        await fixture.Storage.Blobs.UploadAsync("articles", "alerts/tanpa-tanggal.txt", System.Text.Encoding.UTF8.GetBytes("Catatan Pegawai yang Memihak\n\nSeorang warga mencatat pegawai yang memihak tanpa menyebut hari, bulan atau tahun. Kata penanda: qztanpaperingatan.\n"), "text/plain; charset=utf-8");
        var posts = await fixture.Webhooks.WaitForAsync(hook, 1, TimeSpan.FromSeconds(60), () => fixture.Host.Output);

        var document = posts.Single().GetProperty("document");
        Assert.Equal("Catatan Pegawai yang Memihak", document.GetProperty("title").GetString());
        Assert.True(!document.TryGetProperty("published", out var published) || published.ValueKind == JsonValueKind.Null, document.ToString());
    }

    [Fact]
    public async Task DeletingASavedSearchRemovesIt()
    {
        var saved = await CreateAsync(new { name = "Sementara", query = "qzsementara", webhook = fixture.Webhooks.Url("/hooks/sementara") });
        var id = saved.GetProperty("id").GetString();

        using var deleted = await SendAsync(HttpMethod.Delete, $"/api/alerts/{id}");
        using var again = await SendAsync(HttpMethod.Delete, $"/api/alerts/{id}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.DoesNotContain((await ListAsync()).EnumerateArray(), a => a.GetProperty("id").GetString() == id);
    }

    private static byte[] Article(string marker) => UiArticles.SharedPosts(marker, "Guru ASN Bagikan Unggahan Paslon di Facebook");

    private async Task<JsonElement> CreateAsync(object body)
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/alerts", JsonContent.Create(body));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(response.StatusCode == HttpStatusCode.Created, json.ToString());
        return json;
    }

    private async Task<JsonElement> ListAsync()
    {
        using var response = await SendAsync(HttpMethod.Get, "/api/alerts");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add("x-functions-key", UiFixture.AdminKey);
        return fixture.Host.Client.SendAsync(request);
    }
}

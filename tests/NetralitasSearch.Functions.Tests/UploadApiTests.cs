using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using NetralitasSearch.Functions.Tests.Infrastructure;

namespace NetralitasSearch.Functions.Tests;

/// <summary>POST /api/admin/upload: files into articles (then searchable), URL lists into sources, bad names refused.</summary>
[Collection(UiCollection.Name)]
public sealed class UploadApiTests(UiFixture fixture)
{
    [Fact]
    public async Task UploadedFilesReachArticlesAndBecomeSearchableAndUrlsBecomeAList()
    {
        using var form = new MultipartFormDataContent
        {
            { File(Articles.Html("qzunggah", "Unggahan Lewat Halaman", "Diunggah dari formulir.")), "files", "unggah-halaman.html" },
            { new StringContent("formulir"), "folder" },
            { new StringContent("# daftar uji\nhttps://kabarmura.example/berita/satu.html\n\nhttps://kabarmura.example/berita/dua.html\n"), "urls" },
        };

        using var response = await PostAsync(form);

        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        Assert.Equal("formulir/unggah-halaman.html", body.GetProperty("articles")[0].GetProperty("name").GetString());
        var list = body.GetProperty("sources")[0];
        Assert.Equal(2, list.GetProperty("lines").GetInt32());
        Assert.StartsWith("uploads/", list.GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.NotNull(await fixture.Storage.Blobs.DownloadAsync("articles", "formulir/unggah-halaman.html"));
        var stored = await fixture.Storage.Blobs.DownloadAsync("sources", list.GetProperty("name").GetString()!);
        Assert.Contains("https://kabarmura.example/berita/dua.html", Encoding.UTF8.GetString(stored!.Content.Span), StringComparison.Ordinal);

        var found = await fixture.Host.WaitForSearchAsync("q=qzunggah", r => r.GetProperty("total").GetInt32() == 1);
        Assert.Equal("formulir/unggah-halaman.html", found.GetProperty("hits")[0].GetProperty("file").GetString());
    }

    [Theory]
    [InlineData("../rahasia.html", null)]
    [InlineData("a..b.html", null)]
    [InlineData("berita.html", "../luar")]
    [InlineData("berita.html", "dalam\\luar")]
    [InlineData("./berita.html", null)]
    [InlineData("berita.html", "dalam/.")]
    public async Task NamesThatCouldLeaveTheirFolderAreRefused(string fileName, string? folder)
    {
        using var form = new MultipartFormDataContent { { File("x"u8.ToArray()), "files", fileName } };
        if (folder is not null)
        {
            form.Add(new StringContent(folder), "folder");
        }

        using var response = await PostAsync(form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AnEmptyFormIsRefused()
    {
        using var form = new MultipartFormDataContent { { new StringContent(""), "urls" } };

        using var response = await PostAsync(form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static ByteArrayContent File(byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/html");
        return file;
    }

    private Task<HttpResponseMessage> PostAsync(HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/upload") { Content = content };
        request.Headers.Add("x-functions-key", UiFixture.AdminKey);
        return fixture.Host.Client.SendAsync(request);
    }
}

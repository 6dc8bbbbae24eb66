using System.Net;
using System.Text;
using System.Text.Json;
using NetralitasSearch.Functions.Tests.Infrastructure;
using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Functions.Tests.Originals;

/// <summary>
/// GET /api/documents/{id}/original through the real host against Azurite: the stored bytes with the type of what they
/// are and their name, a download unless an image; never a blob of another container; 404, 400 and 413 with a message.
/// </summary>
[Collection(DocumentViewCollection.Name)]
public sealed class OriginalFileApiTests(DocumentViewFixture fixture)
{
    private HttpClient Client => fixture.Host.Client;

    [Theory]
    [InlineData(DocumentViewFixture.TextPdf, "application/pdf", "attachment", "batanghari-se-netralitas.pdf")]
    [InlineData(DocumentViewFixture.ScannedPdf, "application/pdf", "attachment", "muratara-se-media-sosial-scan.pdf")]
    [InlineData(DocumentViewFixture.ScannedPng, "image/png", "inline", "pindaian batanghari (1).png")]
    [InlineData(DocumentViewFixture.Page, "text/html; charset=utf-8", "attachment", "kades-sukamaju.html")]
    public async Task TheOriginalIsTheStoredBytesWithTheirTypeAndName(string name, string contentType, string disposition, string fileName)
    {
        using var response = await Client.GetAsync($"/api/documents/{DocumentViewFixture.Id(name)}/original");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(fixture.Uploaded[name], await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
        Assert.Equal(disposition, response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));

        // Whatever the file holds, it cannot script this origin: the answer sandboxes it.
        Assert.StartsWith("sandbox;", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task AskingAgainWithItsEntityTagIsNotModified()
    {
        var url = $"/api/documents/{DocumentViewFixture.Id(DocumentViewFixture.TextPdf)}/original";
        using var first = await Client.GetAsync(url);
        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var response = await Client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("0123456789abcdef0123", HttpStatusCode.NotFound, "No document 0123456789abcdef0123.")]
    [InlineData("..%2F..%2Fdocuments", HttpStatusCode.BadRequest, "A document id is 20 lower-case hexadecimal characters.")]
    [InlineData("0123456789ABCDEF0123", HttpStatusCode.BadRequest, "A document id is 20 lower-case hexadecimal characters.")]
    [InlineData("g123456789abcdef0123", HttpStatusCode.BadRequest, "A document id is 20 lower-case hexadecimal characters.")]
    public async Task AnUnknownIdIs404AndAMalformedOne400(string id, HttpStatusCode status, string error)
    {
        using var response = await Client.GetAsync($"/api/documents/{id}/original");

        Assert.Equal((status, error), (response.StatusCode, await ErrorAsync(response)));
    }

    [Theory]
    [InlineData("documents", "rahasia.json")]
    [InlineData("ledger", "url/x.json")]
    [InlineData("articles", "../documents/rahasia.json")]
    [InlineData("articles", "view/./batanghari-se-netralitas.pdf")]
    public async Task ARecordNamingAnotherContainerOrAnUnaddressableNameIsNotFollowed(string container, string file)
    {
        // The secret sits in another container; a record pointing at it (however it came to be written) must not reach it.
        await fixture.Storage.Blobs.UploadAsync("documents", "rahasia.json", Encoding.UTF8.GetBytes("{\"rahasia\":true}"), "application/json");
        var id = DocumentId.ForBlob(container, file);
        await WriteRecordAsync(id, container, file);

        using var response = await Client.GetAsync($"/api/documents/{id}/original");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal($"Document {id} has no original file in the articles container.", await ErrorAsync(response));
    }

    [Fact]
    public async Task ARecordWhoseIdIsNotItsBlobsIsNotFollowed()
    {
        // An id of one blob whose record names another (the text PDF): the id must be the hash of the name it serves.
        var id = DocumentId.ForBlob("articles", "view/lain.pdf");
        await WriteRecordAsync(id, "articles", DocumentViewFixture.TextPdf);

        using var response = await Client.GetAsync($"/api/documents/{id}/original");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ADeletedOriginalIs404AndALargerOneThanTheLimit413()
    {
        // Both blobs end with a record that outlives them: written after the host has finished with the blob.
        const string gone = "view/hilang.txt";
        await fixture.Storage.Blobs.UploadAsync("articles", gone, Encoding.UTF8.GetBytes("Catatan yang akan dihapus tentang netralitas ASN di Lahat."), "text/plain; charset=utf-8");
        await fixture.Host.WaitForFinalEntryAsync(gone);
        var record = await fixture.Storage.Blobs.DownloadAsync("documents", $"{DocumentViewFixture.Id(gone)}.json");
        Assert.NotNull(record);
        await fixture.Storage.Blobs.DeleteAsync("articles", gone);
        await WaitForStateAsync(gone, "deleted");
        await fixture.Storage.Blobs.UploadAsync("documents", $"{DocumentViewFixture.Id(gone)}.json", record.Content, "application/json");

        using var deleted = await Client.GetAsync($"/api/documents/{DocumentViewFixture.Id(gone)}/original");

        Assert.Equal(HttpStatusCode.NotFound, deleted.StatusCode);
        Assert.Equal($"The original file of document {DocumentViewFixture.Id(gone)} is no longer stored: {gone} was deleted.", await ErrorAsync(deleted));

        const string huge = "view/besar.pdf";
        var bytes = new byte[DocumentViewFixture.MaxBlobBytes + 1];
        "%PDF-1.7\n"u8.CopyTo(bytes);
        await fixture.Storage.Blobs.UploadAsync("articles", huge, bytes, "application/pdf");
        Assert.Equal("failed", (await fixture.Host.WaitForFinalEntryAsync(huge)).GetProperty("state").GetString());
        await WriteRecordAsync(DocumentViewFixture.Id(huge), "articles", huge);

        using var tooLarge = await Client.GetAsync($"/api/documents/{DocumentViewFixture.Id(huge)}/original");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal($"The original file of document {DocumentViewFixture.Id(huge)} is 1,048,577 bytes; files above 1,048,576 bytes (host.json netralitas.maxBlobBytes) are not served.", await ErrorAsync(tooLarge));
    }

    private async Task WaitForStateAsync(string name, string state)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while ((await fixture.Host.WaitForFinalEntryAsync(name)).GetProperty("state").GetString() != state)
        {
            Assert.True(DateTime.UtcNow < deadline, $"The ledger never said {name} was {state}.");
            await Task.Delay(250);
        }
    }

    private async Task WriteRecordAsync(string id, string container, string file)
    {
        var document = new Document { Id = id, File = file, Container = container, Format = DocumentFormat.Pdf, Title = "Rekaman buatan uji", Text = "Rekaman buatan uji." };
        await fixture.Storage.Blobs.UploadAsync("documents", $"{id}.json", DocumentJson.Serialize(document), "application/json");
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : "";

    private static async Task<string?> ErrorAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString();
}

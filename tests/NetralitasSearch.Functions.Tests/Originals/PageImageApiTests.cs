using System.Buffers.Binary;
using System.Net;
using System.Text.Json;
using NetralitasSearch.Functions.Tests.Infrastructure;

namespace NetralitasSearch.Functions.Tests.Originals;

/// <summary>
/// GET /api/documents/{id}/pages/{page} through the real host against Azurite: a PDF page rendered by pdftoppm within the
/// pixel limit, an image document as its one page, a 304 for a page the browser has, 400 for a bad page number.
/// </summary>
[Collection(DocumentViewCollection.Name)]
public sealed class PageImageApiTests(DocumentViewFixture fixture)
{
    private HttpClient Client => fixture.Host.Client;

    [Theory]
    [InlineData(DocumentViewFixture.ScannedPdf, 1)]
    [InlineData(DocumentViewFixture.ScannedPdf, 2)]
    [InlineData(DocumentViewFixture.TextPdf, 1)]
    public async Task APdfPageIsRenderedAsAPngWithinThePixelLimit(string name, int page)
    {
        using var response = await Client.GetAsync($"/api/documents/{DocumentViewFixture.Id(name)}/pages/{page}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var (width, height) = PngSize(await response.Content.ReadAsByteArrayAsync());

        // An A4 page at the default 150 dpi: 1,240 × 1,754 pixels, within 4,000,000.
        Assert.InRange(width, 1235, 1245);
        Assert.InRange(height, 1750, 1760);
        Assert.True((long)width * height <= 4_000_000);
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task TwoPagesOfOneDocumentAreDifferentImages()
    {
        var id = DocumentViewFixture.Id(DocumentViewFixture.ScannedPdf);

        var first = await Client.GetByteArrayAsync($"/api/documents/{id}/pages/1");
        var second = await Client.GetByteArrayAsync($"/api/documents/{id}/pages/2");

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task AnImageDocumentIsItsOwnOnePage()
    {
        var id = DocumentViewFixture.Id(DocumentViewFixture.ScannedPng);

        using var response = await Client.GetAsync($"/api/documents/{id}/pages/1");
        using var second = await Client.GetAsync($"/api/documents/{id}/pages/2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(fixture.Uploaded[DocumentViewFixture.ScannedPng], await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal($"Document {id} is an image: it has one page, not 2.", await ErrorAsync(second));
    }

    [Fact]
    public async Task APageTheBrowserHasIsNotRenderedAgain()
    {
        var url = $"/api/documents/{DocumentViewFixture.Id(DocumentViewFixture.ScannedPdf)}/pages/1";
        using var first = await Client.GetAsync(url);
        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var response = await Client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Equal(first.Headers.ETag, response.Headers.ETag);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("3", "The PDF has 2 pages; there is no page 3.")]
    [InlineData("0", "A page number is a whole number from 1 to 99999.")]
    [InlineData("-1", "A page number is a whole number from 1 to 99999.")]
    [InlineData("abc", "A page number is a whole number from 1 to 99999.")]
    [InlineData("1.5", "A page number is a whole number from 1 to 99999.")]
    [InlineData("%201", "A page number is a whole number from 1 to 99999.")]
    [InlineData("100000", "A page number is a whole number from 1 to 99999.")]
    [InlineData("99999999999999999999", "A page number is a whole number from 1 to 99999.")]
    public async Task ABadPageNumberIs400WithAMessage(string page, string error)
    {
        using var response = await Client.GetAsync($"/api/documents/{DocumentViewFixture.Id(DocumentViewFixture.ScannedPdf)}/pages/{page}");

        Assert.Equal((HttpStatusCode.BadRequest, error), (response.StatusCode, await ErrorAsync(response)));
    }

    [Fact]
    public async Task AWebPageHasNoPageImagesAndAnUnknownDocumentNone()
    {
        var id = DocumentViewFixture.Id(DocumentViewFixture.Page);

        using var page = await Client.GetAsync($"/api/documents/{id}/pages/1");
        using var unknown = await Client.GetAsync("/api/documents/0123456789abcdef0123/pages/1");
        using var malformed = await Client.GetAsync("/api/documents/..%2Fdocuments/pages/1");

        Assert.Equal((HttpStatusCode.NotFound, $"Document {id} was not read from a PDF or an image: it has no page images."), (page.StatusCode, await ErrorAsync(page)));
        Assert.Equal((HttpStatusCode.NotFound, "No document 0123456789abcdef0123."), (unknown.StatusCode, await ErrorAsync(unknown)));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }

    private static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.True(png.Length > 24 && png[0] == 0x89 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "not a PNG");
        return ((int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16, 4)), (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(20, 4)));
    }

    private static async Task<string?> ErrorAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString();
}

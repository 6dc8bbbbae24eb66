using System.Text;
using NetralitasSearch.Functions.Scraping;
using NetralitasSearch.Tests;

namespace NetralitasSearch.Functions.Tests.Scraping;

/// <summary>What a fetched body is archived as: PDFs and images by their bytes, text by the site's type, the rest refused with the reason.</summary>
public sealed class ArchiveFormatTests
{
    private static readonly byte[] Pdf = File.ReadAllBytes(Path.Combine(RepositoryPaths.Fixtures, "PdfOcr", "batanghari-se-netralitas.pdf"));
    private static readonly byte[] Png = File.ReadAllBytes(Path.Combine(RepositoryPaths.Fixtures, "PdfOcr", "batanghari-se-netralitas-scan.png"));
    private static readonly byte[] Jpeg = File.ReadAllBytes(Path.Combine(RepositoryPaths.Fixtures, "PdfOcr", "oku-timur-se-kepala-desa-photo.jpg"));
    private static readonly byte[] Page = Encoding.UTF8.GetBytes("<!doctype html><html><body><p>Kades Sukamaju dukung paslon.</p></body></html>");
    private static readonly byte[] Text = Encoding.UTF8.GetBytes("Surat edaran tentang netralitas ASN.");

    public static TheoryData<string?, string, string, string> Kept => new()
    {
        // Government sites send circulars under every type; the bytes decide.
        { "application/pdf", "pdf", ".pdf", "application/pdf" },
        { "application/octet-stream", "pdf", ".pdf", "application/pdf" },
        { "application/x-download", "pdf", ".pdf", "application/pdf" },
        { "text/html", "pdf", ".pdf", "application/pdf" },
        { null, "pdf", ".pdf", "application/pdf" },
        { "image/png", "png", ".png", "image/png" },
        { "application/octet-stream", "png", ".png", "image/png" },
        { "image/jpeg", "jpeg", ".jpg", "image/jpeg" },
        { "image/pjpeg", "jpeg", ".jpg", "image/jpeg" },
        { "text/html", "page", ".html", "text/html" },
        { "application/xhtml+xml", "page", ".html", "text/html" },
        { null, "page", ".html", "text/html" },
        { "text/plain", "text", ".txt", "text/plain" },
        { "application/octet-stream", "text", ".txt", "text/plain" },
        { "text/markdown", "text", ".md", "text/markdown" },
    };

    [Theory]
    [MemberData(nameof(Kept))]
    public void PdfsAndImagesAreKnownByTheirBytesAndTextByItsType(string? mediaType, string body, string extension, string storedType)
    {
        var format = ArchiveFormat.Decide(mediaType, Body(body), out var refusal);

        Assert.Null(refusal);
        Assert.NotNull(format);
        Assert.Equal((extension, storedType), (format.Extension, format.MediaType));
        Assert.Equal(body is "page" or "text", format.IsText);
    }

    [Theory]
    [InlineData("application/pdf", "page", "the site sent application/pdf, but the body is not a PDF (it does not start with %PDF-)")]
    [InlineData("application/x-pdf", "text", "the site sent application/x-pdf, but the body is not a PDF (it does not start with %PDF-)")]
    [InlineData("image/png", "page", "the site sent image/png, but the body is not a PNG or JPEG image")]
    [InlineData("image/jpeg", "text", "the site sent image/jpeg, but the body is not a PNG or JPEG image")]
    [InlineData("image/gif", "gif", "not a web page, feed, PDF or PNG/JPEG image (image/gif)")]
    [InlineData("image/webp", "webp", "not a web page, feed, PDF or PNG/JPEG image (image/webp)")]
    [InlineData("application/zip", "zip", "not a web page, feed, PDF or PNG/JPEG image (application/zip)")]
    [InlineData("application/octet-stream", "zip", "not a web page, feed, PDF or PNG/JPEG image (application/octet-stream)")]
    [InlineData(null, "zip", "not a web page, feed, PDF or PNG/JPEG image (no content type)")]
    [InlineData("video/mp4", "page", "not a web page, feed, PDF or PNG/JPEG image (video/mp4)")]
    public void WhatIsNotAPageAPdfOrAnImageIsRefusedWithTheReason(string? mediaType, string body, string reason)
    {
        Assert.Null(ArchiveFormat.Decide(mediaType, Body(body), out var refusal));
        Assert.Equal(reason, refusal);
    }

    [Fact]
    public void APngSignatureCutShortIsNotAPng()
    {
        // Four bytes of the eight-byte signature: not enough to call it an image.
        Assert.Null(ArchiveFormat.Decide("image/png", [0x89, (byte)'P', (byte)'N', (byte)'G'], out var refusal));
        Assert.Equal("the site sent image/png, but the body is not a PNG or JPEG image", refusal);
    }

    private static byte[] Body(string kind) => kind switch
    {
        "pdf" => Pdf,
        "png" => Png,
        "jpeg" => Jpeg,
        "page" => Page,
        "text" => Text,
        "gif" => "GIF89a\u0001\u0000\u0001\u0000"u8.ToArray(),
        "webp" => "RIFF\u0000\u0000\u0000\u0000WEBPVP8 "u8.ToArray(),
        "zip" => [(byte)'P', (byte)'K', 3, 4, 20, 0, 0, 0],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}

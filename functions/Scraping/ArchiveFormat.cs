using NetralitasSearch.Indexer.Parsing;

namespace NetralitasSearch.Functions.Scraping;

/// <summary>
/// What a fetched body is archived as: the extension that tells the parser how to read it and the content type the blob
/// is stored with. A PDF, PNG or JPEG is known by its first bytes whatever the site calls it: government sites send their
/// circulars as <c>application/octet-stream</c>, <c>application/x-download</c> or even <c>text/html</c>. A body the site
/// calls a PDF or an image that is not one (an error or login page sent with a 200) is refused, never archived under a
/// name that lies about it.
/// </summary>
/// <param name="IsText">Text is stored with the charset it was found in; a PDF or an image has none.</param>
public sealed record ArchiveFormat(string Extension, string MediaType, bool IsText)
{
    public static ArchiveFormat Html { get; } = new(".html", "text/html", IsText: true);

    public static ArchiveFormat Text { get; } = new(".txt", "text/plain", IsText: true);

    public static ArchiveFormat Markdown { get; } = new(".md", "text/markdown", IsText: true);

    public static ArchiveFormat Pdf { get; } = new(".pdf", "application/pdf", IsText: false);

    public static ArchiveFormat Png { get; } = new(".png", "image/png", IsText: false);

    public static ArchiveFormat Jpeg { get; } = new(".jpg", "image/jpeg", IsText: false);

    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];

    /// <summary>The format a fetched body is archived in, or null with the reason it is not archived.</summary>
    public static ArchiveFormat? Decide(string? mediaType, ReadOnlySpan<byte> content, out string? refusal)
    {
        refusal = null;
        if (content.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        if (content.StartsWith(PngSignature))
        {
            return Png;
        }

        if (content.StartsWith(JpegSignature))
        {
            return Jpeg;
        }

        switch (mediaType)
        {
            case "text/html" or "application/xhtml+xml":
                return Html;
            case "text/plain":
                return Text;
            case "text/markdown" or "text/x-markdown":
                return Markdown;
            case "application/pdf" or "application/x-pdf":
                refusal = $"the site sent {mediaType}, but the body is not a PDF (it does not start with %PDF-)";
                return null;
            case "image/png" or "image/jpeg" or "image/jpg" or "image/pjpeg":
                refusal = $"the site sent {mediaType}, but the body is not a PNG or JPEG image";
                return null;
            case null or "application/octet-stream" or "binary/octet-stream" or "application/download" or "application/x-download" or "application/force-download":
                switch (ContentSniffer.Sniff("", content))
                {
                    case ContentKind.Html:
                        return Html;
                    case ContentKind.Text:
                        return Text;
                }

                break;
        }

        refusal = $"not a web page, feed, PDF or PNG/JPEG image ({mediaType ?? "no content type"})";
        return null;
    }
}

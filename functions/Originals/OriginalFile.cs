using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Functions.Originals;

/// <summary>
/// The stored bytes a document was read from (a blob of the articles container), with what they are served as: the
/// content type their bytes call for, and whether a browser may show them in place. Only PNG and JPEG images are shown
/// in place; a page, a text or a PDF from another site is always a download, so nothing in it runs on this host's origin.
/// </summary>
/// <param name="Charset">The charset the blob was stored with (a page or a text), when it names one plainly.</param>
public sealed record OriginalFile(string BlobName, ReadOnlyMemory<byte> Content, string ETag, OriginalKind Kind, string? Charset)
{
    /// <summary>The blob name's last segment, the name a download is saved under.</summary>
    public string FileName => BlobName[(BlobName.LastIndexOf('/') + 1)..];

    /// <summary>Images go in place; everything else is an attachment.</summary>
    public bool IsInline => Kind is OriginalKind.Png or OriginalKind.Jpeg;

    public string ContentType => Kind switch
    {
        OriginalKind.Pdf => "application/pdf",
        OriginalKind.Png => "image/png",
        OriginalKind.Jpeg => "image/jpeg",
        OriginalKind.Html => WithCharset("text/html"),
        OriginalKind.Text => WithCharset("text/plain"),
        OriginalKind.Markdown => WithCharset("text/markdown"),
        _ => "application/octet-stream",
    };

    /// <summary>What the bytes are: a PDF, PNG or JPEG by its signature, else what the parser made of the file.</summary>
    public static OriginalKind KindOf(ReadOnlySpan<byte> content, DocumentFormat format)
    {
        if (content.StartsWith("%PDF-"u8))
        {
            return OriginalKind.Pdf;
        }

        if (content.StartsWith(PngSignature))
        {
            return OriginalKind.Png;
        }

        if (content.StartsWith(JpegSignature))
        {
            return OriginalKind.Jpeg;
        }

        return format switch
        {
            // The parser takes a PDF whose header comes after some junk within its first kilobyte; so does this.
            DocumentFormat.Pdf when content[..Math.Min(content.Length, 1024)].IndexOf("%PDF-"u8) >= 0 => OriginalKind.Pdf,
            DocumentFormat.Html => OriginalKind.Html,
            DocumentFormat.Text => OriginalKind.Text,
            DocumentFormat.Markdown => OriginalKind.Markdown,
            _ => OriginalKind.Other,
        };
    }

    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];

    private string WithCharset(string mediaType) => Charset is null ? mediaType : $"{mediaType}; charset={Charset}";
}

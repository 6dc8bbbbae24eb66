namespace NetralitasSearch.Indexer.Parsing;

/// <summary>Decides how to read a file: magic numbers win over the name, so a PNG named .html is still a PNG.</summary>
public static class ContentSniffer
{
    private static readonly (byte[] Magic, string What)[] BinaryMagic =
    [
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ([(byte)'G', (byte)'I', (byte)'F', (byte)'8'], "a GIF image"),
        ([(byte)'P', (byte)'K', 0x03, 0x04], "a ZIP archive (or a Word, Excel or ODF document)"),
        ([0x1F, 0x8B], "a gzip archive"),
        ([(byte)'R', (byte)'I', (byte)'F', (byte)'F'], "a RIFF file (a WebP image, WAV or AVI)"),
        ([0xD0, 0xCF, 0x11, 0xE0], "an old Word or Excel document"),
    ];

    public static ContentKind Sniff(string name, ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("%PDF-"u8))
        {
            return ContentKind.Pdf;
        }

        if (Describe(content) is not null)
        {
            return ContentKind.Binary;
        }

        var extension = Path.GetExtension(name).ToLowerInvariant();
        return extension switch
        {
            ".html" or ".htm" or ".xhtml" or ".shtml" or ".php" or ".asp" or ".aspx" => ContentKind.Html,
            ".md" or ".markdown" => ContentKind.Markdown,
            ".txt" or ".text" => ContentKind.Text,
            ".pdf" => ContentKind.Pdf,
            _ => LooksLikeHtml(content) ? ContentKind.Html : ContentKind.Text,
        };
    }

    /// <summary>What a binary file is, in words for the ledger ("a PNG image"); null when the bytes look like text.</summary>
    public static string? Describe(ReadOnlySpan<byte> content)
    {
        foreach (var (magic, what) in BinaryMagic)
        {
            if (content.StartsWith(magic))
            {
                return what;
            }
        }

        return LooksBinary(content) ? "binary (it has NUL bytes)" : null;
    }

    /// <summary>NUL bytes in the head of a file without a UTF-16 BOM mean it is not text.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith([(byte)0xFF, (byte)0xFE]) || content.StartsWith([(byte)0xFE, (byte)0xFF]))
        {
            return false;
        }

        var head = content[..Math.Min(content.Length, 8192)];
        return head.IndexOf((byte)0) >= 0;
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> content)
    {
        var head = content[..Math.Min(content.Length, 1024)];
        var text = System.Text.Encoding.ASCII.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n', '?').ToLowerInvariant();
        return text.StartsWith("<!doctype html", StringComparison.Ordinal)
            || text.StartsWith("<html", StringComparison.Ordinal)
            || text.Contains("<body", StringComparison.Ordinal)
            || text.Contains("<p>", StringComparison.Ordinal);
    }
}

using System.Text;
using System.Text.RegularExpressions;

namespace NetralitasSearch.Functions.Scraping;

/// <summary>
/// The character encoding of a fetched page, in the browsers' order: a byte-order mark, then the charset of the
/// Content-Type header, then the page's own declaration (<c>&lt;meta charset&gt;</c>, a meta http-equiv, or an XML
/// declaration) in its first bytes. Null when nothing says (the reader then tries UTF-8). Labels map as the WHATWG
/// encoding standard maps them: iso-8859-1, latin1 and ascii mean windows-1252.
/// </summary>
public static partial class CharsetDetector
{
    /// <summary>How far into a page its own declaration is looked for (browsers pre-scan 1024 bytes; some sites put it later).</summary>
    public const int PrescanBytes = 4096;

    static CharsetDetector()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static Encoding? Detect(string? contentType, ReadOnlySpan<byte> content)
    {
        if (content.StartsWith([(byte)0xEF, (byte)0xBB, (byte)0xBF]))
        {
            return Encoding.UTF8;
        }

        if (content.StartsWith([(byte)0xFF, (byte)0xFE]))
        {
            return Encoding.Unicode;
        }

        if (content.StartsWith([(byte)0xFE, (byte)0xFF]))
        {
            return Encoding.BigEndianUnicode;
        }

        if (contentType is not null && CharsetParameter().Match(contentType) is { Success: true } header && Lookup(header.Groups[1].Value) is { } declared)
        {
            return declared;
        }

        var head = Encoding.ASCII.GetString(content[..Math.Min(content.Length, PrescanBytes)]);
        foreach (var pattern in new[] { MetaCharset(), XmlDeclarationEncoding() })
        {
            if (pattern.Match(head) is { Success: true } match && Lookup(match.Groups[1].Value) is { } encoding)
            {
                return encoding;
            }
        }

        return null;
    }

    /// <summary>The encoding of a label, or null for a label nobody knows.</summary>
    public static Encoding? Lookup(string label)
    {
        var normalized = label.Trim().Trim('"', '\'').ToLowerInvariant();
        if (normalized is "iso-8859-1" or "iso8859-1" or "latin1" or "latin-1" or "l1" or "us-ascii" or "ascii" or "cp1252" or "windows-1252")
        {
            return Encoding.GetEncoding(1252);
        }

        try
        {
            return Encoding.GetEncoding(normalized);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"charset\s*=\s*[""']?([A-Za-z0-9._:-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetParameter();

    // Also matches inside <meta http-equiv="Content-Type" content="text/html; charset=...">, so one pattern serves both forms.
    [GeneratedRegex(@"<meta\s[^>]*?\bcharset\s*=\s*[""']?\s*([A-Za-z0-9._:-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    [GeneratedRegex(@"^\s*<\?xml\s[^>]*?encoding\s*=\s*[""']([A-Za-z0-9._:-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlDeclarationEncoding();
}

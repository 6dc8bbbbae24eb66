using System.Text;
using System.Text.RegularExpressions;

namespace NetralitasSearch.Indexer.Parsing;

/// <summary>
/// Turns bytes into text without HTTP headers to help: a BOM first, then the charset the store or the page
/// declares, then strict UTF-8, and windows-1252 (what browsers use for undeclared Latin pages) last.
/// </summary>
public static partial class TextDecoder
{
    static TextDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes, string? contentType = null, bool lookForMetaCharset = false)
    {
        if (bytes.StartsWith([(byte)0xEF, (byte)0xBB, (byte)0xBF]))
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        if (bytes.StartsWith([(byte)0xFF, (byte)0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith([(byte)0xFE, (byte)0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        var declared = CharsetFrom(contentType) ?? (lookForMetaCharset ? MetaCharset(bytes) : null);
        if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage)
        {
            return declared.GetString(bytes);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Declared or guessed UTF-8 that is not valid UTF-8: such pages are nearly always windows-1252.
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }

    private static Encoding? CharsetFrom(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return null;
        }

        var match = CharsetParameter().Match(contentType);
        return match.Success ? Lookup(match.Groups[1].Value) : null;
    }

    private static Encoding? MetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var match = MetaCharsetAttribute().Match(head);
        return match.Success ? Lookup(match.Groups[1].Value) : null;
    }

    private static Encoding? Lookup(string name)
    {
        var normalized = name.Trim().Trim('"', '\'').ToLowerInvariant();

        // The HTML standard maps these labels to windows-1252, a superset that browsers use in their place.
        if (normalized is "iso-8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" or "iso8859-1" or "cp1252")
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

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9._:-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharsetAttribute();
}

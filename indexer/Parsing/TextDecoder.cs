using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NetralitasSearch.Indexer.Parsing;

/// <summary>
/// Turns bytes into text without HTTP headers to help: a BOM first, then the charset the store or the page
/// declares, then UTF-8, and windows-1252 (what browsers use for undeclared Latin pages) last. Bytes that are not
/// valid UTF-8 are weighed: a UTF-8 page with a few broken bytes (a cut multi-byte character, a stray byte) keeps
/// its UTF-8 and shows U+FFFD where the bytes were, as browsers do; bytes with no valid multi-byte UTF-8 in them
/// are a Latin page, whatever it declares. Either way the loss goes into the notes.
/// </summary>
public static partial class TextDecoder
{
    static TextDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes, string? contentType = null, bool lookForMetaCharset = false, ParseNotes? notes = null)
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
            // A page saved again as UTF-8 keeps its old declaration: bytes that are valid UTF-8 and hold multi-byte characters
            // almost never come from another encoding by chance, so they are read as what they are.
            if (bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F) >= 0 && System.Text.Unicode.Utf8.IsValid(bytes))
            {
                notes?.Add($"The page declares {declared.WebName}, but its bytes are UTF-8: it was read as UTF-8.");
                return Encoding.UTF8.GetString(bytes);
            }

            return declared.GetString(bytes);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return DecodeInvalidUtf8(bytes, declaredUtf8: declared is not null, notes);
        }
    }

    private static string DecodeInvalidUtf8(ReadOnlySpan<byte> bytes, bool declaredUtf8, ParseNotes? notes)
    {
        var (valid, invalid) = CountUtf8(bytes);
        if (valid > invalid)
        {
            notes?.Add(string.Create(CultureInfo.InvariantCulture, $"{invalid} byte sequences are not valid UTF-8; each was read as the replacement character U+FFFD."));
            return Encoding.UTF8.GetString(bytes);
        }

        // No UTF-8 worth the name: pages like this (declared UTF-8 or not) are nearly always windows-1252.
        notes?.Add(declaredUtf8
            ? "The page declares UTF-8, but its bytes are not UTF-8: it was read as windows-1252."
            : "The bytes are not valid UTF-8 and declare no charset: they were read as windows-1252.");
        return Encoding.GetEncoding(1252).GetString(bytes);
    }

    /// <summary>
    /// Valid multi-byte UTF-8 characters, and sequences that are not UTF-8 (each becomes one U+FFFD). Latin text
    /// almost never forms a valid multi-byte sequence by chance, so the larger count says what the bytes are.
    /// </summary>
    private static (int Valid, int Invalid) CountUtf8(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0;
        while (bytes.Length > 0)
        {
            var ascii = bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (ascii < 0)
            {
                break;
            }

            bytes = bytes[ascii..];
            if (Rune.DecodeFromUtf8(bytes, out _, out var consumed) == System.Buffers.OperationStatus.Done)
            {
                valid++;
            }
            else
            {
                invalid++;
            }

            bytes = bytes[Math.Max(consumed, 1)..];
        }

        return (valid, invalid);
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

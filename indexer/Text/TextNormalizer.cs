using System.Text;

namespace NetralitasSearch.Indexer.Text;

/// <summary>Whitespace and invisible-character clean-up shared by the parsers.</summary>
public static class TextNormalizer
{
    /// <summary>Collapses runs of whitespace (including no-break and zero-width spaces) into one space and trims.</summary>
    public static string CollapseWhitespace(string text)
    {
        if (IsCollapsed(text))
        {
            // Most lines already are: no copy.
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsInvisible(c))
            {
                continue;
            }

            if (IsSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Zero-width characters and the soft hyphen: dropped.</summary>
    private static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD';

    /// <summary>Whitespace, the no-break space included: collapsed into one space.</summary>
    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u00A0';

    /// <summary>Whether <see cref="CollapseWhitespace"/> would give <paramref name="text"/> back unchanged.</summary>
    private static bool IsCollapsed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsInvisible(c))
            {
                return false;
            }

            if (IsSpace(c) && (c != ' ' || i == 0 || i == text.Length - 1 || text[i - 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Removes control characters other than line breaks and tabs (NUL bytes, form feeds, escapes).</summary>
    public static string StripControlCharacters(string text)
    {
        if (!text.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
        {
            return text;
        }

        return string.Concat(text.Where(c => !char.IsControl(c) || c is '\n' or '\r' or '\t'));
    }
}

namespace NetralitasSearch.Indexer.Query;

/// <summary>
/// A query's text as Lucene's parser reads it, checked before it is: an unclosed quotation mark and parentheses nested
/// past the limit are found here with their positions (the parser's own messages say neither where nor why), and every
/// '/' outside quotes is escaped, because Lucene reads /…/ as a regular expression while a circular number
/// (800/123/BKPSDM/2024, UU 5/2014) is a word to us. Positions in the escaped text map back to the user's text.
/// </summary>
internal sealed class QueryText
{
    private readonly List<int> inserted;

    private QueryText(string original, string escaped, List<int> inserted)
    {
        Original = original;
        Escaped = escaped;
        this.inserted = inserted;
    }

    public string Original { get; }

    public string Escaped { get; }

    public static (QueryText? Text, QueryError? Error) Prepare(string text, QueryLimits limits)
    {
        var escaped = new System.Text.StringBuilder(text.Length + 8);
        var inserted = new List<int>();
        var open = new Stack<int>();
        var quote = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                escaped.Append(c).Append(text[++i]);
                continue;
            }

            if (quote >= 0)
            {
                quote = c == '"' ? -1 : quote;
            }
            else if (c == '"')
            {
                quote = i;
            }
            else if (c == '(')
            {
                open.Push(i);
                if (open.Count > limits.MaxDepth)
                {
                    return (null, new QueryError(i, $"Parentheses are nested more than {limits.MaxDepth} deep."));
                }
            }
            else if (c == ')' && open.Count > 0)
            {
                open.Pop();
            }
            else if (c == '/')
            {
                inserted.Add(escaped.Length);
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        if (quote >= 0)
        {
            return (null, new QueryError(quote, "This quotation mark is never closed: add a closing \" after the phrase."));
        }

        return (new QueryText(text, escaped.ToString(), inserted), null);
    }

    /// <summary>A position in <see cref="Escaped"/> as a position in <see cref="Original"/>.</summary>
    public int ToOriginal(int escapedPosition)
    {
        if (escapedPosition < 0)
        {
            return escapedPosition;
        }

        var before = 0;
        while (before < inserted.Count && inserted[before] < escapedPosition)
        {
            before++;
        }

        return Math.Min(Original.Length, escapedPosition - before);
    }

    /// <summary>The first '(' outside quotes that no ')' closes, or -1.</summary>
    public int UnclosedParenthesis()
    {
        var open = new Stack<int>();
        var inQuote = false;
        for (var i = 0; i < Original.Length; i++)
        {
            var c = Original[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == '"')
            {
                inQuote = !inQuote;
            }
            else if (!inQuote && c == '(')
            {
                open.Push(i);
            }
            else if (!inQuote && c == ')' && open.Count > 0)
            {
                open.Pop();
            }
        }

        return open.Count == 0 ? -1 : open.Last();
    }

    /// <summary>Where the field name <paramref name="name"/> is written (as <c>name:</c>) at or before <paramref name="before"/>.</summary>
    public int FieldPosition(string name, int before)
    {
        var from = Math.Clamp(before, 0, Math.Max(0, Original.Length - 1));
        var at = Original.LastIndexOf(name + ":", from, StringComparison.OrdinalIgnoreCase);
        return at >= 0 ? at : Original.IndexOf(name + ":", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The '[' or '{' of the range around <paramref name="position"/>.</summary>
    public int RangeStart(int position)
    {
        var from = Math.Clamp(position, 0, Math.Max(0, Original.Length - 1));
        var at = Original.LastIndexOfAny(['[', '{'], from);
        return at >= 0 ? at : position;
    }

    /// <summary>The field name written just before the ':' at <paramref name="colon"/>.</summary>
    public string NameBefore(int colon)
    {
        var start = colon;
        while (start > 0 && !char.IsWhiteSpace(Original[start - 1]) && Original[start - 1] is not ('(' or ')' or ':'))
        {
            start--;
        }

        return Original[start..Math.Min(colon, Original.Length)];
    }
}

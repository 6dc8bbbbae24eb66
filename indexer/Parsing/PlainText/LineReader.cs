namespace NetralitasSearch.Indexer.Parsing.PlainText;

/// <summary>Walks the lines of a text ("\n", "\r\n" or "\r" ends one), keeping where each starts and ends.</summary>
internal sealed class LineReader
{
    private readonly string text;

    public LineReader(string text, int start = 0)
    {
        this.text = text;
        Start = start;
        Read();
    }

    /// <summary>Where the current line starts.</summary>
    public int Start { get; private set; }

    /// <summary>Where the next line starts (after the current line's end of line).</summary>
    public int End { get; private set; }

    /// <summary>The current line without its end of line.</summary>
    public string Current { get; private set; } = "";

    /// <summary>The current line's number, from 1.</summary>
    public int Number { get; private set; } = 1;

    public bool HasLine => Start < text.Length;

    public void Next()
    {
        Start = End;
        Number++;
        Read();
    }

    /// <summary>Moves past blank lines; false when none is left.</summary>
    public bool SkipBlank()
    {
        while (HasLine && Current.Trim().Length == 0)
        {
            Next();
        }

        return HasLine;
    }

    private void Read()
    {
        if (Start >= text.Length)
        {
            Current = "";
            End = text.Length;
            return;
        }

        var end = text.IndexOfAny(['\n', '\r'], Start);
        if (end < 0)
        {
            Current = text[Start..];
            End = text.Length;
            return;
        }

        Current = text[Start..end];
        End = text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
    }
}

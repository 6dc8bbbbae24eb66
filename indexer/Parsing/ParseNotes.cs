using System.Globalization;

namespace NetralitasSearch.Indexer.Parsing;

/// <summary>
/// What a parser had to change or leave out to read a file (bytes that are not valid UTF-8, markup nested past the
/// limit, text cut at a limit), in plain words for the ingest ledger: a file that was read with losses says so
/// instead of passing as read whole. One instance per parse; not shared between threads.
/// </summary>
public sealed class ParseNotes
{
    private readonly List<string> notes = [];

    public void Add(string note)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        if (!notes.Contains(note, StringComparer.Ordinal))
        {
            notes.Add(note);
        }
    }

    /// <summary>A paragraph longer than <see cref="ParsingOptions.MaxParagraphLength"/> kept only its beginning.</summary>
    public void ParagraphCut(int limit) =>
        Add(string.Create(CultureInfo.InvariantCulture, $"Paragraphs longer than {limit:N0} characters were cut at that length."));

    /// <summary>The body passed <see cref="ParsingOptions.MaxTextLength"/>: what follows was left out.</summary>
    public void TextCut(int limit) =>
        Add(string.Create(CultureInfo.InvariantCulture, $"The text was cut at {limit:N0} characters; the rest of the file was not indexed."));

    public IReadOnlyList<string> ToList() => [.. notes];
}

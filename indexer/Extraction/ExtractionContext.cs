using NetralitasSearch.Indexer.Text;

namespace NetralitasSearch.Indexer.Extraction;

/// <summary>What the extractors read: the title and the body (offsets point into the body), and metadata.</summary>
public sealed class ExtractionContext
{
    private List<Word>? titleWords;
    private List<Word>? textWords;

    public ExtractionContext(string title, string text, DateOnly? published = null, string? datelinePlace = null, string? author = null, bool isCircular = false, IReadOnlyList<Parsing.Byline>? bylines = null)
    {
        Bylines = bylines ?? [];
        IsCircular = isCircular;
        Title = title;
        Text = text;
        Published = published;
        DatelinePlace = datelinePlace;
        Author = author;
    }

    public string Title { get; }

    public string Text { get; }

    public DateOnly? Published { get; }

    public string? DatelinePlace { get; }

    /// <summary>The file is a circular (surat edaran): an appeal by its nature.</summary>
    public bool IsCircular { get; }

    /// <summary>Credit lines ("Pewarta: X", "Editor: Y"): persons with the role as their position.</summary>
    public IReadOnlyList<Parsing.Byline> Bylines { get; }

    /// <summary>The byline's name, which the persons stage lists as the reporter.</summary>
    public string? Author { get; }

    /// <summary>The title's words. Headlines are in Title Case, so none of their capitals carries information.</summary>
    public IReadOnlyList<Word> TitleWords => TitleWordList;

    /// <summary>The title's words as a list, for the extractors' inner loops: read through the interface, each word was a
    /// dispatched call that copied it (a tenth of extraction's CPU in a perf profile).</summary>
    internal List<Word> TitleWordList => titleWords ??= HeadlineWords(Title);

    private static List<Word> HeadlineWords(string title)
    {
        // Marked in place, not copied into a second list.
        var words = WordTokenizer.Tokenize(title);
        for (var k = 0; k < words.Count; k++)
        {
            words[k] = words[k] with { SentenceStart = true };
        }

        return words;
    }

    public IReadOnlyList<Word> TextWords => TextWordList;

    /// <summary>The body's words as a list (see <see cref="TitleWordList"/>).</summary>
    internal List<Word> TextWordList => textWords ??= WordTokenizer.Tokenize(Text);
}

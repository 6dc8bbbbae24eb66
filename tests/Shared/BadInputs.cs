using System.Text;

namespace NetralitasSearch.Tests;

/// <summary>
/// The bad inputs of the reliability issue, shared by the parser's unit tests and the ingestion tests through
/// Azurite. The small ones are checked in (tests/Fixtures/BadInput, described in its README); the large ones are
/// made here from a recipe, because a 60 MB or a 5 MB file has no place in git and the recipe says what is in them.
/// </summary>
internal static class BadInputs
{
    /// <summary>More than the host's default blob limit (16 MiB, host.json netralitas.maxBlobBytes).</summary>
    public const int OversizedBytes = 60 * 1024 * 1024;

    /// <summary>As deep as the issue asks; far past <c>ParsingOptions.MaxHtmlDepth</c> (256).</summary>
    public const int DeepNestingLevels = 100_000;

    /// <summary>One line of about 5 MB, a hundred times <c>ParsingOptions.MaxParagraphLength</c>.</summary>
    public const int SingleLineBytes = 5 * 1024 * 1024;

    private const string Sentence = "Kepala desa di Musi Rawas diduga mendukung pasangan calon bupati dan Bawaslu memanggilnya untuk klarifikasi. ";

    public static string FixturePath(string name) => Path.Combine(RepositoryPaths.Fixtures, "BadInput", name);

    public static byte[] Fixture(string name) => File.ReadAllBytes(FixturePath(name));

    /// <summary>A news page whose article sits inside <paramref name="levels"/> nested, closed &lt;div&gt;s.</summary>
    public static byte[] DeeplyNestedHtml(string marker, int levels = DeepNestingLevels)
    {
        var html = new StringBuilder(levels * 11 + 1024)
            .Append("<!doctype html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>Halaman Bersarang</title></head><body>");
        html.Insert(html.Length, "<div>", levels);
        html.Append("<p>").Append(Sentence).Append("Kata penanda: ").Append(marker).Append(".</p>");
        html.Insert(html.Length, "</div>", levels);
        return Encoding.UTF8.GetBytes(html.Append("</body></html>").ToString());
    }

    /// <summary>A page on one line of about <paramref name="bytes"/> bytes: one paragraph, no line break anywhere.</summary>
    public static byte[] SingleLineHtml(string marker, int bytes = SingleLineBytes)
    {
        var head = $"<!doctype html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>Satu Baris</title></head><body><article><p>Kata penanda: {marker}. ";
        return Encoding.UTF8.GetBytes(head + Repeat(Sentence, bytes - head.Length) + "</p></article></body></html>");
    }

    /// <summary>A plain-text file of one line of about <paramref name="bytes"/> bytes.</summary>
    public static byte[] SingleLineText(string marker, int bytes = SingleLineBytes) =>
        Encoding.UTF8.GetBytes($"Kata penanda: {marker}. " + Repeat(Sentence, bytes));

    /// <summary>A text file of <paramref name="bytes"/> bytes: readable, only too large.</summary>
    public static byte[] Oversized(int bytes = OversizedBytes)
    {
        var content = new byte[bytes];
        var sentence = Encoding.ASCII.GetBytes(Sentence);
        for (var i = 0; i < bytes; i += sentence.Length)
        {
            sentence.AsSpan(0, Math.Min(sentence.Length, bytes - i)).CopyTo(content.AsSpan(i));
        }

        return content;
    }

    private static string Repeat(string text, int length)
    {
        var builder = new StringBuilder(length + text.Length);
        while (builder.Length < length)
        {
            builder.Append(text);
        }

        return builder.ToString(0, Math.Max(0, length));
    }
}

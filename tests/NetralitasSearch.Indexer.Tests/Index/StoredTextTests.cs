using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Index;

namespace NetralitasSearch.Indexer.Tests.Index;

/// <summary>
/// The index keeps a text once: its start as the snippets' passage and the rest as a stored tail. The document view
/// must get every text back exactly: short, empty, past the passage's 32,000 bytes with multi-byte characters at the
/// cut; a lone surrogate, which UTF-8 cannot carry, comes back as U+FFFD as it did from a stored string.
/// </summary>
public sealed class StoredTextTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("netralitas-stored-text-").FullName;

    [Theory]
    [InlineData("short")]
    [InlineData("empty")]
    [InlineData("long")]
    [InlineData("multibyte-at-cut")]
    [InlineData("surrogate-at-cut")]
    [InlineData("lone-surrogate")]
    public void TheDocumentViewGetsTheTextBackExactly(string name)
    {
        // Built here, not passed as theory data: xUnit's serialization of test cases would mend a lone surrogate.
        var text = Text(name);
        var options = new IndexOptions(Path.Combine(folder, name));
        using (var writer = IndexWriter.Open(options))
        {
            writer.Upsert(new Document { Id = name, File = name + ".txt", Format = DocumentFormat.Text, Title = "Judul " + name, Text = text });
            writer.Commit();
        }

        using var searcher = new IndexSearcher(options);
        var document = searcher.GetDocument(name);
        Assert.NotNull(document);
        var expected = System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(text));
        Assert.Equal(name == "lone-surrogate", expected != text);
        Assert.Equal(expected.Length, document.Text.Length);
        Assert.True(string.Equals(expected, document.Text, StringComparison.Ordinal), $"{name}: the text differs");
    }

    private static string Text(string name)
    {
        const string sentence = "Bupati Musi Rawas mengingatkan ASN agar netral. ";
        return name switch
        {
            "short" => "Camat Sukamaju hadir dalam kampanye.",
            "empty" => "",
            "long" => string.Concat(Enumerable.Repeat(sentence, 1500)),
            "multibyte-at-cut" => new string('a', IndexFields.MaxValueBytes - 1) + "“kutipan” é 😀 " + string.Concat(Enumerable.Repeat("ćč ", 400)),
            "surrogate-at-cut" => new string('a', IndexFields.MaxValueBytes - 2) + "😀😀 sesudahnya",
            _ => "Teks rusak " + '\ud800' + " di tengah, lalu " + string.Concat(Enumerable.Repeat(sentence, 900)),
        };
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}

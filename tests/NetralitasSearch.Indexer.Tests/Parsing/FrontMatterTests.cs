using System.Globalization;
using System.Text;
using NetralitasSearch.Indexer.Parsing;

namespace NetralitasSearch.Indexer.Tests.Parsing;

/// <summary>
/// Text and Markdown uploads carry their title, outlet, URL, date and author in YAML front matter; the front matter never
/// shows in the title or the body, and a bad one is read as far as it can be, with notes, never an exception.
/// </summary>
public sealed class FrontMatterTests
{
    private const string Body = "MUSI RAWAS – Bawaslu Musi Rawas memanggil dua kepala desa yang diduga mengajak warga memilih salah satu pasangan calon, Senin (14/10/2024).";

    /// <summary>A front-matter line of any of the rows below, seen anywhere in the text.</summary>
    private const string FieldLine = @"(?m)^\s*(layout|title|judul|source|media|url|tautan|date|tanggal|author|authors|penulis|tags|Publisher|publishDate|description)\s*:";

    private static readonly ArticleParser Parser = new(ParsingOptions.Default with { Clock = FixedClock.At("2024-11-20T03:00:00Z") });

    [Theory]
    [InlineData(
        "jekyll.md",
        "---\nlayout: post\ntitle: \"Bawaslu Panggil Dua Kades di Musi Rawas\"\nsource: Kabar Mura\nurl: https://kabarmura.example/2024/10/bawaslu-panggil-kades\ndate: 2024-10-14 09:30:00 +0700\nauthor: Rahmat Hidayat\ntags: [pilkada, netralitas]\n---\n\n" + Body + "\n",
        "Bawaslu Panggil Dua Kades di Musi Rawas", "Kabar Mura", "https://kabarmura.example/2024/10/bawaslu-panggil-kades", "2024-10-14", "Rahmat Hidayat")]
    [InlineData(
        "indonesia.txt",
        "---\njudul: Bawaslu Panggil Dua Kades di Musi Rawas\nmedia: Kabar Mura\ntautan: https://kabarmura.example/b/123\ntanggal: 14 Oktober 2024\npenulis: Rahmat Hidayat\n---\n" + Body + "\n",
        "Bawaslu Panggil Dua Kades di Musi Rawas", "Kabar Mura", "https://kabarmura.example/b/123", "2024-10-14", "Rahmat Hidayat")]
    [InlineData(
        "hugo.md",
        "---\ntitle: 'Kades ''Dukung'' Paslon: Bawaslu Bertindak'\nPublisher: Kabar Mura  # outlet\npublishDate: 2024-10-15T08:00:00Z\nauthors:\n  - Rahmat Hidayat\n  - Sari Dewi\ndescription: >\n  Dua kepala desa\n  dipanggil.\n---\n# Kades 'Dukung' Paslon: Bawaslu Bertindak\n\n" + Body + "\n",
        "Kades 'Dukung' Paslon: Bawaslu Bertindak", "Kabar Mura", null, "2024-10-15", "Rahmat Hidayat, Sari Dewi")]
    [InlineData(
        "pandoc.md",
        "---\ntitle: Bawaslu Panggil Dua Kades\nauthor: [Rahmat Hidayat, \"Sari, Dewi\"]\ndate: 2024/10/14\n...\n\n" + Body + "\n",
        "Bawaslu Panggil Dua Kades", null, null, "2024-10-14", "Rahmat Hidayat, Sari, Dewi")]
    public void FrontMatterFillsTheFieldsAndNeverShowsInTheText(string name, string content, string title, string? source, string? url, string? published, string? author)
    {
        var article = Parse(name, content);

        Assert.Equal(title, article.Title);
        Assert.Equal(source, article.Source);
        Assert.Equal(url, article.Url);
        Assert.Equal(published is null ? null : DateOnly.Parse(published, CultureInfo.InvariantCulture), article.Published);
        Assert.Equal(author, article.Author);
        Assert.Equal(Body, article.Paragraphs[0]);
        Assert.DoesNotContain("---", article.Text, StringComparison.Ordinal);
        Assert.DoesNotMatch(FieldLine, article.Text);
        Assert.DoesNotMatch(FieldLine, article.Title);
        Assert.Empty(article.Notes);
    }

    [Theory]
    [InlineData(
        "---\ntitle: Bawaslu Panggil Dua Kades\ndate: kemarin sore\n---\n" + Body,
        "Bawaslu Panggil Dua Kades", null, "The front matter's \"date\" (\"kemarin sore\") is not a date; it was ignored.")]
    [InlineData(
        "---\ntitle: Bawaslu Panggil Dua Kades\npublished: 2024\n---\n" + Body,
        "Bawaslu Panggil Dua Kades", null, "The front matter's \"published\" (\"2024\") is not a date; it was ignored.")]
    [InlineData(
        "---\ntitle: Bawaslu Panggil Dua Kades\ndate: 2024-02-30\n---\n" + Body,
        "Bawaslu Panggil Dua Kades", null, "The front matter's \"date\" (\"2024-02-30\") is not a date; it was ignored.")]
    [InlineData(
        "---\ntitle: Bawaslu Panggil Dua Kades\nurl: kabarmura.example/berita\n---\n" + Body,
        "Bawaslu Panggil Dua Kades", null, "The front matter's \"url\" (\"kabarmura.example/berita\") is not an absolute http or https URL; it was ignored.")]
    [InlineData(
        "---\ntitle: \"Bawaslu Panggil Dua Kades\nsource: Kabar Mura\n---\n" + Body,
        null, "Kabar Mura", "The front matter's \"title\" has a quotation or a list that is not closed; it was ignored.")]
    [InlineData(
        "---\ntitle:\n  id: Bawaslu Panggil Dua Kades\n  en: Election body summons two village heads\nsource: Kabar Mura\n---\n" + Body,
        null, "Kabar Mura", "The front matter's \"title\" holds a nested map, not a value; it was ignored.")]
    [InlineData(
        "---\ntitle: [Bawaslu, Kades]\nsource: Kabar Mura\n---\n" + Body,
        null, "Kabar Mura", "The front matter's \"title\" holds a list, not one value; it was ignored.")]
    [InlineData(
        "---\ntitle:\nsource: Kabar Mura\n---\n" + Body,
        null, "Kabar Mura", "The front matter's \"title\" is empty; it was ignored.")]
    [InlineData(
        "---\ntitle: Bawaslu Panggil Dua Kades\njudul: Judul Lain\n---\n" + Body,
        "Bawaslu Panggil Dua Kades", null, "The front matter gives the title twice (\"title\" and \"judul\"); the first was kept.")]
    [InlineData(
        "---\ntitle: Bawaslu Panggil Dua Kades\nsumber Kabar Mura\n---\n" + Body,
        "Bawaslu Panggil Dua Kades", null, "Line 3 of the front matter is not a \"key: value\" field; it was ignored.")]
    [InlineData(
        "---\ntitle: Bawaslu Panggil Dua Kades\nsource: Kabar Mura\n\n" + Body,
        "Bawaslu Panggil Dua Kades", "Kabar Mura", "The front matter opened by \"---\" on line 1 is not closed by a \"---\" line; its 2 field(s) were read up to the first line that is not one, where the text starts.")]
    [InlineData(
        "---\ntitle: Bawaslu Panggil Dua Kades\ndate: 2031-10-14\n---\n" + Body,
        "Bawaslu Panggil Dua Kades", null, "The date 2031-10-14 (from the front matter) was not taken as the publication date: it is after the day the file was read (2024-11-20).")]
    public void BadFrontMatterIsReadAsFarAsItCanBeAndTheNotesSayWhatWasLeftOut(string content, string? title, string? source, string note)
    {
        var article = Parse("buruk.txt", content + "\n");

        if (title is not null)
        {
            Assert.Equal(title, article.Title);
        }

        Assert.Equal(source, article.Source);
        Assert.Contains(note, article.Notes);
        Assert.Equal(Body, article.Paragraphs[^1]);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("---", StringComparison.Ordinal) || p.StartsWith("title", StringComparison.Ordinal) || p.StartsWith("source", StringComparison.Ordinal));
        Assert.False(article.Title.StartsWith("title", StringComparison.OrdinalIgnoreCase) || article.Title.Contains("---", StringComparison.Ordinal), article.Title);
    }

    [Theory]
    [InlineData("catatan.md", "---\n\nCatatan: kepala desa dilarang berkampanye.\n\nParagraf kedua tentang aturan netralitas.\n\n---\n\nParagraf ketiga.\n", "Catatan: kepala desa dilarang berkampanye.", "Paragraf kedua tentang aturan netralitas.")]
    [InlineData("garis.txt", "---\nBawaslu Panggil Dua Kades\n\n" + Body + "\n", "Bawaslu Panggil Dua Kades", Body)]
    [InlineData("tanpa.txt", "Bawaslu Panggil Dua Kades\n\n" + Body + "\n", "Bawaslu Panggil Dua Kades", Body)]
    [InlineData("bukan.txt", "title Bawaslu Panggil Dua Kades\n\n" + Body + "\n", "title Bawaslu Panggil Dua Kades", Body)]
    public void TextWithoutFrontMatterIsReadAsBefore(string name, string content, string title, string firstParagraph)
    {
        var article = Parse(name, content);

        Assert.Equal(title, article.Title);
        Assert.Equal(firstParagraph, article.Paragraphs[0]);
        Assert.Empty(article.Notes);
    }

    [Fact]
    public void FrontMatterPastTheLineLimitIsCutThere()
    {
        var content = "---\ntitle: Bawaslu Panggil Dua Kades\n" + string.Concat(Enumerable.Range(0, 100_000).Select(i => $"kunci{i}: nilai {i}\n")) + "\n" + Body + "\n";

        var article = Parse("panjang.md", content);

        Assert.Equal("Bawaslu Panggil Dua Kades", article.Title);
        Assert.Contains(article.Notes, note => note.StartsWith("The front matter is longer than 200 lines", StringComparison.Ordinal));
    }

    [Fact]
    public void RandomFrontMatterEndsAsAnArticleOrAFailureWithAReason()
    {
        string[] pieces =
        [
            "---\n", "...\n", "\n", "title: ", "date: ", "url: ", "author:\n", "  - ", "source: ", "tags: [a, b", "]", "{x: 1}", "|\n", ">\n",
            "  ", "\"", "'", "''", "\\", "# catatan\n", "2024-10-14", "14 Oktober 2024", "https://contoh.example/a", "Bupati Minta ASN Netral",
            ": ", "\r\n", "\t", "\u00A0", "kunci-1: nilai\n", "Kepala desa di Musi Rawas mendukung pasangan calon dan Bawaslu memanggilnya.\n\n",
        ];
        var random = new Random(17);
        for (var round = 0; round < 2_000; round++)
        {
            var text = new StringBuilder(random.Next(2) == 0 ? "---\n" : "");
            for (var i = random.Next(1, 60); i > 0; i--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            var result = Parser.Parse(new SourceFile(random.Next(2) == 0 ? $"acak-{round}.md" : $"acak-{round}.txt", Encoding.UTF8.GetBytes(text.ToString())));

            Assert.True(result.IsSuccess ? result.Article.Paragraphs.Count > 0 : result.Failure.Reason.Length > 0, $"round {round}");
        }
    }

    [Fact]
    public void RandomFieldsNeverShowInTheTitleOrTheText()
    {
        string[] keys = ["title", "judul", "source", "media", "url", "date", "tanggal", "author", "penulis", "tags", "layout", "draft"];
        string[] values = ["Bupati Minta ASN Netral", "\"Kades Dipanggil Bawaslu\"", "'Camat ''Netral'''", "2024-10-14", "14 Oktober 2024", "kemarin", "https://contoh.example/a", "[a, b]", "", "~", "true"];
        const string FieldAtLineStart = @"(?m)^(title|judul|source|media|url|date|tanggal|author|penulis|tags|layout|draft):";
        var random = new Random(18);
        for (var round = 0; round < 1_000; round++)
        {
            var text = new StringBuilder("---\n");
            for (var i = random.Next(1, 12); i > 0; i--)
            {
                text.Append(CultureInfo.InvariantCulture, $"{keys[random.Next(keys.Length)]}: {values[random.Next(values.Length)]}\n");
            }

            text.Append(random.Next(4) == 0 ? "\n" : "---\n").Append(Body).Append('\n');
            var result = Parser.Parse(new SourceFile(random.Next(2) == 0 ? $"acak-{round}.md" : $"acak-{round}.txt", Encoding.UTF8.GetBytes(text.ToString())));

            Assert.True(result.IsSuccess, $"round {round}");
            Assert.DoesNotMatch(FieldAtLineStart, result.Article.Title);
            Assert.DoesNotMatch(FieldAtLineStart, result.Article.Text);
            Assert.Equal(Body, result.Article.Paragraphs[^1]);
        }
    }

    private static ParsedArticle Parse(string name, string content)
    {
        var result = Parser.Parse(new SourceFile(name, Encoding.UTF8.GetBytes(content)));
        Assert.True(result.IsSuccess, result.Failure?.Reason);
        return result.Article;
    }
}

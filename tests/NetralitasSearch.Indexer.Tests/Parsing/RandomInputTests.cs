using System.Text;
using NetralitasSearch.Indexer.Parsing;

namespace NetralitasSearch.Indexer.Tests.Parsing;

/// <summary>
/// Odd input never throws out of the parser: random tag soup (unclosed and misnested elements, stray end tags, quotes
/// left open, self-closed divs, tables and lists cut short) and random bytes behind a PDF header each end as an article
/// or as a failure with a reason. Seeded, so a failure can be replayed.
/// </summary>
public sealed class RandomInputTests
{
    private static readonly string[] Pieces =
    [
        "<div>", "</div>", "<p>", "</p>", "<li>", "<ul>", "</ul>", "<ol>", "</li>", "<table>", "<tr>", "<td>", "</td>", "</table>",
        "<span class=\"x", "\">", "<a href='/x'>", "</a>", "<div/>", "<br>", "</br>", "<header>", "</header>", "<form>", "</form>",
        "<script>if (a < b) {</script>", "<!-- c", "-->", "<h2>Berita Terkait</h2>", "<figure>", "<blockquote class=\"twitter-tweet\">",
        "<select><option>", "<svg><path/>", "</svg>", "<aside class=\"sidebar\">", "&amp;", "&#x1F600;", "<", ">", "\"", "'",
        "Kepala desa di Musi Rawas mendukung pasangan calon dan Bawaslu memanggilnya. ", "<p>Baca juga: ", "12 | 34", "\u0000",
    ];

    [Fact]
    public void RandomTagSoupEndsAsAnArticleOrAFailure()
    {
        var parser = new ArticleParser(ParsingOptions.Default);
        var random = new Random(16);
        for (var round = 0; round < 300; round++)
        {
            var html = new StringBuilder("<html><body>");
            for (var i = random.Next(1, 400); i > 0; i--)
            {
                html.Append(Pieces[random.Next(Pieces.Length)]);
            }

            var result = parser.Parse(new SourceFile($"acak-{round}.html", Encoding.UTF8.GetBytes(html.ToString())));

            Assert.True(result.IsSuccess ? result.Article.Paragraphs.Count > 0 : result.Failure.Reason.Length > 0, $"round {round}");
        }
    }

    [Fact]
    public void RandomBytesBehindAPdfHeaderFailWithAReason()
    {
        var parser = new ArticleParser(ParsingOptions.Default);
        var random = new Random(16);
        for (var round = 0; round < 100; round++)
        {
            var bytes = new byte[random.Next(10, 4000)];
            random.NextBytes(bytes);
            var content = Encoding.ASCII.GetBytes(round % 2 == 0 ? "%PDF-1.7\n1 0 obj\n<< /Filter /FlateDecode >>\nstream\n" : "%PDF-1.4\n").Concat(bytes).ToArray();

            var result = parser.Parse(new SourceFile($"acak-{round}.pdf", content));

            Assert.False(result.IsSuccess, $"round {round}");
            Assert.False(string.IsNullOrWhiteSpace(result.Failure.Reason));
        }
    }
}

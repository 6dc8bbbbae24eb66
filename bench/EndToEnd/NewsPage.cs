using System.Net;
using System.Text;

namespace NetralitasSearch.Bench.EndToEnd;

/// <summary>
/// A corpus article dressed as a saved news page (head metadata, navigation, the article, a "Baca juga" box, a
/// footer), so the end-to-end run parses HTML the way uploads of real pages are parsed.
/// </summary>
internal static class NewsPage
{
    /// <summary>The page's bytes; <paramref name="marker"/>, when given, closes the article as a word of its own.</summary>
    public static byte[] Html(CorpusArticle article, string? marker = null)
    {
        static string E(string text) => WebUtility.HtmlEncode(text);

        var page = new StringBuilder(article.Text.Length + 2048);
        page.Append("<!doctype html>\n<html lang=\"id\"><head><meta charset=\"utf-8\">\n")
            .Append("<title>").Append(E(article.Title)).Append(" - ").Append(E(article.Source)).Append("</title>\n")
            .Append("<meta property=\"og:title\" content=\"").Append(E(article.Title)).Append("\">\n")
            .Append("<meta property=\"og:site_name\" content=\"").Append(E(article.Source)).Append("\">\n")
            .Append("<meta property=\"article:published_time\" content=\"").Append(article.Date).Append("T08:00:00+07:00\">\n")
            .Append("<link rel=\"canonical\" href=\"").Append(E(article.Url)).Append("\">\n</head><body>\n")
            .Append("<nav><ul><li><a href=\"/\">Beranda</a></li><li><a href=\"/nasional\">Nasional</a></li><li><a href=\"/daerah\">Daerah</a></li></ul></nav>\n")
            .Append("<article><h1>").Append(E(article.Title)).Append("</h1>\n<div class=\"entry-content\">\n");
        foreach (var paragraph in article.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            page.Append("<p>").Append(E(paragraph)).Append("</p>\n");
        }

        if (marker is not null)
        {
            page.Append("<p>").Append(E(marker)).Append(".</p>\n");
        }

        page.Append("<div class=\"baca-juga\"><p>Baca juga: <a href=\"/lain\">Berita lain hari ini</a></p></div>\n</div></article>\n")
            .Append("<footer><p>&copy; ").Append(E(article.Source)).Append("</p></footer>\n</body></html>\n");
        return Encoding.UTF8.GetBytes(page.ToString());
    }
}

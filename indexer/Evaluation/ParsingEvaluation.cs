using System.Globalization;
using System.Text.Json;
using NetralitasSearch.Indexer.Parsing;

namespace NetralitasSearch.Indexer.Evaluation;

/// <summary>
/// Parses every page of a fixture folder that has expected output and scores it. Two layouts are read: a page beside its
/// <c>&lt;case&gt;.expected.json</c> (<c>case.html</c>), and a folder per case holding <c>page.html</c> (or .htm, .txt,
/// .md) with <c>expected.json</c>.
/// </summary>
public static class ParsingEvaluation
{
    public static ParsingReport Run(string folder, ArticleParser parser)
    {
        var cases = new List<ParsingCase>();
        foreach (var (expectedPath, page) in Pairs(folder))
        {

            var expected = JsonDocument.Parse(File.ReadAllBytes(expectedPath)).RootElement;
            var expectedTitle = expected.GetProperty("title").GetString() ?? "";
            var expectedBody = expected.GetProperty("body").GetString() ?? "";
            var expectedPublished = Optional(expected, "published");

            var result = parser.Parse(new SourceFile(page, File.ReadAllBytes(page)));
            var relative = Path.GetRelativePath(folder, page);
            if (!result.IsSuccess)
            {
                cases.Add(new ParsingCase(relative, 0, false, false, result.Failure.Reason, expectedTitle, null, expectedPublished, null));
                continue;
            }

            var article = result.Article;
            var actualPublished = article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            cases.Add(new ParsingCase(
                relative,
                TokenOverlap.F1(article.Text, expectedBody),
                Normalize(article.Title) == Normalize(expectedTitle),
                actualPublished == expectedPublished,
                null,
                expectedTitle,
                article.Title,
                expectedPublished,
                actualPublished)
            {
                OutletMatches = Optional(expected, "outlet") == article.Source,
                AuthorMatches = Optional(expected, "author") == article.Author,
                UrlMatches = !expected.TryGetProperty("url", out _) || Optional(expected, "url") == article.Url,
            });
        }

        return new ParsingReport(cases);
    }

    private static IEnumerable<(string Expected, string Page)> Pairs(string folder)
    {
        string[] extensions = [".html", ".htm", ".txt", ".md"];
        foreach (var expected in Directory.EnumerateFiles(folder, "*expected.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(expected);
            var stem = name == "expected.json"
                ? Path.Combine(Path.GetDirectoryName(expected)!, "page")
                : name.EndsWith(".expected.json", StringComparison.Ordinal) ? expected[..^".expected.json".Length] : null;
            var page = stem is null ? null : extensions.Select(extension => stem + extension).FirstOrDefault(File.Exists);
            if (page is not null)
            {
                yield return (expected, page);
            }
        }
    }

    private static string? Optional(JsonElement expected, string name) =>
        expected.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Normalize(string text) => Text.TextNormalizer.CollapseWhitespace(text);
}

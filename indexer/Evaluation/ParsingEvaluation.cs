using System.Globalization;
using NetralitasSearch.Indexer.Parsing;

namespace NetralitasSearch.Indexer.Evaluation;

/// <summary>Parses every page of a parsing set (see <see cref="ExpectedPages"/> for the layouts read) and scores it.</summary>
public static class ParsingEvaluation
{
    public static ParsingReport Run(string folder, ArticleParser parser)
    {
        var cases = new List<ParsingCase>();
        foreach (var expected in ExpectedPages.Find(folder))
        {
            var result = parser.Parse(new SourceFile(expected.Page, File.ReadAllBytes(expected.Page)));
            var relative = Path.GetRelativePath(folder, expected.Page);
            var expectsBody = TokenOverlap.Count(expected.Body) > 0;
            if (!result.IsSuccess)
            {
                cases.Add(new ParsingCase(relative, expectsBody ? 0 : 1, false, false, result.Failure.Reason, expected.Title, null, expected.Published, null) { ExpectsBody = expectsBody });
                continue;
            }

            var article = result.Article;
            var actualPublished = article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var overlap = TokenOverlap.Measure(article.Text, expected.Body);
            cases.Add(new ParsingCase(
                relative,
                overlap.F1,
                Normalize(article.Title) == Normalize(expected.Title),
                actualPublished == expected.Published,
                null,
                expected.Title,
                article.Title,
                expected.Published,
                actualPublished)
            {
                BodyPrecision = overlap.Precision,
                BodyRecall = overlap.Recall,
                ExpectsBody = expectsBody,
                OutletMatches = expected.Outlet == article.Source,
                AuthorMatches = expected.Author == article.Author,
                UrlMatches = !expected.ChecksUrl || expected.Url == article.Url,
                CircularMatches = expected.Circular is null ? null : CircularMatches(expected.Circular, article.Circular),
            });
        }

        return new ParsingReport(cases);
    }

    private static bool CircularMatches(IReadOnlyDictionary<string, string> expected, Documents.CircularInfo? actual) =>
        actual is not null
        && expected.GetValueOrDefault("number") == actual.Number
        && expected.GetValueOrDefault("subject") == actual.Subject
        && expected.GetValueOrDefault("issuer") == actual.Issuer
        && expected.GetValueOrDefault("date") == actual.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Normalize(string text) => Text.TextNormalizer.CollapseWhitespace(text);
}

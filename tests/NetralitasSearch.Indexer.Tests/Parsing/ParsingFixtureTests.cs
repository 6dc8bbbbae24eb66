using NetralitasSearch.Indexer.Evaluation;
using NetralitasSearch.Indexer.Parsing;
using NetralitasSearch.Tests;
using Xunit.Abstractions;

namespace NetralitasSearch.Indexer.Tests.Parsing;

/// <summary>
/// The parsing fixture set (tests/Fixtures/Parsing: 62 pages in 15 CMS families, written for the project) scored
/// against its expected.json files, with the targets of the Parsing issue.
/// </summary>
public sealed class ParsingFixtureTests(ITestOutputHelper output)
{
    private static readonly Lazy<ParsingReport> Report = new(() =>
        ParsingEvaluation.Run(Path.Combine(RepositoryPaths.Fixtures, "Parsing"), new ArticleParser(ParsingOptions.Default)));

    public static IEnumerable<object[]> Pages() => Report.Value.Cases.Select(c => new object[] { c.File });

    [Theory]
    [MemberData(nameof(Pages))]
    public void EachPageKeepsItsArticleTitleDateOutletAuthorAndUrl(string file)
    {
        var page = Report.Value.Cases.Single(c => c.File == file);
        Assert.Null(page.Failure);
        Assert.True(page.BodyF1 >= 0.90, $"body F1 {page.BodyF1:0.000}");
        Assert.True(page.TitleMatches, $"title «{page.ActualTitle}», expected «{page.ExpectedTitle}»");
        Assert.True(page.PublishedMatches, $"published {page.ActualPublished}, expected {page.ExpectedPublished}");
        Assert.True(page.OutletMatches, "outlet differs from expected.json");
        Assert.True(page.AuthorMatches, "author differs from expected.json");
        Assert.True(page.UrlMatches, "canonical URL differs from expected.json");
    }

    [Fact]
    public void TheSetMeetsTheParsingTargets()
    {
        var report = Report.Value;
        output.WriteLine(report.Format(perCase: false));
        Assert.True(report.Cases.Count >= 36, $"{report.Cases.Count} pages");
        Assert.True(report.MeanBodyF1 >= 0.97);
        Assert.True(report.WorstBodyF1 >= 0.90);
        Assert.True(report.TitleMatchRate >= 0.97);
        Assert.True(report.PublishedMatchRate >= 0.95);
    }
}

using NetralitasSearch.Indexer.Evaluation;
using NetralitasSearch.Indexer.Parsing;
using NetralitasSearch.Indexer.Pipeline;
using NetralitasSearch.Tests;

namespace NetralitasSearch.Indexer.Tests.Parsing;

/// <summary>
/// The pages of tests/Fixtures/PublicationDates (a historical date in the theme's date element, a placeholder and a future date in the
/// metadata, a stamp line decades before the text's events, an article about history) and tests/Fixtures/FrontMatter
/// (Jekyll, Hugo and Indonesian-keyed front matter, and a broken one) keep their expected metadata, and their notes say
/// which date was refused and which front-matter value was left out.
/// </summary>
public sealed class DatesAndFrontMatterFixtureTests
{
    private static readonly ParsingOptions Options = ParsingOptions.Default with { Clock = FixedClock.At("2024-11-20T03:00:00Z") };

    private static readonly ArticleParser Parser = new(Options);

    public static IEnumerable<object[]> Pages() =>
        new[] { "PublicationDates", "FrontMatter" }.SelectMany(folder => ParsingEvaluation.Run(Path.Combine(RepositoryPaths.Fixtures, folder), Parser).Cases.Select(c => new object[] { folder, c.File }));

    [Theory]
    [MemberData(nameof(Pages))]
    public void EachPageKeepsItsTitleDateOutletAuthorAndUrl(string folder, string file)
    {
        var page = ParsingEvaluation.Run(Path.Combine(RepositoryPaths.Fixtures, folder), Parser).Cases.Single(c => c.File == file);

        Assert.Null(page.Failure);
        Assert.True(page.BodyF1 >= 0.95, $"body F1 {page.BodyF1:0.000}");
        Assert.True(page.TitleMatches, $"title «{page.ActualTitle}», expected «{page.ExpectedTitle}»");
        Assert.True(page.PublishedMatches, $"published {page.ActualPublished}, expected {page.ExpectedPublished}");
        Assert.True(page.OutletMatches && page.AuthorMatches && page.UrlMatches, "outlet, author or URL differs from expected.json");
    }

    [Theory]
    [InlineData("PublicationDates/date-field-1967.html", "The date 1967-06-05 (shown on the page beside the article) was not taken as the publication date: it is 57 years before the time the text reports (the years it writes centre on 2024).")]
    [InlineData("PublicationDates/jsonld-epoch.html", "The date 1970-01-01 (from the page's metadata) was not taken as the publication date: it is a placeholder date that publishing systems write when they have none.")]
    [InlineData("PublicationDates/meta-future.html", "The date 2099-10-16 (from the page's metadata) was not taken as the publication date: it is after the day the file was read (2024-11-20).")]
    [InlineData("PublicationDates/stamp-historical.txt", "The date 1967-06-05 (from a date line at the top of the text) was not taken as the publication date: it is 57 years before the time the text reports (the years it writes centre on 2024).|No plausible publication date was found: the document is undated.")]
    [InlineData("PublicationDates/sejarah-1967.txt", "")]
    [InlineData("FrontMatter/jekyll-bawaslu-mura.md", "")]
    [InlineData("FrontMatter/hugo-kasn-rekap.md", "")]
    [InlineData("FrontMatter/kiriman-warga-oku.txt", "")]
    [InlineData("FrontMatter/rusak-tanggal.txt", "The front matter opened by \"---\" on line 1 is not closed by a \"---\" line; its 4 field(s) were read up to the first line that is not one, where the text starts.|The front matter's \"date\" (\"kemarin sore\") is not a date; it was ignored.|The front matter's \"url\" (\"suaralahat.example/guru-pppk\") is not an absolute http or https URL; it was ignored.")]
    public void TheNotesSayWhatWasRefused(string file, string notes)
    {
        var path = Path.Combine(RepositoryPaths.Fixtures, file);

        var result = DocumentPipeline.Create(Options).Process(new SourceFile(path, File.ReadAllBytes(path)), DocumentOrigin.ForFile(path));

        Assert.True(result.IsSuccess, result.Failure?.Reason);
        Assert.Equal(notes.Length == 0 ? [] : notes.Split('|'), result.Notes);
    }
}

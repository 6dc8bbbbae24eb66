using NetralitasSearch.Indexer.Evaluation;
using NetralitasSearch.Indexer.Parsing;
using NetralitasSearch.Tests;
using Xunit.Abstractions;

namespace NetralitasSearch.Indexer.Tests.Parsing.Pdf;

/// <summary>
/// The circulars of tests/Fixtures/PdfOcr printed to PDF with Chromium and scanned (PNG, JPEG, image-only PDF), read
/// with PdfPig and, for scans, the real pdftoppm and tesseract: text F1 at least 0.97 for text PDFs and 0.90 for scans,
/// the circular's number, subject, issuer and date exact.
/// </summary>
public sealed class PdfOcrFixtureTests(ITestOutputHelper output)
{
    private static readonly Lazy<ParsingReport> Report = new(() =>
        ParsingEvaluation.Run(Path.Combine(RepositoryPaths.Fixtures, "PdfOcr"), new ArticleParser(ParsingOptions.Default)));

    public static IEnumerable<object[]> Files() => Report.Value.Cases.Select(c => new object[] { c.File });

    [Theory]
    [MemberData(nameof(Files))]
    public void EachCircularIsReadWithItsStructure(string file)
    {
        var page = Report.Value.Cases.Single(c => c.File == file);
        var scanned = !file.EndsWith(".pdf", StringComparison.Ordinal) || file.Contains("-scan", StringComparison.Ordinal);

        Assert.Null(page.Failure);
        Assert.True(page.BodyF1 >= (scanned ? 0.90 : 0.97), $"text F1 {page.BodyF1:0.000} (precision {page.BodyPrecision:0.000}, recall {page.BodyRecall:0.000})");
        Assert.True(page.CircularMatches, "the circular's number, subject, issuer or date differs from expected.json");
        Assert.True(page.TitleMatches, $"title «{page.ActualTitle}», expected «{page.ExpectedTitle}»");
        Assert.True(page.PublishedMatches, $"published {page.ActualPublished}, expected {page.ExpectedPublished}");
    }

    [Fact]
    public void TheSetHasTextPdfsAndScansOfEveryKind()
    {
        output.WriteLine(Report.Value.Format(perCase: true));
        var files = Report.Value.Cases.Select(c => Path.GetExtension(c.File)).ToList();

        Assert.Equal(3, files.Count(extension => extension == ".pdf"));
        Assert.Contains(".png", files);
        Assert.Contains(".jpg", files);
    }
}

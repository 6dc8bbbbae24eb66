using NetralitasSearch.Indexer.Evaluation;
using NetralitasSearch.Indexer.Pipeline;
using NetralitasSearch.Tests;
using Xunit.Abstractions;

namespace NetralitasSearch.Indexer.Tests.Extraction;

/// <summary>
/// The labelled set written for the project (tests/Fixtures/Extraction: 56 articles across Indonesia) scored per
/// entity type, held to the Extraction issue's targets; the report is printed for the record.
/// </summary>
public sealed class LabelledSetTests(ITestOutputHelper output)
{
    private static readonly Lazy<ExtractionReport> Report = new(() =>
        ExtractionEvaluation.Run(Path.Combine(RepositoryPaths.Fixtures, "Extraction", "labels.jsonl"), DocumentPipeline.Create()));

    [Theory]
    [InlineData("regencies", 0.92)]
    [InlineData("provinces", 0.92)]
    [InlineData("persons", 0.85)]
    [InlineData("dates", 0.92)]
    [InlineData("legal_refs", 0.90)]
    [InlineData("violations", 0.75)]
    public void MeetsTheTargetForEachEntityType(string type, double minimumF1)
    {
        var report = Report.Value;
        output.WriteLine(report.Format(differences: false));
        Assert.True(report.Documents >= 40, $"{report.Documents} labelled documents");
        Assert.True(report.For(type).F1 >= minimumF1, $"{type} F1 {report.For(type).F1:0.000} < {minimumF1}");
    }

    /// <summary>
    /// The real CLICK-ID development articles put their publication stamp ("Selasa, 10 Sep 2019") under the headline,
    /// which the body leaves out as page furniture: the date is still the document's publication date and one of its
    /// dates (it once fell to 0.853 when the stamp was looked for only in the cleaned body).
    /// </summary>
    [Fact]
    public void RealArticlesKeepTheirStampedDates()
    {
        var report = ExtractionEvaluation.Run(Path.Combine(RepositoryPaths.Fixtures, "ExtractionClickId", "labels.jsonl"), DocumentPipeline.Create());
        Assert.True(report.For("dates").F1 >= 0.95, $"dates F1 {report.For("dates").F1:0.000} on ExtractionClickId");
    }

    [Fact]
    public void ReadsEveryLabelledFile() =>
        Assert.DoesNotContain(Report.Value.Differences, d => d.EndsWith("file not found", StringComparison.Ordinal));
}

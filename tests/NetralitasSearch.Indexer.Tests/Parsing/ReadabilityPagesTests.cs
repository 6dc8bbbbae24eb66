using NetralitasSearch.Indexer.Evaluation;
using NetralitasSearch.Indexer.Parsing;
using NetralitasSearch.Tests;
using Xunit.Abstractions;

namespace NetralitasSearch.Indexer.Tests.Parsing;

/// <summary>
/// Mozilla Readability's 130 test pages (../shared/data/readability-test-pages, Apache-2.0): real pages from many sites,
/// scored against the bodies Readability extracts. The targets of issue 16: body token F1 mean at least 0.95, and no page
/// whose body exists left without one. Absent on CI clones, which have no ../shared: then the test says so and stops.
/// </summary>
public sealed class ReadabilityPagesTests(ITestOutputHelper output)
{
    [Fact]
    public void TheDevelopmentSetMeetsTheBodyTargets()
    {
        var folder = RepositoryPaths.Shared is { } shared ? Path.Combine(shared, "data", "readability-test-pages") : null;
        if (folder is null || !Directory.Exists(folder))
        {
            output.WriteLine("../shared/data/readability-test-pages is absent on this machine: the Readability page checks did not run.");
            return;
        }

        var report = ParsingEvaluation.Run(folder, new ArticleParser(ParsingOptions.Default));
        output.WriteLine(report.Format(perCase: false));

        Assert.True(report.Cases.Count >= 130, $"{report.Cases.Count} pages");
        Assert.True(report.MeanBodyF1 >= 0.95, $"body F1 mean {report.MeanBodyF1:0.000}");
        Assert.Equal([], report.Cases.Where(c => c.BodyMissing).Select(c => c.File));
    }
}

using Microsoft.Extensions.Configuration;
using NetralitasSearch.Functions.Functions;
using NetralitasSearch.Functions.Tests.Infrastructure;
using NetralitasSearch.LocalRunner;
using NetralitasSearch.Tests;

namespace NetralitasSearch.Functions.Tests.Hosting;

/// <summary>
/// The published Azure Functions app declares exactly the functions the README lists, each with its trigger, target and
/// options, so a renamed queue, container setting or route breaks a test and not production; and the local runner
/// reads the same functions from the same attributes.
/// </summary>
public sealed class FunctionsMetadataTests
{
    [Fact]
    public async Task EveryPublishedFunctionHasTheTriggerAndBindingsTheReadmeLists()
    {
        var published = await PublishedApp.FunctionsAsync();
        var listed = ReadmeFunctions();

        Assert.Equal(listed.Keys, published.Keys);
        foreach (var (name, trigger) in published)
        {
            Assert.True(listed[name] == trigger, $"{name}: the README lists '{listed[name]}', functions.metadata says '{trigger}'.");
        }
    }

    [Fact]
    public async Task PublishingGivesTheFilesTheFunctionsHostNeedsAndNoLocalSettings()
    {
        var folder = await PublishedApp.FolderAsync();

        foreach (var file in new[] { "functions.metadata", "worker.config.json", "host.json", "NetralitasSearch.Functions.dll", Path.Combine("wwwroot", "index.html") })
        {
            Assert.True(File.Exists(Path.Combine(folder, file)), $"{file} is missing from the published app.");
        }

        Assert.False(File.Exists(Path.Combine(folder, "local.settings.json")), "local.settings.json is for local runs only.");
        Assert.Contains("\"routePrefix\": \"\"", await File.ReadAllTextAsync(Path.Combine(folder, "host.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLocalRunnerReadsTheSameFunctionsWithTheirSettingsResolved()
    {
        var published = await PublishedApp.FunctionsAsync();
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ArticlesContainer"] = "articles",
            ["Storage:SourcesContainer"] = "sources",
            ["Storage:IngestQueue"] = "ingest",
            ["Storage:FetchQueue"] = "fetch",
            ["Alerts:Queue"] = "alerts",
            ["AzureFunctionsJobHost:netralitas:scanArticlesSchedule"] = "00:00:01",
            ["AzureFunctionsJobHost:scraper:scanSourcesSchedule"] = "00:00:01",
            ["Scraper:PollFeedsSchedule"] = "0 */15 * * * *",
        }).Build();

        var catalog = FunctionCatalog.Read(typeof(IngestArticleFunction).Assembly, new SettingResolver(settings));

        Assert.Equal(published.Keys, catalog.Functions.Select(f => f.Name).Order(StringComparer.Ordinal));
        var targets = catalog.Functions.ToDictionary(f => f.Name, f => f.Target);
        Assert.Equal("ingest", targets[IngestArticleFunction.QueuedName]);
        Assert.Equal("articles", targets[IngestArticleFunction.Name]);
        Assert.Equal("00:00:01", targets[ScanArticlesFunction.Name]);
        Assert.Equal("0 */15 * * * *", targets[PollFeedsFunction.Name]);
        Assert.Equal("api/search", targets[SearchFunction.Name]);
    }

    [Theory]
    [InlineData(null, "00:00:01")]
    [InlineData("0 * * * * *", "0 * * * * *")]
    public void AnAppSettingWinsOverHostJsonWhichGivesTheDefault(string? appSetting, string expected)
    {
        var resolver = new SettingResolver(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureFunctionsJobHost:netralitas:scanArticlesSchedule"] = "00:00:01",
            ["Netralitas:ScanArticlesSchedule"] = appSetting,
        }).Build());

        Assert.Equal(expected, resolver.Resolve("%Netralitas:ScanArticlesSchedule%", "ScanArticles"));
    }

    [Fact]
    public void TheLocalRunnerRefusesASettingThatIsNowhere()
    {
        var resolver = new SettingResolver(new ConfigurationBuilder().Build());

        var refused = Assert.Throws<InvalidOperationException>(() => resolver.Resolve("%Storage:ArticlesContainer%/{name}", "Function X"));

        Assert.Contains("Storage__ArticlesContainer", refused.Message, StringComparison.Ordinal);
    }

    /// <summary>The README's table of functions: name → "type | target | options".</summary>
    private static SortedDictionary<string, string> ReadmeFunctions()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var start = readme.IndexOf("<!-- functions:begin -->", StringComparison.Ordinal);
        var end = readme.IndexOf("<!-- functions:end -->", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "README.md has no table between <!-- functions:begin --> and <!-- functions:end -->.");
        var listed = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in readme[start..end].Split('\n').Where(l => l.StartsWith('|')).Skip(2))
        {
            var cells = line.Trim().Trim('|').Split('|').Select(cell => cell.Trim().Trim('`').Trim()).ToArray();
            listed.Add(cells[0], $"{cells[1]} | {cells[2]} | {cells[3]}".TrimEnd(' ', '|'));
        }

        return listed;
    }
}

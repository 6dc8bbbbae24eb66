using System.Text.Json;
using NetralitasSearch.Indexer.Parsing;
using NetralitasSearch.Indexer.Pipeline;
using NetralitasSearch.Tests;
using Xunit.Abstractions;

namespace NetralitasSearch.Indexer.Tests.Extraction;

/// <summary>The five real seed articles of ../shared with their hand labels (a development set).</summary>
public sealed class SeedArticleTests(ITestOutputHelper output)
{
    public static IEnumerable<object[]> Labels()
    {
        var folder = RepositoryPaths.Shared is { } shared ? Path.Combine(shared, "samples", "seed-articles") : null;
        if (folder is null || !File.Exists(Path.Combine(folder, "labels.jsonl")))
        {
            yield return [""];
            yield break;
        }

        foreach (var line in File.ReadLines(Path.Combine(folder, "labels.jsonl")).Where(l => l.Length > 0))
        {
            yield return [line];
        }
    }

    [Theory]
    [MemberData(nameof(Labels))]
    public void FindsTheLabelledRegenciesAndDates(string labelLine)
    {
        if (labelLine.Length == 0)
        {
            output.WriteLine("../shared/samples/seed-articles is absent on this machine: the seed-article checks did not run.");
            return;
        }

        var label = JsonDocument.Parse(labelLine).RootElement;
        var path = Path.Combine(RepositoryPaths.Shared!, "samples", "seed-articles", label.GetProperty("file").GetString()!);
        var result = DocumentPipeline.Create().Process(new SourceFile(path, File.ReadAllBytes(path)), DocumentOrigin.ForFile(path));

        Assert.True(result.IsSuccess);
        var document = result.Document;
        Assert.Equal(Strings(label, "regencies").Order(), document.Regencies.Order());
        Assert.Equal(label.GetProperty("primary_regency").GetString(), document.PrimaryRegency);
        Assert.Equal(Strings(label, "dates").Order(), document.Dates.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Order());
    }

    private static IEnumerable<string> Strings(JsonElement label, string name) => label.GetProperty(name).EnumerateArray().Select(e => e.GetString()!);
}

using System.Diagnostics;
using System.Text.Json;
using NetralitasSearch.Tests;

namespace NetralitasSearch.Functions.Tests.Infrastructure;

/// <summary>
/// The Azure Functions app as `dotnet publish` makes it from the build the tests run on (<c>--no-build</c>), once per
/// test run, in a folder of its own; and what its functions.metadata declares, one line per function.
/// </summary>
internal static class PublishedApp
{
    private static readonly Lazy<Task<string>> Folder = new(PublishAsync);

    public static Task<string> FolderAsync() => Folder.Value;

    /// <summary>Function name → its trigger as "type | target | options" (see <see cref="Describe"/>).</summary>
    public static async Task<SortedDictionary<string, string>> FunctionsAsync()
    {
        var metadata = Path.Combine(await FolderAsync(), "functions.metadata");
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(metadata));
        var functions = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var function in json.RootElement.EnumerateArray())
        {
            var bindings = function.GetProperty("bindings").EnumerateArray().ToList();
            var triggers = bindings.Where(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal)).ToList();
            Assert.True(triggers.Count == 1, $"{function.GetProperty("name")} has {triggers.Count} triggers.");
            var others = bindings.Except(triggers).Where(b => !(b.GetProperty("type").GetString() == "http" && b.GetProperty("name").GetString() == "$return")).ToList();
            Assert.True(others.Count == 0, $"{function.GetProperty("name")} has bindings this list does not describe: {string.Join(", ", others)}");
            functions.Add(function.GetProperty("name").GetString()!, Describe(triggers[0]));
        }

        return functions;
    }

    /// <summary>httpTrigger: route and "methods authLevel"; blobTrigger: path and "source connection"; queueTrigger: queue and connection; timerTrigger: schedule.</summary>
    public static string Describe(JsonElement trigger)
    {
        string Text(string name) => trigger.TryGetProperty(name, out var value) ? value.ValueKind == JsonValueKind.Array ? string.Join(",", value.EnumerateArray().Select(v => v.GetString())) : value.ToString() : "";
        var type = Text("type");
        var (target, options) = type switch
        {
            "httpTrigger" => (Text("route"), $"{Text("methods")} {Text("authLevel").ToLowerInvariant()}"),
            "blobTrigger" => (Text("path"), $"{Text("source")} {Text("connection")}"),
            "queueTrigger" => (Text("queueName"), Text("connection")),
            "timerTrigger" => (Text("schedule"), ""),
            _ => ("?", "?"),
        };
        return $"{type} | {target} | {options}".TrimEnd(' ', '|');
    }

    private static async Task<string> PublishAsync()
    {
        var output = Directory.CreateTempSubdirectory("netralitas-publish-").FullName;
        var start = new ProcessStartInfo("dotnet", ["publish", Path.Combine(RepositoryPaths.Root, "functions", "NetralitasSearch.Functions.csproj"), "-c", RepositoryPaths.Configuration, "--no-build", "--nologo", "-o", output])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.Root,
        };
        using var publish = Process.Start(start)!;
        var stdout = publish.StandardOutput.ReadToEndAsync();
        var stderr = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        return publish.ExitCode == 0 && File.Exists(Path.Combine(output, "functions.metadata"))
            ? output
            : throw new InvalidOperationException($"dotnet publish of the functions app failed (exit {publish.ExitCode}):\n{await stdout}\n{await stderr}");
    }
}

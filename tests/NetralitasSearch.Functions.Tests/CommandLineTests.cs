using System.Diagnostics;
using System.Runtime.Versioning;
using NetralitasSearch.Functions.Tests.Infrastructure;
using NetralitasSearch.Tests;

namespace NetralitasSearch.Functions.Tests;

/// <summary>
/// The CLI as a user meets it: help, errors and completion come from one System.CommandLine definition, so every
/// option a command reads is in its help and offered by completion, and a bad command line names every problem.
/// </summary>
public sealed class CommandLineTests
{
    public static TheoryData<string, string[]> CommandsAndTheirOptions => new()
    {
        { "upload", ["--prefix", "--container"] },
        { "status", ["--url", "--key", "--page", "--size"] },
        { "reconcile", ["--url", "--key"] },
        { "reindex", ["--url", "--key"] },
        { "search", ["--index", "--regency", "--province", "--person", "--source", "--violation", "--from", "--to", "--limit", "--page", "--sort", "--json"] },
        { "index", ["--index"] },
        { "eval-search", ["--root", "--queries"] },
    };

    [Theory]
    [MemberData(nameof(CommandsAndTheirOptions))]
    public async Task EveryOptionACommandReadsIsInItsHelpAndOfferedByCompletion(string command, string[] options)
    {
        var help = await Cli.RunAsync(command, "--help");
        Assert.Equal(0, help.Code);
        var suggestions = await Suggest($"{command} --");
        foreach (var option in options)
        {
            Assert.Contains(option, help.Output, StringComparison.Ordinal);
            Assert.Contains(option, suggestions);
        }
    }

    [Fact]
    public async Task TheTopLevelHelpListsEveryCommandAndNoArgumentsIsAUsageError()
    {
        var none = await Cli.RunAsync();
        Assert.Equal(2, none.Code);
        foreach (var command in new[] { "extract", "index", "search", "upload", "status", "reconcile", "reindex", "analyze", "eval-parse", "eval-extract", "eval-ner", "train-ner", "bench-extract", "eval-search", "completion" })
        {
            Assert.Contains($"  {command} ", none.Output, StringComparison.Ordinal);
        }

        Assert.Contains("bench", none.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABadCommandLineNamesEveryProblemAndExitsWithTwoBeforeDoingAnything()
    {
        var index = Directory.CreateTempSubdirectory("netralitas-cli-");
        try
        {
            var bad = await Cli.RunAsync("search", "kampanye", "--index", index.FullName, "--limit", "0", "--from", "2024-13-01", "--sort", "newest");
            Assert.Equal(2, bad.Code);
            Assert.Equal("", bad.Output);
            Assert.Contains("--limit must be a whole number from 1 to 100, not '0'", bad.Error, StringComparison.Ordinal);
            Assert.Contains("--from must be a date written YYYY-MM-DD, not '2024-13-01'", bad.Error, StringComparison.Ordinal);
            Assert.Contains("'newest'", bad.Error, StringComparison.Ordinal);
            Assert.Contains("See: netralitas search --help", bad.Error, StringComparison.Ordinal);

            var unknown = await Cli.RunAsync("upload", "a.html", "--bucket", "x");
            Assert.Equal(2, unknown.Code);
            Assert.Contains("--bucket", unknown.Error, StringComparison.Ordinal);

            var missing = await Cli.RunAsync("eval-ner", Path.Combine(index.FullName, "no-such.tsv"));
            Assert.Equal(2, missing.Code);
            Assert.Contains("no-such.tsv", missing.Error, StringComparison.Ordinal);

            var noIndex = await Cli.RunAsync("search", "kampanye", "--index", index.FullName);
            Assert.Equal(1, noIndex.Code);
            Assert.Contains("there is no index in", noIndex.Error, StringComparison.Ordinal);
        }
        finally
        {
            index.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task IndexRemovesTheIndexOfTheEngineBeforeLuceneAndSaysSo()
    {
        var folder = Directory.CreateTempSubdirectory("netralitas-cli-legacy-");
        try
        {
            var articles = Directory.CreateDirectory(Path.Combine(folder.FullName, "articles"));
            await File.WriteAllTextAsync(Path.Combine(articles.FullName, "camat.txt"), "Camat Tinjau Pasar\n\nMUSI RAWAS – Camat meninjau pasar, Senin (7/10/2024).\n");
            var index = Directory.CreateDirectory(Path.Combine(folder.FullName, "index")).FullName;
            await File.WriteAllBytesAsync(Path.Combine(index, "index.sqlite"), new byte[4096]);
            await File.WriteAllBytesAsync(Path.Combine(index, "index.sqlite-wal"), new byte[100]);
            await File.WriteAllTextAsync(Path.Combine(index, "notes.txt"), "kept");

            var run = await Cli.RunAsync("index", articles.FullName, "--index", index);

            Assert.Equal(0, run.Code);
            Assert.Contains($"Removed {Path.Combine(index, "index.sqlite")} (4096 bytes), the index of the engine before Lucene", run.Error, StringComparison.Ordinal);
            Assert.Contains($"Removed {Path.Combine(index, "index.sqlite-wal")} (100 bytes)", run.Error, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(index, "index.sqlite")));
            Assert.False(File.Exists(Path.Combine(index, "index.sqlite-wal")));
            Assert.True(File.Exists(Path.Combine(index, "notes.txt")));
            Assert.Equal(0, (await Cli.RunAsync("search", "camat", "--index", index)).Code);

            // Once gone, nothing more is said.
            var again = await Cli.RunAsync("index", articles.FullName, "--index", index);
            Assert.DoesNotContain("Removed", again.Error, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task SearchPrintsStoriesHoldingMostWordsUnderTheirOwnHeaderAfterTheExactOnes()
    {
        var folder = Directory.CreateTempSubdirectory("netralitas-cli-partial-");
        try
        {
            var articles = Directory.CreateDirectory(Path.Combine(folder.FullName, "articles"));
            await File.WriteAllTextAsync(Path.Combine(articles.FullName, "semua.txt"), "Camat Tinjau Pasar\n\nMUSI RAWAS – Camat meninjau pasar bersama pengemudi ojek dan sopir truk, Senin (7/10/2024).\n");
            await File.WriteAllTextAsync(Path.Combine(articles.FullName, "tiga.txt"), "Camat, Ojek dan Pasar\n\nLAHAT – Camat menemui pengemudi ojek di pasar Lahat, Selasa (8/10/2024).\n");
            await File.WriteAllTextAsync(Path.Combine(articles.FullName, "dua.txt"), "Camat Naik Ojek\n\nOGAN ILIR – Camat naik ojek ke kantor, Kamis (10/10/2024).\n");
            var index = Path.Combine(folder.FullName, "index");
            Assert.Equal(0, (await Cli.RunAsync("index", articles.FullName, "--index", index)).Code);

            var search = await Cli.RunAsync("search", "camat pasar ojek truk", "--index", index);

            Assert.Equal(0, search.Code);
            var lines = search.Output.Split('\n');
            Assert.Equal("1 documents", lines[0]);
            var header = Array.FindIndex(lines, line => line.StartsWith("Near matches, not counted above:", StringComparison.Ordinal));
            Assert.Equal("Near matches, not counted above: 1 stories hold at least 3 of the 4 words but not all; the best 1:", lines[header]);
            Assert.Contains(lines.Take(header), line => line.StartsWith("1. Camat Tinjau Pasar", StringComparison.Ordinal));
            Assert.Contains(lines.Skip(header), line => line.StartsWith("2. Camat, Ojek dan Pasar", StringComparison.Ordinal));
            Assert.Contains(lines.Skip(header), line => line.EndsWith("tiga.txt · holds 3 of 4 words", StringComparison.Ordinal));
            Assert.DoesNotContain("dua.txt", search.Output, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    [SupportedOSPlatform("linux")]
    public async Task TheBashCompletionScriptCompletesCommandsOptionsAndValuesThroughTheCli()
    {
        var script = await Cli.RunAsync("completion", "bash");
        Assert.Equal(0, script.Code);
        var file = Path.Combine(Path.GetTempPath(), $"netralitas-completion-{Guid.NewGuid():N}.bash");
        var cli = Path.Combine(Path.GetTempPath(), $"netralitas-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(file, script.Output);
        await File.WriteAllTextAsync(cli, $"#!/usr/bin/env bash\nexec dotnet '{Path.Combine(RepositoryPaths.Root, "cli", "bin", RepositoryPaths.Configuration, "net10.0", "netralitas.dll")}' \"$@\"\n");
        File.SetUnixFileMode(cli, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        try
        {
            Assert.Equal(["--container"], await CompleteInBash(file, cli, "upload", "--cont"));
            Assert.Equal(["eval-extract", "eval-ner", "eval-parse", "eval-search"], await CompleteInBash(file, cli, "eval-"));
            Assert.Equal(["date", "relevance"], await CompleteInBash(file, cli, "search", "--sort", ""));
        }
        finally
        {
            File.Delete(file);
            File.Delete(cli);
        }
    }

    private static async Task<List<string>> Suggest(string line)
    {
        var suggested = await Cli.RunAsync($"[suggest:{line.Length}]", line);
        Assert.Equal(0, suggested.Code);
        return [.. suggested.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }

    /// <summary>Runs the completion function in a real bash as it runs on Tab after the given words.</summary>
    [Fact]
    public async Task TheBenchmarkPrintsItsHelpAndRefusesAMistypedOptionWithoutRunning()
    {
        var help = await Bench("--help");
        Assert.Equal(0, help.Code);
        foreach (var option in new[] { "--docs", "--quick", "--no-e2e", "--e2e-only", "--no-replication", "--replication-only" })
        {
            Assert.Contains(option, help.Output, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("# corpus", help.Output, StringComparison.Ordinal);
        foreach (var wrong in new[] { new[] { "--quik" }, ["--docs", "0"] })
        {
            var refused = await Bench(wrong);
            Assert.Equal(2, refused.Code);
            Assert.Contains("See: netralitas bench --help", refused.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("# corpus", refused.Output, StringComparison.Ordinal);
        }
    }

    private static async Task<(int Code, string Output, string Error)> Bench(params string[] args)
    {
        var dll = Path.Combine(RepositoryPaths.Root, "bench", "bin", RepositoryPaths.Configuration, "net10.0", "NetralitasSearch.Bench.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    private static async Task<List<string>> CompleteInBash(string script, string cli, params string[] words)
    {
        var line = string.Join(' ', [cli, .. words]);
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("""
            source "$1"; shift
            COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
            COMP_LINE="$LINE"; COMP_POINT=${#COMP_LINE}
            _netralitas_complete
            printf '%s\n' "${COMPREPLY[@]}"
            """);
        start.ArgumentList.Add("completion-test");
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(cli);
        foreach (var word in words)
        {
            start.ArgumentList.Add(word);
        }

        start.Environment["LINE"] = line;
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, error);
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)];
    }
}

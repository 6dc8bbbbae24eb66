using System.Diagnostics;
using NetralitasSearch.Tests;

namespace NetralitasSearch.Functions.Tests.Infrastructure;

/// <summary>The built <c>netralitas</c> CLI run as a process, as a user runs it (from the temp folder, no Admin__Key).</summary>
internal static class Cli
{
    public static async Task<(int Code, string Output, string Error)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.Root, "cli", "bin", RepositoryPaths.Configuration, "net10.0", "netralitas.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("Admin__Key");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}

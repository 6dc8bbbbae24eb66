using System.Diagnostics;
using System.Reflection;

namespace NetralitasSearch.Bench;

/// <summary>
/// The library ingest as the product's ingesting processes run it: the local runner (an ASP.NET Core host, whose
/// default is the server collector) and the CLI's <c>index</c> (server collector set in its project) collect on every
/// core, while this process keeps the workstation collector its search latencies are measured with (as the Functions
/// worker runs). So the three ingest passes run again in a process of their own with <c>DOTNET_gcServer=1</c>
/// (<c>--ingest-passes</c>), and its figures are printed here with the suffix <c>server</c>.
/// </summary>
internal static class ServerIngestBench
{
    /// <summary>The option that makes a bench process run only the ingest passes (the child's side).</summary>
    public const string Option = "--ingest-passes";

    public static void Run(int? docs, CancellationToken cancellationToken = default)
    {
        var dll = Assembly.GetEntryAssembly()?.Location;
        if (string.IsNullOrEmpty(dll) || !File.Exists(dll))
        {
            Figures.Note("ingest with the server collector: skipped (the bench's own assembly was not found)");
            return;
        }

        string[] arguments = docs is { } count ? [dll, Option, "--docs", count.ToString(System.Globalization.CultureInfo.InvariantCulture)] : [dll, Option];
        var start = new ProcessStartInfo("dotnet", arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DOTNET_gcServer"] = "1";
        using var process = Process.Start(start)!;
        using var registration = cancellationToken.Register(() => process.Kill(entireProcessTree: true));
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        while (process.StandardOutput.ReadLine() is { } line)
        {
            // The child's figures, as they come; its corpus line is the same as this process's.
            if (!line.StartsWith("# corpus:", StringComparison.Ordinal))
            {
                Console.WriteLine(line);
                Console.Out.Flush();
            }
        }

        process.WaitForExit();
        cancellationToken.ThrowIfCancellationRequested();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"the ingest passes with the server collector exited with {process.ExitCode}: {errors.Result}");
        }
    }
}

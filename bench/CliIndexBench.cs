using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace NetralitasSearch.Bench;

/// <summary>
/// Ingest as a user runs it: <c>./netralitas index FOLDER --index DIR</c> in a process of its own over the articles
/// written as text files (headline, blank line, text: what the library ingest parses), with the CLI's own runtime
/// settings. Wall time from start to exit, and the child's CPU time (user + system, from /proc/self/stat's counters of
/// waited-for children).
/// </summary>
internal static class CliIndexBench
{
    public static void Run(string root, List<CorpusArticle> articles, string work, CancellationToken cancellationToken = default)
    {
        var dll = Path.Combine(root, "cli", "bin", "Release", "net10.0", "netralitas.dll");
        if (!File.Exists(dll) || !File.Exists("/proc/self/stat"))
        {
            Figures.Note($"cli index: skipped ({(File.Exists(dll) ? "no /proc" : $"{dll} is missing")})");
            return;
        }

        var folder = Path.Combine(work, "cli-articles");
        Directory.CreateDirectory(folder);
        foreach (var article in articles)
        {
            File.WriteAllText(Path.Combine(folder, article.Id + ".txt"), $"{article.Title}\n\n{article.Text}\n", Encoding.UTF8);
        }

        Figures.Note($"load average {Machine.Load()}");
        var before = ChildrenCpuSeconds();
        var stopwatch = Stopwatch.StartNew();
        using (var process = Process.Start(new ProcessStartInfo("dotnet", [dll, "index", folder, "--index", Path.Combine(work, "cli-index")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!)
        {
            using var registration = cancellationToken.Register(() => process.Kill(entireProcessTree: true));
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            process.WaitForExit();
            cancellationToken.ThrowIfCancellationRequested();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"netralitas index exited with {process.ExitCode}: {errors.Result}{output.Result}");
            }
        }

        var seconds = stopwatch.Elapsed.TotalSeconds;
        Figures.Print("cli_index_docs_per_s_1x", articles.Count / seconds, "docs/s");
        Figures.Print("cli_index_cpu_ms_per_doc_1x", (ChildrenCpuSeconds() - before) * 1000 / articles.Count, "ms");
    }

    /// <summary>User + system CPU seconds of this process's waited-for children (fields 16 and 17 of /proc/self/stat).</summary>
    private static double ChildrenCpuSeconds()
    {
        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
        return ticks / 100.0;
    }
}

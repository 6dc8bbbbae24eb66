using System.ComponentModel;
using System.Diagnostics;

namespace NetralitasSearch.Indexer.Parsing.Ocr;

/// <summary>
/// Runs tesseract or pdftoppm and waits for it within a time limit, killing it (and its children) past the limit. The
/// parsing stage is synchronous (see DocumentPipeline), so this waits synchronously; each run is bounded by its timeout.
/// </summary>
internal static class ExternalTool
{
    public static ToolRun Run(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Tesseract would start one thread per core for each page; ingest workers already run pages side by side.
        start.Environment["OMP_THREAD_LIMIT"] = "1";

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception($"{program} did not start");
        }
        catch (Win32Exception)
        {
            return new ToolRun(-1, "", "", TimedOut: false, Missing: true);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                try
                {
                    process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                    // It ended between the timeout and the kill.
                }

                process.WaitForExit();
                return new ToolRun(-1, "", "", TimedOut: true, Missing: false);
            }

            process.WaitForExit();
            return new ToolRun(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult(), TimedOut: false, Missing: false);
        }
    }
}

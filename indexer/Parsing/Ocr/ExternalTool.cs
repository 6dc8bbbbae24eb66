using System.ComponentModel;
using System.Diagnostics;

namespace NetralitasSearch.Indexer.Parsing.Ocr;

/// <summary>
/// Runs an outside program (tesseract, pdftoppm, pdfinfo) within a time limit, killing it and its children past the
/// limit. <see cref="Run"/> waits synchronously, for the parsing stage, which is synchronous (see DocumentPipeline);
/// <see cref="RunAsync"/> holds no thread while it waits, for an HTTP request rendering a page.
/// </summary>
public static class ExternalTool
{
    public static ToolRun Run(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        if (Start(program, arguments) is not { } process)
        {
            return ToolRun.NotInstalled;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                Kill(process);
                process.WaitForExit();
                return ToolRun.OutOfTime;
            }

            process.WaitForExit();
            return new ToolRun(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult(), TimedOut: false, Missing: false);
        }
    }

    public static async Task<ToolRun> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (Start(program, arguments) is not { } process)
        {
            return ToolRun.NotInstalled;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(timeout);
            try
            {
                await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                Kill(process);
                await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
                return ToolRun.OutOfTime;
            }

            return new ToolRun(process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false), TimedOut: false, Missing: false);
        }
    }

    /// <summary>The started process, or null when the program is not installed.</summary>
    private static Process? Start(string program, IEnumerable<string> arguments)
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
        try
        {
            return Process.Start(start) ?? throw new Win32Exception($"{program} did not start");
        }
        catch (Win32Exception)
        {
            return null;
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It ended between the deadline and the kill.
        }
    }
}

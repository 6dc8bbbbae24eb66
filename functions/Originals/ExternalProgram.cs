using System.ComponentModel;
using System.Diagnostics;

namespace NetralitasSearch.Functions.Originals;

/// <summary>
/// Runs pdfinfo or pdftoppm and waits for it asynchronously within a time limit, killing it and its children past the
/// limit. (The parser's own runner in indexer/Parsing/Ocr waits synchronously, as its stage is synchronous; an HTTP
/// request must not hold a thread while a page renders.)
/// </summary>
internal static class ExternalProgram
{
    public static async Task<ProgramRun> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellationToken)
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

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception($"{program} did not start");
        }
        catch (Win32Exception)
        {
            return new ProgramRun(-1, "", "", TimedOut: false, Missing: true);
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
                return new ProgramRun(-1, "", "", TimedOut: true, Missing: false);
            }

            return new ProgramRun(process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false), TimedOut: false, Missing: false);
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

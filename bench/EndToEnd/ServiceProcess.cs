using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace NetralitasSearch.Bench.EndToEnd;

/// <summary>
/// A server the benchmark started (Azurite, the functions host). Its output is drained into a bounded tail for
/// error messages, and every one still running is killed when the benchmark exits by any path (an exception,
/// Ctrl-C, SIGTERM): a benchmark must never leave servers behind on a shared machine.
/// </summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    private const int TailLines = 80;

    private static readonly ConcurrentDictionary<ServiceProcess, bool> Running = new();

    private readonly Process process;
    private readonly Queue<string> tail = new();

    static ServiceProcess() => AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();

    private ServiceProcess(string name, Process process)
    {
        Name = name;
        this.process = process;
    }

    public string Name { get; }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>The last lines the process wrote, for a failure message.</summary>
    public string Tail
    {
        get
        {
            lock (tail)
            {
                return string.Join('\n', tail);
            }
        }
    }

    public static ServiceProcess Start(string name, string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment, string workingDirectory)
    {
        var start = new ProcessStartInfo(fileName)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var service = new ServiceProcess(name, new Process { StartInfo = start });
        service.process.OutputDataReceived += (_, e) => service.Keep(e.Data);
        service.process.ErrorDataReceived += (_, e) => service.Keep(e.Data);
        service.process.Start();
        Running[service] = true;
        service.process.BeginOutputReadLine();
        service.process.BeginErrorReadLine();
        return service;
    }

    /// <summary>
    /// The most memory the process has held resident since it started (VmHWM in /proc), in bytes; where /proc is
    /// absent, what .NET reports as its peak working set.
    /// </summary>
    public long PeakWorkingSetBytes()
    {
        var status = $"/proc/{process.Id}/status";
        if (File.Exists(status))
        {
            foreach (var line in File.ReadLines(status))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kilobytes, NumberStyles.None, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }

        process.Refresh();
        return process.PeakWorkingSet64;
    }

    /// <summary>Asks the process to stop (SIGTERM, so it shuts down as it would in service), then kills it if it lingers.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                using (var terminate = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
                {
                    await terminate.WaitForExitAsync().ConfigureAwait(false);
                }

                using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                try
                {
                    await process.WaitForExitAsync(patience.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    Kill();
                }
            }
        }
        finally
        {
            Running.TryRemove(this, out _);
            process.Dispose();
        }
    }

    private static void KillAll()
    {
        foreach (var service in Running.Keys)
        {
            service.Kill();
        }
    }

    private void Kill()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5_000);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited (or was never started) in the meantime.
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (tail)
        {
            tail.Enqueue(line);
            if (tail.Count > TailLines)
            {
                tail.Dequeue();
            }
        }
    }
}

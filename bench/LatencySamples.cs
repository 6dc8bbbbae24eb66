using System.Diagnostics;

namespace NetralitasSearch.Bench;

/// <summary>
/// Latencies of repeated calls, as wall time (the figure the anchors give) and as the calling thread's CPU time (the
/// same calls without the waits for a core that other work on a shared machine causes).
/// </summary>
internal sealed class LatencySamples
{
    private readonly List<double> wall = [];
    private readonly List<double> cpu = [];

    public T Time<T>(Func<T> call)
    {
        var cpuStart = ThreadCpuClock.Milliseconds();
        var stopwatch = Stopwatch.StartNew();
        var result = call();
        wall.Add(stopwatch.Elapsed.TotalMilliseconds);
        cpu.Add(ThreadCpuClock.Milliseconds() - cpuStart);
        return result;
    }

    /// <summary>Prints <c>{name}_p50_ms_{suffix}</c> … p99, then the CPU-time ones as <c>{name}_cpu_p50_ms_{suffix}</c> ….</summary>
    public void Print(string name, string suffix)
    {
        foreach (var p in new[] { 50, 95, 99 })
        {
            Figures.Print($"{name}_p{p}_ms_{suffix}", Percentiles.Of(wall, p), "ms");
        }

        if (ThreadCpuClock.Available)
        {
            foreach (var p in new[] { 50, 95, 99 })
            {
                Figures.Print($"{name}_cpu_p{p}_ms_{suffix}", Percentiles.Of(cpu, p), "ms");
            }
        }
    }
}

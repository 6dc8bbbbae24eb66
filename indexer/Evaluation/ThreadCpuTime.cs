using System.Runtime.InteropServices;

namespace NetralitasSearch.Indexer.Evaluation;

/// <summary>
/// CPU time of the calling thread (clock_gettime CLOCK_THREAD_CPUTIME_ID on Linux), so that a cost measured on a
/// machine shared with other builds is the work done, not the time spent waiting for a core. Where that clock is
/// missing, the process's CPU time stands in (the measurement runs on one thread).
/// </summary>
internal static class ThreadCpuTime
{
    private const int ThreadCpuClock = 3;

    private static readonly bool Available = OperatingSystem.IsLinux() && TryRead(out _);

    /// <summary>CPU time used so far, in milliseconds.</summary>
    public static double Milliseconds() =>
        Available && TryRead(out var milliseconds) ? milliseconds : System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;

    private static bool TryRead(out double milliseconds)
    {
        milliseconds = 0;
        try
        {
            if (ClockGetTime(ThreadCpuClock, out var time) != 0)
            {
                return false;
            }

            milliseconds = (time.Seconds * 1000.0) + (time.Nanoseconds / 1_000_000.0);
            return true;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    // DllImport rather than LibraryImport: the generated stub needs unsafe code, which this library does not allow.
    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}

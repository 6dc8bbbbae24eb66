using System.Runtime.InteropServices;

namespace NetralitasSearch.Bench;

/// <summary>
/// CPU time of the calling thread (clock_gettime CLOCK_THREAD_CPUTIME_ID). On a machine shared with other builds a
/// search's wall time includes the time it waited for a core; its CPU time does not, so the two side by side tell
/// the engine's cost from the machine's load. Null where the clock is missing (not Linux).
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ThreadCpuTime = 3;

    public static bool Available { get; } = OperatingSystem.IsLinux() && TryRead(out _);

    /// <summary>The thread's CPU time so far, in milliseconds.</summary>
    public static double Milliseconds() => Available && TryRead(out var ms) ? ms : double.NaN;

    private static bool TryRead(out double milliseconds)
    {
        milliseconds = 0;
        try
        {
            if (ClockGetTime(ThreadCpuTime, out var time) != 0)
            {
                return false;
            }

            milliseconds = time.Seconds * 1000.0 + time.Nanoseconds / 1_000_000.0;
            return true;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}

using System.Globalization;

namespace NetralitasSearch.Bench;

/// <summary>
/// A fixed piece of managed work (sorting two million pseudo-random numbers, then counting 200,000 short strings in a
/// dictionary), timed on the thread's CPU clock, best of three. The code never changes, so between two days its time
/// says how fast the shared host ran: a bench figure that moved with it moved with the machine, not with the product.
/// </summary>
internal static class HostReference
{
    public static void Run(string label)
    {
        var best = double.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            var start = ThreadCpuClock.Milliseconds();
            Work();
            best = Math.Min(best, ThreadCpuClock.Milliseconds() - start);
        }

        if (!double.IsNaN(best))
        {
            Figures.Print($"host_reference_cpu_ms_{label}", best, "ms");
        }
    }

    private static int Work()
    {
        var numbers = new int[1 << 21];
        var state = 2463534242u;
        for (var i = 0; i < numbers.Length; i++)
        {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            numbers[i] = (int)(state & 0x7FFFFFFF);
        }

        Array.Sort(numbers);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < 200_000; i++)
        {
            var key = (numbers[i * 10] % 50_000).ToString(CultureInfo.InvariantCulture);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts.Count;
    }
}

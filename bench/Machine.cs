using System.Globalization;

namespace NetralitasSearch.Bench;

/// <summary>What the figures were measured on: cores, CPU model and the load average at the start (the machine is shared).</summary>
internal static class Machine
{
    public static string Describe() => string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores, {Cpu()}, {Environment.OSVersion}, load average {Load()}");

    /// <summary>The 1, 5 and 15 minute load averages, or "unknown" without /proc.</summary>
    public static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string Cpu()
    {
        if (!File.Exists("/proc/cpuinfo"))
        {
            return "CPU unknown";
        }

        var model = File.ReadLines("/proc/cpuinfo").FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal));
        return model is null ? "CPU unknown" : model[(model.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }
}

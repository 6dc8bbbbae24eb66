using System.Globalization;

namespace NetralitasSearch.Bench;

/// <summary>Prints figures one per line as <c>name: value unit</c>, as they are measured.</summary>
internal static class Figures
{
    public static void Print(string name, double value, string unit)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {Format(value)} {unit}"));
        Console.Out.Flush();
    }

    public static void Note(string text) => Console.WriteLine($"# {text}");

    private static string Format(double value) => value switch
    {
        >= 100 => value.ToString("0", CultureInfo.InvariantCulture),
        >= 10 => value.ToString("0.0", CultureInfo.InvariantCulture),
        _ => value.ToString("0.00", CultureInfo.InvariantCulture),
    };
}

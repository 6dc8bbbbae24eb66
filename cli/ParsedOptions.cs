using System.Globalization;

namespace NetralitasSearch.Cli;

/// <summary>Positional arguments and --options of one command; unknown options are an error, not ignored.</summary>
internal sealed class ParsedOptions
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);
    private readonly HashSet<string> flags = new(StringComparer.Ordinal);

    private ParsedOptions()
    {
    }

    public List<string> Positional { get; } = [];

    public static ParsedOptions Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> valued, IReadOnlyCollection<string> switches)
    {
        var parsed = new ParsedOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg == "--")
            {
                parsed.Positional.Add(arg);
                continue;
            }

            var name = arg[2..];
            var equals = name.IndexOf('=', StringComparison.Ordinal);
            string? inline = null;
            if (equals > 0)
            {
                inline = name[(equals + 1)..];
                name = name[..equals];
            }

            if (switches.Contains(name))
            {
                parsed.flags.Add(name);
            }
            else if (valued.Contains(name))
            {
                var value = inline ?? (i + 1 < args.Count ? args[++i] : throw new OptionException($"--{name} needs a value."));
                parsed.values[name] = value;
            }
            else
            {
                throw new OptionException($"unknown option --{name}.");
            }
        }

        return parsed;
    }

    public string? Value(string name) => values.GetValueOrDefault(name);

    public bool Flag(string name) => flags.Contains(name);

    public int Int(string name, int fallback, int min, int max)
    {
        if (Value(name) is not { } text)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new OptionException($"--{name} must be a whole number from {min} to {max}.");
    }

    public DateOnly? Date(string name)
    {
        if (Value(name) is not { } text)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new OptionException($"--{name} must be a date written YYYY-MM-DD.");
    }
}

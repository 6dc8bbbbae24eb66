using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace NetralitasSearch.Cli;

/// <summary>
/// The kinds of option the commands share, each checked while the command line is parsed, so a bad value is reported
/// with the others and the command never starts with it.
/// </summary>
internal static class Options
{
    public static Option<string?> Text(string name, string description, string? helpName = null, params string[] aliases) =>
        new(name, aliases) { Description = description, HelpName = helpName };

    public static Option<string> RequiredText(string name, string description, string helpName) =>
        new(name) { Description = description, HelpName = helpName, Required = true };

    public static Option<bool> Flag(string name, string description) => new(name) { Description = description };

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, <paramref name="fallback"/> when absent.</summary>
    public static Option<int> Int(string name, string description, int fallback, int min, int max, params string[] aliases)
    {
        var option = new Option<int>(name, aliases)
        {
            Description = $"{description} ({min}–{max}, default {fallback.ToString(CultureInfo.InvariantCulture)})",
            HelpName = "N",
            DefaultValueFactory = _ => fallback,
            CustomParser = result => ParseInt(result, name, min, max),
        };
        return option;
    }

    /// <summary>A date written YYYY-MM-DD, null when absent.</summary>
    public static Option<DateOnly?> Date(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "YYYY-MM-DD",
        CustomParser = result => ParseDate(result, name),
    };

    /// <summary>One value from a fixed list (completion offers them).</summary>
    public static Option<string> OneOf(string name, string description, string fallback, params string[] values)
    {
        var option = new Option<string>(name) { Description = description, DefaultValueFactory = _ => fallback };
        option.AcceptOnlyFromAmong(values);
        return option;
    }

    /// <summary>An existing file as the only argument.</summary>
    public static Argument<FileInfo> ExistingFile(string name, string description)
    {
        var argument = new Argument<FileInfo>(name) { Description = description };
        argument.AcceptExistingOnly();
        return argument;
    }

    /// <summary>An existing folder as the only argument.</summary>
    public static Argument<DirectoryInfo> ExistingFolder(string name, string description)
    {
        var argument = new Argument<DirectoryInfo>(name) { Description = description };
        argument.AcceptExistingOnly();
        return argument;
    }

    /// <summary>
    /// One or more words or paths. A word that looks like an option is an unknown option, not a path or a query word:
    /// System.CommandLine would otherwise take a mistyped <c>--contianer</c> as one more file.
    /// </summary>
    public static Argument<string[]> Many(string name, string description, bool required = true)
    {
        var argument = new Argument<string[]>(name)
        {
            Description = description,
            Arity = required ? ArgumentArity.OneOrMore : ArgumentArity.ZeroOrMore,
        };
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith("--", StringComparison.Ordinal) && t.Value.Length > 2))
            {
                result.AddError($"unknown option '{token.Value}' (a file whose name starts with '--' is written ./{token.Value}).");
            }
        });
        return argument;
    }

    private static int ParseInt(ArgumentResult result, string name, int min, int max)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} must be a whole number from {min} to {max}, not '{text}'."));
        return 0;
    }

    private static DateOnly? ParseDate(ArgumentResult result, string name)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        result.AddError($"{name} must be a date written YYYY-MM-DD, not '{text}'.");
        return null;
    }
}

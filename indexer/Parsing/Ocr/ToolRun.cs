namespace NetralitasSearch.Indexer.Parsing.Ocr;

/// <summary>How one run of an outside program ended.</summary>
/// <param name="Missing">The program is not installed (or not on the PATH).</param>
public sealed record ToolRun(int ExitCode, string Output, string Error, bool TimedOut, bool Missing)
{
    public static ToolRun NotInstalled { get; } = new(-1, "", "", TimedOut: false, Missing: true);

    public static ToolRun OutOfTime { get; } = new(-1, "", "", TimedOut: true, Missing: false);

    public bool Succeeded => !TimedOut && !Missing && ExitCode == 0;

    /// <summary>The program's first line of complaint, for a message.</summary>
    public string FirstErrorLine => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no message";
}

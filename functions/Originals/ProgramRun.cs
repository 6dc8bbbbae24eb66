namespace NetralitasSearch.Functions.Originals;

/// <summary>How a run of an outside program ended: its exit code and output, killed at its time limit, or not installed.</summary>
internal sealed record ProgramRun(int ExitCode, string Output, string Error, bool TimedOut, bool Missing)
{
    /// <summary>The program's first line of complaint, for a message.</summary>
    public string FirstErrorLine => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no message";
}

namespace NetralitasSearch.Indexer.Parsing.Ocr;

/// <summary>How one run of an outside program ended.</summary>
/// <param name="Missing">The program is not installed (or not on the PATH).</param>
internal sealed record ToolRun(int ExitCode, string Output, string Error, bool TimedOut, bool Missing)
{
    public bool Succeeded => !TimedOut && !Missing && ExitCode == 0;
}

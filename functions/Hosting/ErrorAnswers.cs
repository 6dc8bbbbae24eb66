namespace NetralitasSearch.Functions.Hosting;

/// <summary>The answers both hosts give when a function throws, so neither says more (or less) than the other.</summary>
public static class ErrorAnswers
{
    /// <summary>A damaged index file is not the asker's fault nor a bug to hide: say what it is and what mends it (503).</summary>
    public const string IndexDamaged = "The index file is damaged. Restart the host: it checks the index at start and rebuilds it from the stored documents.";

    /// <summary>Anything else (500): the details are in the log, never in the answer.</summary>
    public const string ServerFailure = "The server failed to answer this request; the log has the details.";
}

namespace NetralitasSearch.Bench;

/// <summary>End to end through Azurite and the host (written in the next step of the benchmark issue).</summary>
internal static class EndToEndBench
{
    public static Task RunAsync(string root, List<CorpusArticle> articles, string work)
    {
        _ = (root, articles, work);
        return Task.CompletedTask;
    }
}

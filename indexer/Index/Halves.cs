namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// Work of one search split in two: the second half on a pool thread, the first on the calling thread, and back
/// when both are done (a failure in either is thrown here).
/// </summary>
internal static class Halves
{
    public static void Run(Action first, Action second)
    {
        var other = Task.Run(second);
        try
        {
            first();
        }
        finally
        {
            try
            {
                // Wait, not WhenAny: a half that no pool thread has taken yet runs here, inline, so a pool busy with
                // other searches never leaves this one waiting for a thread.
                other.Wait();
            }
            catch (AggregateException)
            {
                // Thrown below, as the half's own exception, unless the first half's is on its way already.
            }
        }

        other.GetAwaiter().GetResult();
    }
}

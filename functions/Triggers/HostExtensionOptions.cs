namespace NetralitasSearch.Functions.Triggers;

/// <summary>host.json <c>netralitas</c>: the knobs of our trigger machinery that the Functions schema has no name for.</summary>
public sealed class HostExtensionOptions
{
    public const string Section = "AzureFunctionsJobHost:netralitas";

    /// <summary>How often ScanArticles lists the container (the timer schedule of a TimerTrigger, as a TimeSpan).</summary>
    public TimeSpan ScanArticlesSchedule { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a message being processed stays hidden; renewed at half time while the function runs.</summary>
    public TimeSpan MessageLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Blobs above this size are not downloaded: the function gets a "too large" input.</summary>
    public long MaxBlobBytes { get; set; } = 16 * 1024 * 1024;
}

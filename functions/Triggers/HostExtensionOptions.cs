namespace NetralitasSearch.Functions.Triggers;

/// <summary>host.json <c>netralitas</c>: the knobs of our trigger machinery that the Functions schema has no name for.</summary>
public sealed class HostExtensionOptions
{
    public const string Section = "AzureFunctionsJobHost:netralitas";

    /// <summary>
    /// How often ScanArticles lists the container: the TimerTrigger schedule <c>%Netralitas:ScanArticlesSchedule%</c>,
    /// which, unset as an app setting, is read from here (<see cref="HostJsonConfiguration"/>).
    /// </summary>
    public string ScanArticlesSchedule { get; set; } = "00:00:01";

    /// <summary>How long a message being processed stays hidden; renewed at half time while the function runs.</summary>
    public TimeSpan MessageLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Blobs above this size are not downloaded: the function gets a "too large" input.</summary>
    public long MaxBlobBytes { get; set; } = 16 * 1024 * 1024;
}

namespace NetralitasSearch.Functions.Triggers;

/// <summary>
/// host.json <c>netralitas</c>: the knobs of our trigger machinery that the Functions schema has no name for. Its
/// <c>scanArticlesSchedule</c> is not read here: it is the default of ScanArticles' timer setting
/// <c>%Netralitas:ScanArticlesSchedule%</c>, which the local runner resolves from host.json when no app setting gives it.
/// </summary>
public sealed class HostExtensionOptions
{
    public const string Section = "AzureFunctionsJobHost:netralitas";

    /// <summary>How long a message being processed stays hidden; renewed at half time while the function runs.</summary>
    public TimeSpan MessageLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Blobs above this size are not downloaded: the function gets a "too large" input.</summary>
    public long MaxBlobBytes { get; set; } = 16 * 1024 * 1024;
}

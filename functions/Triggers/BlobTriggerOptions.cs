namespace NetralitasSearch.Functions.Triggers;

/// <summary>host.json <c>extensions.blobs</c>.</summary>
public sealed class BlobTriggerOptions
{
    public const string Section = "AzureFunctionsJobHost:extensions:blobs";

    /// <summary>Blob-triggered invocations running at once on this host.</summary>
    public int MaxDegreeOfParallelism { get; set; } = 4;
}

namespace NetralitasSearch.LocalRunner.Triggers;

/// <summary>host.json <c>extensions.blobs</c>.</summary>
public sealed class BlobTriggerOptions
{
    public const string Section = "AzureFunctionsJobHost:extensions:blobs";

    /// <summary>
    /// Blob-triggered invocations running at once on this host. Azure Functions defaults to 8 per core; an invocation
    /// here spends most of its time waiting on storage round trips, not on the CPU.
    /// </summary>
    public int MaxDegreeOfParallelism { get; set; } = 8 * Environment.ProcessorCount;
}

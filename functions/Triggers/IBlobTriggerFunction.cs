namespace NetralitasSearch.Functions.Triggers;

/// <summary>A function run once per new, changed or deleted blob of a container (the Functions BlobTrigger).</summary>
public interface IBlobTriggerFunction
{
    Task<FunctionResult> RunAsync(BlobTriggerInput blob, CancellationToken cancellationToken = default);
}

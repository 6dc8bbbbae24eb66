namespace NetralitasSearch.Functions.Triggers;

/// <summary>
/// What a blob-triggered function does with one version of a blob (or with its removal), behind the receipt keeping
/// of <see cref="BlobVersionProcessor"/>: the application service a function class adapts, the same on either host.
/// </summary>
public interface IBlobHandler
{
    Task<FunctionResult> RunAsync(BlobTriggerInput blob, CancellationToken cancellationToken = default);
}

namespace NetralitasSearch.Functions.Triggers;

/// <summary>
/// How an invocation ended when it did not throw. A failure here is about the content (unsupported, too large,
/// no text): retrying cannot help, so it is recorded at once. Exceptions mean I/O trouble and are retried.
/// </summary>
public sealed record FunctionResult(bool Succeeded, string? Reason, string? Detail = null)
{
    public static FunctionResult Success(string? detail = null) => new(true, null, detail);

    public static FunctionResult Failed(string reason) => new(false, reason);
}

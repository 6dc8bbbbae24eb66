namespace NetralitasSearch.Functions.Originals;

/// <summary>A document's original file, or the HTTP status and the reason there is none to serve.</summary>
public sealed record OriginalFileResult
{
    public OriginalFile? File { get; private init; }

    public int StatusCode { get; private init; } = StatusCodes.Status200OK;

    public string? Error { get; private init; }

    public static OriginalFileResult Found(OriginalFile file) => new() { File = file };

    public static OriginalFileResult Problem(int statusCode, string error) => new() { StatusCode = statusCode, Error = error };
}

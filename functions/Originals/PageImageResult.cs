namespace NetralitasSearch.Functions.Originals;

/// <summary>A page image (PNG or JPEG bytes and their entity tag), "not modified", or the HTTP status and the reason there is none.</summary>
public sealed record PageImageResult
{
    public ReadOnlyMemory<byte> Content { get; private init; }

    public string? ContentType { get; private init; }

    /// <summary>A quoted entity tag: the blob's version, the page and the rendering settings.</summary>
    public string? ETag { get; private init; }

    public int StatusCode { get; private init; } = StatusCodes.Status200OK;

    public string? Error { get; private init; }

    /// <summary>For a 503: when asking again may succeed.</summary>
    public TimeSpan? RetryAfter { get; private init; }

    public static PageImageResult Image(ReadOnlyMemory<byte> content, string contentType, string etag) => new() { Content = content, ContentType = contentType, ETag = etag };

    public static PageImageResult NotModified(string etag) => new() { StatusCode = StatusCodes.Status304NotModified, ETag = etag };

    public static PageImageResult Problem(int statusCode, string error, TimeSpan? retryAfter = null) => new() { StatusCode = statusCode, Error = error, RetryAfter = retryAfter };
}

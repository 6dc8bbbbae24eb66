using Microsoft.Azure.Functions.Worker;
using Microsoft.Net.Http.Headers;
using NetralitasSearch.Functions.Originals;
using NetralitasSearch.Functions.Security;

namespace NetralitasSearch.Functions.Functions;

/// <summary>
/// GET /api/documents/{id}/original: the stored file the document was read from (<see cref="OriginalFiles"/>), with the
/// content type of its bytes and its name. PNG and JPEG are shown in place; a page, a text or a PDF is a download, and
/// the answer carries a sandboxing Content-Security-Policy, so a stored page from another site never runs on this origin.
/// </summary>
public sealed class GetOriginalFunction(OriginalFiles originals)
{
    public const string Name = "GetOriginal";

    /// <summary>Scripts, forms, plugins and frames of the file are refused; an image may show itself.</summary>
    public const string ContentSecurityPolicy = "sandbox; default-src 'none'; img-src 'self'; frame-ancestors 'none'";

    [Function(Name)]
    [RateLimited]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/documents/{id}/original")] HttpRequest request,
        string id,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (DocumentIdParameter.Check(id) is { } malformed)
        {
            return malformed;
        }

        var found = await originals.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (found.File is not { } file)
        {
            return ErrorResults.Problem(found.StatusCode, found.Error);
        }

        var disposition = new ContentDispositionHeaderValue(file.IsInline ? "inline" : "attachment");
        disposition.SetHttpFileName(file.FileName);
        var headers = request.HttpContext.Response.Headers;
        headers.ContentDisposition = disposition.ToString();
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.CacheControl = "private, no-cache";
        return Results.Bytes(file.Content, file.ContentType, entityTag: new EntityTagHeaderValue(file.ETag));
    }
}

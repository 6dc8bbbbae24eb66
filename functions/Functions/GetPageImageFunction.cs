using System.Globalization;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Net.Http.Headers;
using NetralitasSearch.Functions.Originals;
using NetralitasSearch.Functions.Security;

namespace NetralitasSearch.Functions.Functions;

/// <summary>
/// GET /api/documents/{id}/pages/{page}: page {page} (from 1) of a PDF or image document as an image, for the document
/// view to show beside the text (<see cref="PageImages"/>). A page number that is not a whole number from 1 to
/// <see cref="MaxPage"/>, or past the document's last page, is a 400; a document that is not a PDF or an image, a 404.
/// </summary>
public sealed class GetPageImageFunction(PageImages pages)
{
    public const string Name = "GetPageImage";

    /// <summary>No PDF the parser reads has more pages than this (PdfPig reads 300); a longer number is refused before storage is asked.</summary>
    public const int MaxPage = 99_999;

    [Function(Name)]
    [RateLimited]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/documents/{id}/pages/{page}")] HttpRequest request,
        string id,
        string page,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (DocumentIdParameter.Check(id) is { } malformed)
        {
            return malformed;
        }

        if (page is not { Length: > 0 and <= 5 } || !int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1 or > MaxPage)
        {
            return ErrorResults.BadRequest(string.Create(CultureInfo.InvariantCulture, $"A page number is a whole number from 1 to {MaxPage}."));
        }

        var image = await pages.GetAsync(id, number, request.Headers.IfNoneMatch.ToString(), cancellationToken).ConfigureAwait(false);
        var headers = request.HttpContext.Response.Headers;
        switch (image.StatusCode)
        {
            case StatusCodes.Status200OK:
                headers.CacheControl = "private, no-cache";
                return Results.Bytes(image.Content, image.ContentType, entityTag: new EntityTagHeaderValue(image.ETag));
            case StatusCodes.Status304NotModified:
                headers.CacheControl = "private, no-cache";
                headers.ETag = image.ETag;
                return Results.StatusCode(StatusCodes.Status304NotModified);
            default:
                if (image.RetryAfter is { } retryAfter)
                {
                    headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                return ErrorResults.Problem(image.StatusCode, image.Error);
        }
    }
}

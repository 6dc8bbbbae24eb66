using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;
using NetralitasSearch.Indexer.Parsing.Ocr;

namespace NetralitasSearch.Functions.Originals;

/// <summary>
/// The page images shown beside a document's text: a page of a PDF rendered by <see cref="PdfPageRenderer"/> (at most
/// <see cref="PageImageOptions.MaxConcurrentRenders"/> at once, a request waiting <see cref="PageImageOptions.QueueTimeout"/>
/// for its turn), or an image document itself as its one page. Renders are not stored: each answer carries an entity tag
/// of the blob's version, the page and the rendering settings, so a browser asking again with it gets a 304 without a render.
/// </summary>
public sealed class PageImages(OriginalFiles originals, PdfPageRenderer renderer, PageImageOptions options) : IDisposable
{
    private static readonly TimeSpan BusyRetry = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim renders = new(options.MaxConcurrentRenders, options.MaxConcurrentRenders);

    /// <param name="ifNoneMatch">The request's If-None-Match header, if any.</param>
    public async Task<PageImageResult> GetAsync(string id, int page, string? ifNoneMatch, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        var found = await originals.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (found.File is not { } file)
        {
            return PageImageResult.Problem(found.StatusCode, found.Error ?? "There is no original file.");
        }

        if (file.Kind is not (OriginalKind.Pdf or OriginalKind.Png or OriginalKind.Jpeg))
        {
            return PageImageResult.Problem(StatusCodes.Status404NotFound, $"Document {id} was not read from a PDF or an image: it has no page images.");
        }

        if (file.Kind != OriginalKind.Pdf && page != 1)
        {
            return PageImageResult.Problem(StatusCodes.Status400BadRequest, string.Create(CultureInfo.InvariantCulture, $"Document {id} is an image: it has one page, not {page}."));
        }

        var etag = Tag(file, page);
        if (Matches(ifNoneMatch, etag))
        {
            return PageImageResult.NotModified(etag);
        }

        return file.Kind == OriginalKind.Pdf ? await RenderAsync(file, page, etag, cancellationToken).ConfigureAwait(false) : Image(file, etag);
    }

    public void Dispose() => renders.Dispose();

    private async Task<PageImageResult> RenderAsync(OriginalFile file, int page, string etag, CancellationToken cancellationToken)
    {
        if (!await renders.WaitAsync(options.QueueTimeout, cancellationToken).ConfigureAwait(false))
        {
            return PageImageResult.Problem(StatusCodes.Status503ServiceUnavailable, "Every page renderer of this host is busy; ask again in a few seconds.", BusyRetry);
        }

        try
        {
            return await renderer.RenderAsync(file.Content, page, etag, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            renders.Release();
        }
    }

    private PageImageResult Image(OriginalFile file, string etag)
    {
        if (ImageSize.Read(file.Content.Span) is not { Width: > 0, Height: > 0 } size)
        {
            return PageImageResult.Problem(StatusCodes.Status422UnprocessableEntity, "The image's header does not say how large it is.");
        }

        var (width, height) = size;
        return (long)width * height > options.MaxImagePixels
            ? PageImageResult.Problem(
                StatusCodes.Status422UnprocessableEntity,
                string.Create(CultureInfo.InvariantCulture, $"The image is {width:N0} × {height:N0} pixels; images above {options.MaxImagePixels:N0} pixels are not shown."))
            : PageImageResult.Image(file.Content, file.ContentType, etag);
    }

    /// <summary>The blob's version, the page and what the rendering depends on, so a changed blob or setting is a new image.</summary>
    private string Tag(OriginalFile file, int page)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"{file.ETag}|{page}|{options.Dpi}|{options.MaxRenderPixels}");
        return $"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..24]}\"";
    }

    private static bool Matches(string? ifNoneMatch, string etag) =>
        !string.IsNullOrEmpty(ifNoneMatch)
        && EntityTagHeaderValue.TryParseList([ifNoneMatch], out var tags)
        && tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Tag.Equals(etag, StringComparison.Ordinal));
}

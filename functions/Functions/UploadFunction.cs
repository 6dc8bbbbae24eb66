using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Azure.Functions.Worker;
using NetralitasSearch.Functions.Triggers;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Functions;

/// <summary>
/// POST /api/admin/upload (admin key), multipart: each <c>files</c> part is stored in the articles container under its
/// file name (with an optional <c>folder</c> field before it), and the <c>urls</c> field, one URL a line, becomes a
/// <c>.txt</c> list in the sources container, which the scraper fetches. Answers with the blob names, which the page
/// follows in the ingest ledger. Names that could climb out of a folder (<c>..</c>) or hide (control characters) are
/// refused; so is a file above the host's blob size limit, which ingestion would refuse anyway.
/// </summary>
public sealed partial class UploadFunction(IBlobStore blobs, StorageOptions storage, HostExtensionOptions hostOptions, TimeProvider time, ILogger<UploadFunction> logger)
{
    public const int MaxUrlListChars = 1_000_000;

    public const long MaxRequestBytes = 128L * 1024 * 1024;

    public const string Name = "Upload";

    [Function(Name)]
    public async Task<IResult> RunAsync([HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/admin/upload")] HttpRequest request, CancellationToken cancellationToken = default)
    {
        if (!request.HasFormContentType)
        {
            return ErrorResults.BadRequest("Send a multipart/form-data form with 'files' and/or 'urls'.");
        }

        // Several articles at once pass Kestrel's 30 MB default; the form reader's own limit (128 MB) still holds.
        if (request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = MaxRequestBytes;
        }

        var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        var folder = form["folder"].LastOrDefault()?.Trim().Trim('/') ?? "";
        if (folder.Length > 0 && NameProblem(folder) is { } folderProblem)
        {
            return ErrorResults.BadRequest($"'folder' {folderProblem}.");
        }

        var urls = form["urls"].LastOrDefault() ?? "";
        if (form.Files.Count == 0 && string.IsNullOrWhiteSpace(urls))
        {
            return ErrorResults.BadRequest("Nothing to upload: add files, or URLs one per line.");
        }

        if (urls.Length > MaxUrlListChars)
        {
            return ErrorResults.BadRequest($"The URL list may be at most {MaxUrlListChars:N0} characters.");
        }

        foreach (var file in form.Files)
        {
            if (NameProblem(file.FileName) is { } problem)
            {
                return ErrorResults.BadRequest($"The file name '{file.FileName}' {problem}.");
            }

            if (file.Length == 0 || file.Length > hostOptions.MaxBlobBytes)
            {
                return ErrorResults.BadRequest($"'{file.FileName}' is {file.Length:N0} bytes; a file must have from 1 to {hostOptions.MaxBlobBytes:N0}.");
            }
        }

        var articles = new List<object>();
        foreach (var file in form.Files)
        {
            var name = folder.Length == 0 ? file.FileName : $"{folder}/{file.FileName}";
            using var content = new MemoryStream((int)file.Length);
            await file.CopyToAsync(content, cancellationToken).ConfigureAwait(false);
            await blobs.UploadAsync(storage.ArticlesContainer, name, content.ToArray(), string.IsNullOrEmpty(file.ContentType) ? null : file.ContentType, cancellationToken: cancellationToken).ConfigureAwait(false);
            articles.Add(new { name, bytes = file.Length });
        }

        var sources = new List<object>();
        if (!string.IsNullOrWhiteSpace(urls))
        {
            var bytes = Encoding.UTF8.GetBytes(urls.ReplaceLineEndings("\n"));
            var name = $"uploads/{time.GetUtcNow().ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture)}-{Convert.ToHexStringLower(SHA256.HashData(bytes))[..8]}.txt";
            await blobs.UploadAsync(storage.SourcesContainer, name, bytes, "text/plain; charset=utf-8", cancellationToken: cancellationToken).ConfigureAwait(false);
            var lines = urls.Split('\n').Select(l => l.Trim()).Count(l => l.Length > 0 && !l.StartsWith('#'));
            sources.Add(new { name, lines });
        }

        LogUploaded(logger, articles.Count, sources.Count);
        return Results.Json(new { articles_container = storage.ArticlesContainer, articles, sources_container = storage.SourcesContainer, sources }, DocumentJson.Options);
    }

    /// <summary>Why a blob name given by the client cannot be used, or null.</summary>
    private static string? NameProblem(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 512)
        {
            return "must have from 1 to 512 characters";
        }

        // ".." anywhere, and "." as a segment, which storage would resolve to another name (BlobNames).
        if (name.Contains("..", StringComparison.Ordinal) || BlobNames.HasDotSegments(name))
        {
            return "must not contain '..' or a '.' segment";
        }

        if (name.StartsWith('/') || name.Contains('\\', StringComparison.Ordinal) || name.Any(char.IsControl))
        {
            return "must not start with '/' or hold backslashes or control characters";
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Uploaded {Articles} articles and {Lists} URL lists through the page")]
    private static partial void LogUploaded(ILogger logger, int articles, int lists);
}

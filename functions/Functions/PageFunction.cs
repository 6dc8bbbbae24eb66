using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Azure.Functions.Worker;
using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Functions.Functions;

/// <summary>
/// GET /{path}: the pages (search, document view, admin) and their scripts and styles from <c>wwwroot</c> beside the
/// app, <c>/</c> being <c>index.html</c>. Every route the other functions name is more specific, so this one only
/// answers what none of them does; a path outside <c>wwwroot</c> or a file that is not there is a 404.
/// </summary>
public sealed class PageFunction
{
    public const string Name = "Page";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly string root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "wwwroot"));

    [Function(Name)]
    public IResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "{*path}")] HttpRequest request, string? path)
    {
        var relative = string.IsNullOrEmpty(path) ? "index.html" : path;
        var segments = relative.Split('/');
        if (segments.Any(segment => segment is "" or "." or ".." || segment.Contains('\\', StringComparison.Ordinal) || segment.Any(char.IsControl)))
        {
            return NotFound();
        }

        var file = Path.GetFullPath(Path.Combine(root, Path.Combine(segments)));
        if (!file.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(file)
            || !ContentTypes.TryGetContentType(file, out var contentType))
        {
            return NotFound();
        }

        return TypedResults.PhysicalFile(file, contentType.StartsWith("text/", StringComparison.Ordinal) || contentType.EndsWith("javascript", StringComparison.Ordinal) ? contentType + "; charset=utf-8" : contentType);
    }

    private static IResult NotFound() => Results.Json(new { error = "There is no such page." }, DocumentJson.Options, statusCode: StatusCodes.Status404NotFound);
}

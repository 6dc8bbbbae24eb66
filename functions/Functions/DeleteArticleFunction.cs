using Microsoft.Azure.Functions.Worker;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Functions;

/// <summary>DELETE /api/admin/articles/{name} (admin): delete an article blob; the next scan removes its document.</summary>
public sealed class DeleteArticleFunction(IBlobStore blobs, StorageOptions storage)
{
    public const string Name = "DeleteArticle";

    [Function(Name)]
    public async Task<IResult> RunAsync([HttpTrigger(AuthorizationLevel.Function, "delete", Route = "api/admin/articles/{*name}")] HttpRequest request, string name, CancellationToken cancellationToken = default)
    {
        if (BlobNames.HasDotSegments(name))
        {
            return Results.Json(new { error = BlobNames.Explain(name) }, DocumentJson.Options, statusCode: StatusCodes.Status400BadRequest);
        }

        var deleted = await blobs.DeleteAsync(storage.ArticlesContainer, name, cancellationToken).ConfigureAwait(false);
        return deleted
            ? Results.Json(new { deleted = name }, DocumentJson.Options)
            : Results.Json(new { error = $"There is no article '{name}'." }, DocumentJson.Options, statusCode: StatusCodes.Status404NotFound);
    }
}

using Microsoft.Azure.Functions.Worker;
using NetralitasSearch.Functions.Alerts;
using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Functions.Functions;

/// <summary>DELETE /api/alerts/{id} (admin key): removes the saved search and its delivery records. 204, or 404.</summary>
public sealed class DeleteAlertFunction(AlertStore store)
{
    public const string Name = "DeleteAlert";

    [Function(Name)]
    public async Task<IResult> RunAsync([HttpTrigger(AuthorizationLevel.Function, "delete", Route = "api/alerts/{id}")] HttpRequest request, string id, CancellationToken cancellationToken = default)
    {
        if (id.Length is 0 or > 64 || !id.All(char.IsAsciiHexDigitLower))
        {
            return ErrorResults.BadRequest("A saved search id is lower-case hexadecimal.");
        }

        return await store.DeleteAsync(id, cancellationToken).ConfigureAwait(false)
            ? Results.NoContent()
            : Results.Json(new { error = $"No saved search {id}." }, DocumentJson.Options, statusCode: StatusCodes.Status404NotFound);
    }
}

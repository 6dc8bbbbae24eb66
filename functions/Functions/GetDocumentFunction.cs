using Microsoft.Azure.Functions.Worker;
using NetralitasSearch.Functions.Ingestion;
using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Functions.Functions;

/// <summary>GET /api/documents/{id}: the whole document with its entities and their offsets in the text.</summary>
public sealed class GetDocumentFunction(IndexService index)
{
    public const string Name = "GetDocument";

    [Function(Name)]
    public IResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/documents/{id}")] HttpRequest request, string id)
    {
        if (id.Length is 0 or > 64 || !id.All(char.IsAsciiHexDigitLower))
        {
            return ErrorResults.BadRequest("A document id is 20 lower-case hexadecimal characters.");
        }

        var document = index.Searcher.GetDocument(id);
        return document is null
            ? Results.Json(new { error = $"No document {id}." }, DocumentJson.Api, statusCode: StatusCodes.Status404NotFound)
            : Results.Json(document, DocumentJson.Api);
    }
}

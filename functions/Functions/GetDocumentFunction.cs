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
        if (DocumentIdParameter.Check(id) is { } malformed)
        {
            return malformed;
        }

        var document = index.Searcher.GetDocument(id);
        return document is null
            ? Results.Json(new { error = $"No document {id}." }, DocumentJson.Api, statusCode: StatusCodes.Status404NotFound)
            : Results.Json(document, DocumentJson.Api);
    }
}

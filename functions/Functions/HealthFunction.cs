using Microsoft.Azure.Functions.Worker;
using NetralitasSearch.Functions.Ingestion;
using NetralitasSearch.Functions.Triggers;
using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Functions.Functions;

/// <summary>GET /api/health: {"status":"ok","documents":N} once storage and index are ready, 503 "starting" before.</summary>
public sealed class HealthFunction(IndexService index, HostReadiness readiness)
{
    public const string Name = "Health";

    [Function(Name)]
    public IResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/health")] HttpRequest request)
    {
        if (!readiness.IsReady)
        {
            return Results.Json(new { status = "starting", documents = index.Count() }, DocumentJson.Options, statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        return Results.Json(new { status = "ok", documents = index.Count() }, DocumentJson.Options);
    }
}

using Microsoft.Azure.Functions.Worker;
using NetralitasSearch.Functions.Ingestion;
using NetralitasSearch.Functions.Replication;
using NetralitasSearch.Functions.Triggers;
using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Functions.Functions;

/// <summary>
/// GET /api/health: {"status":"ok","documents":N,"role":…} once storage and index are ready, 503 "starting" before. In
/// the writer and reader roles it adds the generation served, the newest published and the lag between them.
/// </summary>
public sealed class HealthFunction(IndexService index, HostReadiness readiness, ReplicationStatus replication)
{
    public const string Name = "Health";

    [Function(Name)]
    public IResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/health")] HttpRequest request)
    {
        var status = readiness.IsReady ? "ok" : "starting";
        var role = index.Role.ToString().ToLowerInvariant();
        var code = readiness.IsReady ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
        if (index.Replica is not { } replica)
        {
            return Results.Json(new { status, documents = index.Count(), role }, DocumentJson.Options, statusCode: code);
        }

        var (served, newest) = replication.Generations();
        var generation = replica.Generation;
        return Results.Json(new
        {
            status,
            documents = index.Count(),
            role,
            writing = index.Role == IndexRole.Writer ? replication.Writing : (bool?)null,
            generation,
            published = newest?.Generation,
            lagGenerations = newest is null ? (long?)null : Math.Max(0, newest.Generation - generation),
            lagSeconds = newest is null || served is null ? (double?)null : Math.Round(Math.Max(0, (newest.Published - served.Published).TotalSeconds), 3),
            lastContact = replication.LastContact,
            problem = replication.Problem,
        }, DocumentJson.Options, statusCode: code);
    }
}

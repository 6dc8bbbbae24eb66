using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using NetralitasSearch.Functions.Exports;
using NetralitasSearch.Functions.Ingestion;
using NetralitasSearch.Functions.Security;
using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Functions.Functions;

/// <summary>
/// GET /api/search.json?&lt;search parameters&gt;[&amp;limit=N]: the whole result set (up to <see cref="ExportQuery.MaxRows"/>)
/// as a download, <c>{"total","count","truncated","relaxed","documents":[...]}</c>, the same rows as the CSV.
/// </summary>
public sealed class ExportJsonFunction(IndexService index, TimeProvider time)
{
    public const string Name = "ExportJson";

    [Function(Name)]
    [RateLimited]
    public IResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/search.json")] HttpRequest request)
    {
        var (response, error) = ExportQuery.Answer(request, index.Searcher, ExportQuery.MaxRows, ExportQuery.MaxRows, snippets: false);
        if (response is null)
        {
            return error!;
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            total = response.Total,
            count = response.Hits.Count,
            truncated = response.Total > response.Hits.Count,
            relaxed = response.Relaxed,
            documents = response.Hits.Select(ExportRow.Of),
        }, DocumentJson.Api);
        return Results.File(body, "application/json; charset=utf-8", ExportQuery.FileName(time, "json"));
    }
}

using Microsoft.Azure.Functions.Worker;
using NetralitasSearch.Functions.Aggregates;
using NetralitasSearch.Functions.Exports;
using NetralitasSearch.Functions.Ingestion;
using NetralitasSearch.Functions.Security;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Extraction.Regions;
using NetralitasSearch.Indexer.Index;

namespace NetralitasSearch.Functions.Functions;

/// <summary>
/// GET /api/aggregate?by=FIELD[&amp;then=FIELD2][&amp;limit=N][&amp;format=csv]&amp;&lt;search parameters&gt;: every value of a
/// field over the whole result set, <c>{"total","documents","relaxed","by","then","buckets":[{"value","count",
/// "documents","code","province","buckets"}]}</c>, <c>count</c> in stories as the search total and the facets count them
/// (a regency or province also carries its code, and a regency its province). Bad input is a 400.
/// </summary>
public sealed class AggregateFunction(IndexService index, TimeProvider time)
{
    private static readonly RegionNames Regions = new(Gazetteer.Default);

    public const string Name = "Aggregate";

    [Function(Name)]
    [RateLimited]
    public IResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/aggregate")] HttpRequest request)
    {
        var (asked, error) = AggregateParameters.Read(request.Query);
        if (asked is null)
        {
            return ErrorResults.BadRequest(error);
        }

        var outcome = index.Searcher.Aggregate(asked.Search, asked.By, asked.Then, asked.Limit);
        if (!outcome.IsSuccess)
        {
            return ErrorResults.BadRequest(outcome.Error);
        }

        if (asked.Csv)
        {
            return Results.File(AggregateCsv.Write(outcome.Response, asked.By, asked.Then), "text/csv; charset=utf-8", ExportQuery.FileName(time, "csv"));
        }

        object Bucket(AggregateBucket bucket, AggregateField field, AggregateField? inner)
        {
            var region = Regions.Find(field, bucket.Value);
            return new
            {
                value = bucket.Value,
                count = bucket.Count,
                documents = bucket.Documents,
                code = region?.Code,
                province = field == AggregateField.Regency ? region?.ProvinceName : null,
                buckets = inner is { } next ? bucket.Buckets.Select(b => Bucket(b, next, null)) : null,
            };
        }

        return Results.Json(new
        {
            total = outcome.Response.Total,
            documents = outcome.Response.Documents,
            relaxed = outcome.Response.Relaxed,
            by = AggregateParameters.NameOf(asked.By),
            then = asked.Then is { } then ? AggregateParameters.NameOf(then) : null,
            buckets = outcome.Response.Buckets.Select(b => Bucket(b, asked.By, asked.Then)),
        }, DocumentJson.Api);
    }
}

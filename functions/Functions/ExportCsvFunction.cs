using System.Globalization;
using Microsoft.Azure.Functions.Worker;
using NetralitasSearch.Functions.Exports;
using NetralitasSearch.Functions.Ingestion;
using NetralitasSearch.Functions.Security;

namespace NetralitasSearch.Functions.Functions;

/// <summary>
/// GET /api/search.csv?&lt;search parameters&gt;[&amp;limit=N]: the whole result set (up to <see cref="ExportQuery.MaxRows"/>)
/// as CSV for a spreadsheet. <c>X-Total-Count</c> says how many matched, <c>X-Truncated</c> whether rows were left out.
/// </summary>
public sealed class ExportCsvFunction(IndexService index, TimeProvider time)
{
    public const string Name = "ExportCsv";

    [Function(Name)]
    [RateLimited]
    public IResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/search.csv")] HttpRequest request)
    {
        var (response, error) = ExportQuery.Answer(request, index.Searcher, ExportQuery.MaxRows, ExportQuery.MaxRows, snippets: false);
        if (response is null)
        {
            return error!;
        }

        request.HttpContext.Response.Headers["X-Total-Count"] = response.Total.ToString(CultureInfo.InvariantCulture);
        request.HttpContext.Response.Headers["X-Truncated"] = response.Total > response.Hits.Count ? "true" : "false";
        return Results.File(CsvExport.Write(response.Hits.Select(ExportRow.Of)), "text/csv; charset=utf-8", ExportQuery.FileName(time, "csv"));
    }
}

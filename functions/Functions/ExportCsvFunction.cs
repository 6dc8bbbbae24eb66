using System.Globalization;
using NetralitasSearch.Functions.Exports;
using NetralitasSearch.Functions.Ingestion;

namespace NetralitasSearch.Functions.Functions;

/// <summary>
/// GET /api/search.csv?&lt;search parameters&gt;[&amp;limit=N]: the whole result set (up to <see cref="ExportQuery.MaxRows"/>)
/// as CSV for a spreadsheet. <c>X-Total-Count</c> says how many matched, <c>X-Truncated</c> whether rows were left out.
/// </summary>
public sealed class ExportCsvFunction(IndexService index, TimeProvider time)
{
    public IResult Run(HttpRequest request)
    {
        var (search, limit, error) = ExportQuery.Read(request, ExportQuery.MaxRows, ExportQuery.MaxRows);
        if (search is null)
        {
            return ErrorResults.BadRequest(error);
        }

        var outcome = ExportQuery.Run(index.Searcher, search, limit, snippets: false);
        if (!outcome.IsSuccess)
        {
            return ErrorResults.BadRequest(outcome.Error);
        }

        var response = outcome.Response;
        request.HttpContext.Response.Headers["X-Total-Count"] = response.Total.ToString(CultureInfo.InvariantCulture);
        request.HttpContext.Response.Headers["X-Truncated"] = response.Total > response.Hits.Count ? "true" : "false";
        var name = $"netralitas-{time.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}.csv";
        return Results.File(CsvExport.Write(response.Hits.Select(ExportRow.Of)), "text/csv; charset=utf-8", name);
    }
}

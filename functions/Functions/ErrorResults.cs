using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Query;

namespace NetralitasSearch.Functions.Functions;

/// <summary>
/// The error answers of the HTTP functions: <c>{"error": ...}</c>, with the query position when there is one. Messages
/// quote the caller's text, so they are written with <see cref="DocumentJson.Api"/>'s escaping.
/// </summary>
internal static class ErrorResults
{
    public static IResult BadRequest(string? error) =>
        Results.Json(new { error }, DocumentJson.Api, statusCode: StatusCodes.Status400BadRequest);

    /// <summary>Any other answer without a body of its own: <c>{"error": ...}</c> with the status.</summary>
    public static IResult Problem(int statusCode, string? error) =>
        Results.Json(new { error }, DocumentJson.Api, statusCode: statusCode);

    public static IResult BadRequest(QueryError error) =>
        Results.Json(new { error = error.Message, position = error.Position >= 0 ? error.Position : (int?)null }, DocumentJson.Api, statusCode: StatusCodes.Status400BadRequest);
}

using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Profiles;

namespace NetralitasSearch.Functions.Functions;

/// <summary>The answers of the profile functions: the profile, a 400 for a malformed name, a 404 with close names.</summary>
internal static class ProfileResults
{
    public static IResult Of<T>(ProfileOutcome<T> outcome)
        where T : class => outcome switch
        {
            { IsSuccess: true } => Results.Json(outcome.Profile, DocumentJson.Api),
            { Problem: ProfileProblem.NotFound } => Results.Json(new { error = outcome.Error, suggestions = outcome.Suggestions }, DocumentJson.Api, statusCode: StatusCodes.Status404NotFound),
            _ => ErrorResults.BadRequest(outcome.Error),
        };
}

using Microsoft.Azure.Functions.Worker;
using NetralitasSearch.Functions.Ingestion;
using NetralitasSearch.Functions.Security;
using NetralitasSearch.Indexer.Profiles;

namespace NetralitasSearch.Functions.Functions;

/// <summary>
/// GET /api/persons?name=…: a person's page (<see cref="PersonProfile"/>): every document naming them, positions held
/// over time, regencies, kinds of violation, aliases merged. 400 for a name without letters, 404 (with the names that
/// hold the words asked for) when no document names such a person.
/// </summary>
public sealed class PersonProfileFunction(IndexService index)
{
    public const string Name = "PersonProfile";

    [Function(Name)]
    [RateLimited]
    public IResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/persons")] HttpRequest request) =>
        ProfileResults.Of(new ProfileReader(index.Searcher).Person(request.Query["name"].LastOrDefault()));
}

using Microsoft.Azure.Functions.Worker;
using NetralitasSearch.Functions.Ingestion;
using NetralitasSearch.Functions.Security;
using NetralitasSearch.Indexer.Profiles;

namespace NetralitasSearch.Functions.Functions;

/// <summary>
/// GET /api/regencies?code=16.05 (or <c>name=Musi Rawas</c>, an alias such as <c>Mura</c>): a regency's page
/// (<see cref="RegencyProfile"/>): incidents per month, people, kinds of violation, circulars and appeals. 400 for a
/// province or nothing asked, 404 (with close names) for a place the gazetteer does not know.
/// </summary>
public sealed class RegencyProfileFunction(IndexService index)
{
    public const string Name = "RegencyProfile";

    [Function(Name)]
    [RateLimited]
    public IResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/regencies")] HttpRequest request)
    {
        var asked = request.Query["code"].LastOrDefault() is { Length: > 0 } code ? code : request.Query["name"].LastOrDefault();
        return ProfileResults.Of(new ProfileReader(index.Searcher).Regency(asked));
    }
}

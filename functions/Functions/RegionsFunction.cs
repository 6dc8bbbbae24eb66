using System.Globalization;
using Microsoft.Azure.Functions.Worker;
using NetralitasSearch.Functions.Security;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Extraction.Regions;

namespace NetralitasSearch.Functions.Functions;

/// <summary>
/// GET /api/regions?q=OKU[&amp;kind=regency|province][&amp;limit=10]: the filters' autocomplete over the gazetteer's official
/// names and press aliases, <c>[{"code","name","kind","province","alias"}]</c>. <c>kind=regency</c> means kabupaten and cities.
/// </summary>
public sealed class RegionsFunction
{
    public const int MaxLimit = 50;

    private const int MaxTyped = 100;

    public const string Name = "Regions";

    [Function(Name)]
    [RateLimited]
    public IResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/regions")] HttpRequest request)
    {
        var typed = request.Query["q"].LastOrDefault() ?? "";
        if (typed.Length > MaxTyped)
        {
            return ErrorResults.BadRequest($"'q' may be at most {MaxTyped} characters.");
        }

        var limit = 10;
        if (request.Query["limit"].LastOrDefault() is { Length: > 0 } text
            && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxLimit))
        {
            return ErrorResults.BadRequest($"'limit' must be a whole number from 1 to {MaxLimit}.");
        }

        Func<Region, bool>? keep = request.Query["kind"].LastOrDefault() switch
        {
            null or "" => _ => true,
            "regency" => r => r.Kind is RegionKind.Regency or RegionKind.City,
            "province" => r => r.Kind == RegionKind.Province,
            _ => null,
        };
        if (keep is null)
        {
            return ErrorResults.BadRequest("'kind' must be regency or province.");
        }

        // Asked for more than shown, so a kind filter still fills the list; the gazetteer scan is the same either way.
        var suggestions = Gazetteer.Default.Suggest(typed, MaxLimit * 4)
            .Where(s => keep(s.Region))
            .Take(limit)
            .Select(s => new { code = s.Region.Code, name = s.Region.DisplayName, kind = s.Region.Kind, province = s.Region.ProvinceName, alias = s.Alias });
        return Results.Json(suggestions, DocumentJson.Options);
    }
}

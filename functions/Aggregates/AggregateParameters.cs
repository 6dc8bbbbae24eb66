using NetralitasSearch.Functions.Functions;
using NetralitasSearch.Indexer.Index;

namespace NetralitasSearch.Functions.Aggregates;

/// <summary>
/// Reads <c>by</c>, <c>then</c>, <c>limit</c> and <c>format</c> beside every search parameter
/// (<see cref="SearchParameters"/>); a bad value is a message for a 400.
/// </summary>
public static class AggregateParameters
{
    /// <summary>The most values per level a number may ask for (without <c>limit</c> every value is given).</summary>
    public const int MaxLimit = 100_000;

    /// <summary>The names <c>by</c> and <c>then</c> take, in the order the messages list them.</summary>
    public static readonly IReadOnlyDictionary<string, AggregateField> Fields = new Dictionary<string, AggregateField>(StringComparer.Ordinal)
    {
        ["regency"] = AggregateField.Regency,
        ["province"] = AggregateField.Province,
        ["person"] = AggregateField.Person,
        ["position"] = AggregateField.Position,
        ["violation"] = AggregateField.Violation,
        ["source"] = AggregateField.Source,
        ["year"] = AggregateField.Year,
        ["month"] = AggregateField.Month,
    };

    public static string NameOf(AggregateField field) => Fields.First(pair => pair.Value == field).Key;

    public static (AggregateRequest? Request, string? Error) Read(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        string? Single(string name) => query.TryGetValue(name, out var values) ? values.LastOrDefault() : null;

        var byName = Single("by");
        if (string.IsNullOrEmpty(byName) || !Fields.TryGetValue(byName, out var by))
        {
            return (null, $"'by' must be one of {string.Join(", ", Fields.Keys)}.");
        }

        AggregateField? then = null;
        if (Single("then") is { Length: > 0 } thenName)
        {
            if (!Fields.TryGetValue(thenName, out var second) || second == by)
            {
                return (null, $"'then' must be one of {string.Join(", ", Fields.Keys)}, other than 'by'.");
            }

            then = second;
        }

        int? limit = null;
        if (Single("limit") is { Length: > 0 } limitText)
        {
            if (!SearchParameters.TryInt(limitText, "limit", 0, 1, MaxLimit, out var value, out var limitError))
            {
                return (null, limitError);
            }

            limit = value;
        }

        var csv = Single("format") switch
        {
            null or "" or "json" => false,
            "csv" => true,
            _ => (bool?)null,
        };
        if (csv is null)
        {
            return (null, "'format' must be json or csv.");
        }

        var (search, error) = SearchParameters.Read(query);
        return search is null ? (null, error) : (new AggregateRequest(search with { Facets = false, Snippets = false }, by, then, limit, csv.Value), null);
    }
}

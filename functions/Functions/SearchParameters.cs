using System.Globalization;
using NetralitasSearch.Indexer.Index;

namespace NetralitasSearch.Functions.Functions;

/// <summary>
/// Reads <c>q, regency, province, person, source, violation, from, to, sort, page, size, cluster, collapse, id,
/// incidents, facetLimit</c>; a bad value is a message for a 400. <c>collapse</c> (default true) shows a same-story
/// cluster once; <c>cluster</c> lists one cluster; <c>id</c> restricts the search to one document; <c>incidents=true</c>
/// keeps documents that report an incident; <c>facetLimit</c> is the values per facet (1 to
/// <see cref="MaxFacetLimit"/>, or <c>all</c>).
/// </summary>
public static class SearchParameters
{
    /// <summary>The most values per facet a number may ask for; <c>all</c> asks for every value.</summary>
    public const int MaxFacetLimit = 10_000;

    private static readonly string[] Filters = ["regency", "province", "person", "source", "violation"];

    public static (SearchRequest? Request, string? Error) Read(IQueryCollection query)
    {
        string? Single(string name) => query.TryGetValue(name, out var values) ? values.LastOrDefault() : null;

        if (!TryDate(Single("from"), "from", out var from, out var error) || !TryDate(Single("to"), "to", out var to, out error))
        {
            return (null, error);
        }

        if (from is not null && to is not null && from > to)
        {
            return (null, "'from' is after 'to'.");
        }

        var sort = Single("sort") switch
        {
            null or "" or "relevance" => SortOrder.Relevance,
            "date" => SortOrder.Date,
            _ => (SortOrder?)null,
        };
        if (sort is null)
        {
            return (null, "'sort' must be relevance or date.");
        }

        if (!TryInt(Single("page"), "page", 1, 1, SearchRequest.MaxWindow, out var page, out error) || !TryInt(Single("size"), "size", 10, 1, SearchRequest.MaxSize, out var size, out error))
        {
            return (null, error);
        }

        if ((long)page * size > SearchRequest.MaxWindow)
        {
            return (null, $"page × size may be at most {SearchRequest.MaxWindow}; export the result set for more.");
        }

        var collapse = Single("collapse") switch
        {
            null or "" or "true" or "1" => true,
            "false" or "0" => false,
            _ => (bool?)null,
        };
        if (collapse is null)
        {
            return (null, "'collapse' must be true or false.");
        }

        var id = Single("id");
        if (!string.IsNullOrEmpty(id) && (id.Length > 64 || !id.All(char.IsAsciiHexDigitLower)))
        {
            return (null, "'id' must be a document id (lower-case hexadecimal).");
        }

        var incidents = Single("incidents") switch
        {
            null or "" or "false" or "0" => false,
            "true" or "1" => true,
            _ => (bool?)null,
        };
        if (incidents is null)
        {
            return (null, "'incidents' must be true or false.");
        }

        int? facetLimit = null;
        if (Single("facetLimit") is { Length: > 0 } facetText)
        {
            if (facetText is "all" or "0")
            {
                facetLimit = 0;
            }
            else if (TryInt(facetText, "facetLimit", 10, 1, MaxFacetLimit, out var limit, out _))
            {
                facetLimit = limit;
            }
            else
            {
                return (null, $"'facetLimit' must be a whole number from 1 to {MaxFacetLimit}, or all.");
            }
        }

        foreach (var filter in Filters)
        {
            if (Single(filter) is { Length: > SearchRequest.MaxFilterLength })
            {
                return (null, $"'{filter}' may be at most {SearchRequest.MaxFilterLength} characters.");
            }
        }

        return (new SearchRequest
        {
            Query = Single("q"),
            Regency = Single("regency"),
            Province = Single("province"),
            Person = Single("person"),
            Source = Single("source"),
            Violation = Single("violation"),
            From = from,
            To = to,
            Sort = sort.Value,
            Page = page,
            Size = size,
            Cluster = Single("cluster"),
            Collapse = collapse.Value,
            DocumentId = string.IsNullOrEmpty(id) ? null : id,
            IncidentsOnly = incidents.Value,
            FacetLimit = facetLimit,
        }, null);
    }

    private static bool TryDate(string? text, string name, out DateOnly? date, out string? error)
    {
        date = null;
        error = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        error = $"'{name}' must be a date written YYYY-MM-DD.";
        return false;
    }

    internal static bool TryInt(string? text, string name, int fallback, int min, int max, out int value, out string? error)
    {
        error = null;
        value = fallback;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max)
        {
            return true;
        }

        error = $"'{name}' must be a whole number from {min} to {max}.";
        return false;
    }
}

using System.Globalization;
using NetralitasSearch.Indexer.Index;

namespace NetralitasSearch.Functions.Functions;

/// <summary>Reads <c>q, regency, province, person, source, violation, from, to, sort, page, size</c>; a bad value is a message for a 400.</summary>
public static class SearchParameters
{
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

    private static bool TryInt(string? text, string name, int fallback, int min, int max, out int value, out string? error)
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

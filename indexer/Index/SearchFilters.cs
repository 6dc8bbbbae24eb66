using System.Globalization;
using NetralitasSearch.Indexer.Query;

namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// The request's filters as query clauses (regency=OKU is regency:OKU), so that filters and fielded queries
/// share one implementation and one set of error messages.
/// </summary>
internal static class SearchFilters
{
    public static List<QueryNode> ToNodes(SearchRequest request)
    {
        var nodes = new List<QueryNode>();
        Add(nodes, QueryField.Regency, request.Regency);
        Add(nodes, QueryField.Province, request.Province);
        Add(nodes, QueryField.Person, request.Person);
        Add(nodes, QueryField.Source, request.Source);
        Add(nodes, QueryField.Violation, request.Violation);
        Add(nodes, QueryField.Cluster, request.Cluster);
        Add(nodes, QueryField.Id, request.DocumentId);
        if (request.From is not null || request.To is not null)
        {
            nodes.Add(new RangeNode(QueryField.Published, Iso(request.From), Iso(request.To), IncludeLower: true, IncludeUpper: true));
        }

        return nodes;
    }

    /// <summary>The query with the filters as required clauses.</summary>
    public static QueryNode Combine(QueryNode query, IReadOnlyList<QueryNode> filters)
    {
        if (filters.Count == 0)
        {
            return query;
        }

        var clauses = new List<BooleanClause>();
        if (query is BooleanNode boolean && boolean.Clauses.All(c => c.Occur != Occur.Should))
        {
            clauses.AddRange(boolean.Clauses);
        }
        else if (query is not MatchAllNode)
        {
            clauses.Add(new BooleanClause(Occur.Must, query));
        }

        clauses.AddRange(filters.Select(f => new BooleanClause(Occur.Must, f)));
        return new BooleanNode(clauses);
    }

    private static void Add(List<QueryNode> nodes, QueryField field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            nodes.Add(new TermNode(field, value.Trim()));
        }
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

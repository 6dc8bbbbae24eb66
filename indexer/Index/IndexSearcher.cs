using System.Globalization;
using Microsoft.Data.Sqlite;
using NetralitasSearch.Indexer.Analysis;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Extraction.Regions;
using NetralitasSearch.Indexer.Query;

namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// The read side: full-text search with filters, facets and snippets, and documents by id. Any number of
/// searches run at once (each on its own pooled connection; WAL lets them read while the writer writes).
/// </summary>
public sealed class IndexSearcher(IndexOptions options, IndonesianAnalyzer? analyzer = null, Gazetteer? gazetteer = null, QueryParser? parser = null)
{
    private static readonly (string Name, string Sql)[] FacetQueries =
    [
        ("regency", "SELECT r.name, count(*) FROM doc_regency r JOIN m ON m.id = r.doc GROUP BY r.name"),
        ("province", "SELECT p.name, count(*) FROM doc_province p JOIN m ON m.id = p.doc GROUP BY p.name"),
        ("year", "SELECT CAST(d.year AS TEXT), count(*) FROM docs d JOIN m ON m.id = d.rowid WHERE d.year IS NOT NULL GROUP BY d.year"),
        ("person", "SELECT p.name, count(*) FROM doc_person p JOIN m ON m.id = p.doc GROUP BY p.name"),
        ("position", "SELECT p.position, count(*) FROM doc_person p JOIN m ON m.id = p.doc WHERE p.position IS NOT NULL GROUP BY p.position"),
        ("violation", "SELECT v.kind, count(*) FROM doc_violation v JOIN m ON m.id = v.doc GROUP BY v.kind"),
        ("source", "SELECT d.source, count(*) FROM docs d JOIN m ON m.id = d.rowid WHERE d.source IS NOT NULL GROUP BY d.source"),
    ];

    private readonly IndonesianAnalyzer analyzer = analyzer ?? IndonesianAnalyzer.Default;
    private readonly Gazetteer gazetteer = gazetteer ?? Gazetteer.Default;
    private readonly QueryParser parser = parser ?? QueryParser.Default;
    private readonly SynonymExpander expander = SynonymExpander.Default;

    /// <summary>Facet values returned per facet.</summary>
    public int FacetSize { get; init; } = 10;

    public SearchOutcome Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parsed = parser.Parse(request.Query);
        if (!parsed.IsSuccess)
        {
            return new SearchOutcome(null, parsed.Error);
        }

        var compiler = new QueryCompiler(analyzer, gazetteer);
        var filters = SearchFilters.ToNodes(request);
        var (compiled, error) = compiler.Compile(SearchFilters.Combine(expander.Expand(parsed.Query), filters));
        if (compiled is null)
        {
            return new SearchOutcome(null, error);
        }

        using var connection = IndexSchema.Open(options, create: false);
        var response = Run(connection, request, compiled);

        // Fewer documents than a page hold every word of a plain list of words: fill the page with those holding
        // most of them ("larangan ASN unggah atau like postingan calon" finds what a journalist means).
        if (response.Total < request.Size && Relaxable(parsed.Query) is { } parts)
        {
            var (relaxedQuery, _) = compiler.CompileRelaxed(parts.Select(expander.Expand).ToList(), filters);
            if (relaxedQuery is not null)
            {
                var relaxed = Run(connection, request, relaxedQuery);
                if (relaxed.Total > response.Total)
                {
                    response = relaxed with { Relaxed = true, ExactTotal = response.Total };
                }
            }
        }

        return new SearchOutcome(response, null);
    }

    /// <summary>The stored document, or null.</summary>
    public Document? GetDocument(string id)
    {
        using var connection = IndexSchema.Open(options, create: false);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM docs WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return command.ExecuteScalar() is byte[] json ? DocumentJson.TryDeserialize(json) : null;
    }

    public long Count()
    {
        using var connection = IndexSchema.Open(options, create: false);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM docs";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>
    /// A plain list of words that no document holds all of ("larangan ASN unggah atau like postingan calon")
    /// is asked again as "any of these words", ranked by BM25, so natural-language questions still find something.
    /// </summary>
    private static List<QueryNode>? Relaxable(QueryNode query)
    {
        if (query is not BooleanNode boolean || boolean.Clauses.Count < 2
            || !boolean.Clauses.All(c => c.Occur == Occur.Must && c.Node is TermNode { Field: QueryField.Any } or PhraseNode { Field: QueryField.Any }))
        {
            return null;
        }

        var meaningful = boolean.Clauses.Where(c => !(c.Node is TermNode term && IndonesianAnalyzer.IsStopWord(term.Text.ToLowerInvariant()))).Select(c => c.Node).ToList();
        return meaningful.Count < 2 ? null : meaningful;
    }

    private SearchResponse Run(SqliteConnection connection, SearchRequest request, CompiledQuery query)
    {
        var where = query.Where;
        string from;
        string score;
        if (query.Match is not null && query.MatchIsFilter)
        {
            from = $"FROM docs_fts JOIN docs d ON d.rowid = docs_fts.rowid WHERE docs_fts MATCH $match AND {where}";
            score = $"bm25(docs_fts, {Weight(options.TitleWeight)}, 1.0)";
        }
        else if (query.Match is not null)
        {
            from = $"FROM docs d LEFT JOIN (SELECT rowid AS r, bm25(docs_fts, {Weight(options.TitleWeight)}, 1.0) AS s FROM docs_fts WHERE docs_fts MATCH $match) x ON x.r = d.rowid WHERE {where}";
            score = "COALESCE(x.s, 0.0)";
        }
        else
        {
            from = $"FROM docs d WHERE {where}";
            score = "0.0";
        }

        var coverage = query.Coverage is null ? "" : $"({query.Coverage}) DESC, ";
        var order = request.Sort == SortOrder.Date || query.Match is null
            ? $"d.sort_date IS NULL, d.sort_date DESC, {score}"
            : $"{coverage}{score}, d.sort_date DESC";

        var total = Convert.ToInt32(Scalar(connection, $"SELECT count(*) {from}", query), CultureInfo.InvariantCulture);
        var hits = new List<SearchHit>();
        if (total > 0)
        {
            using var command = Command(connection, $"SELECT d.json, {score} {from} ORDER BY {order} LIMIT $limit OFFSET $offset", query);
            command.Parameters.AddWithValue("$limit", request.Size);
            command.Parameters.AddWithValue("$offset", (request.Page - 1) * request.Size);
            using var reader = command.ExecuteReader();
            var snippets = new SnippetBuilder(analyzer);
            while (reader.Read())
            {
                var document = DocumentJson.TryDeserialize((byte[])reader.GetValue(0));
                if (document is null)
                {
                    continue;
                }

                var snippet = request.Snippets ? snippets.Build(document.Text, query.HighlightTerms, query.HighlightPrefixes) : "";
                hits.Add(new SearchHit(document.Id, document.File, document.Title, document.Url, document.Published, document.Source,
                    document.Regencies, document.Persons, snippet, Math.Round(-reader.GetDouble(1), 4))
                {
                    Provinces = document.Provinces,
                    Violations = document.Violations,
                    EventDate = document.EventDate,
                });
            }
        }

        var facets = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        if (request.Facets)
        {
            foreach (var (name, sql) in FacetQueries)
            {
                facets[name] = total == 0 ? [] : Facet(connection, $"WITH m(id) AS (SELECT d.rowid {from}) {sql} ORDER BY 2 DESC, 1 LIMIT {FacetSize}", query);
            }
        }

        return new SearchResponse(total, hits, facets) { Page = request.Page, Size = request.Size };
    }

    private static string Weight(double weight) => weight.ToString("0.0##", CultureInfo.InvariantCulture);

    private static List<FacetValue> Facet(SqliteConnection connection, string sql, CompiledQuery query)
    {
        using var command = Command(connection, sql, query);
        using var reader = command.ExecuteReader();
        var values = new List<FacetValue>();
        while (reader.Read())
        {
            if (!reader.IsDBNull(0))
            {
                values.Add(new FacetValue(reader.GetString(0), reader.GetInt32(1)));
            }
        }

        return values;
    }

    private static object? Scalar(SqliteConnection connection, string sql, CompiledQuery query)
    {
        using var command = Command(connection, sql, query);
        return command.ExecuteScalar();
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, CompiledQuery query)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        if (query.Match is not null)
        {
            command.Parameters.AddWithValue("$match", query.Match);
        }

        // Parameters the statement does not use are ignored by SQLite's binder, so every statement gets them all.
        foreach (var (name, value) in query.Parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}

using System.Globalization;
using Microsoft.Data.Sqlite;
using NetralitasSearch.Indexer.Analysis;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Extraction.Regions;
using NetralitasSearch.Indexer.Index.Memory;
using NetralitasSearch.Indexer.Query;

namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// The read side: full-text search with filters, facets, snippets and same-story collapsing, and documents by id.
/// Queries run on the in-memory postings (<see cref="MemoryIndex"/>, loaded from the index on first use unless the
/// writer shares its own); the few shapes it does not evaluate (title:/text: fields, proximity) run as SQL on FTS5.
/// Any number of searches run at once.
/// </summary>
public sealed class IndexSearcher
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

    private readonly IndexOptions options;
    private readonly IndonesianAnalyzer analyzer;
    private readonly Gazetteer gazetteer;
    private readonly QueryParser parser;
    private readonly SynonymExpander expander = SynonymExpander.Default;
    private readonly Lazy<MemoryIndex> memory;

    public IndexSearcher(IndexOptions options, MemoryIndex? memory = null, IndonesianAnalyzer? analyzer = null, Gazetteer? gazetteer = null, QueryParser? parser = null)
    {
        this.options = options;
        this.analyzer = analyzer ?? IndonesianAnalyzer.Default;
        this.gazetteer = gazetteer ?? Gazetteer.Default;
        this.parser = parser ?? QueryParser.Default;
        this.memory = memory is not null ? new Lazy<MemoryIndex>(memory) : new Lazy<MemoryIndex>(() => MemoryIndex.Load(options));
    }

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

        // Compiling validates every field value (unknown regency, bad date) for both paths, and is the SQL path.
        var compiler = new QueryCompiler(analyzer, gazetteer);
        var filters = SearchFilters.ToNodes(request);
        var query = SearchFilters.Combine(expander.Expand(parsed.Query), filters);
        var (compiled, error) = compiler.Compile(query);
        if (compiled is null)
        {
            return new SearchOutcome(null, error);
        }

        using var connection = IndexSchema.Open(options, create: false);
        var parts = request.Relax ? Relaxable(parsed.Query)?.Select(expander.Expand).ToList() : null;
        var response = SearchInMemory(connection, request, query, parts, filters) ?? SearchSql(connection, request, compiled, compiler, parsed.Query, filters);
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
    /// A plain list of words: if fewer than a page of documents hold them all, the page is filled with those holding
    /// most of them ("larangan ASN unggah atau like postingan calon" finds what a journalist means).
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

    private SearchResponse? SearchInMemory(SqliteConnection connection, SearchRequest request, QueryNode query, List<QueryNode>? relaxable, List<QueryNode> filters)
    {
        var outcome = memory.Value.Read(index =>
        {
            // The evaluator's sets are rented for this search; the page and facets are copied out before they go back.
            using var evaluator = new MemoryEvaluator(index, analyzer, gazetteer, phrase => index.Phrases.Rows(phrase, index.MaxRowId, (after, upTo) => PhraseRowIds(connection, phrase, after, upTo)), id => RowIdOf(connection, id));
            var matches = evaluator.Evaluate(query);
            if (matches is null)
            {
                return null;
            }

            var (page, total, facets) = MemoryRanker.Rank(index, matches, request, byCoverage: false, gazetteer);
            var counted = matches;
            var relaxed = false;
            int? exact = null;
            if (total < request.Size && relaxable is not null && evaluator.EvaluateAny(relaxable, filters) is { } any)
            {
                var (anyPage, anyTotal, anyFacets) = MemoryRanker.Rank(index, any, request, byCoverage: true, gazetteer);
                if (anyTotal > total)
                {
                    (exact, relaxed) = (total, true);
                    (page, total, facets) = (anyPage, anyTotal, anyFacets);
                    counted = any;
                }
            }

            var months = request.Months ? MemoryTimeline.Months(index, counted, request.Collapse) : null;
            return new MemoryOutcome(page, total, facets, relaxed, exact, evaluator.Highlight, evaluator.HighlightPrefixes, months);
        });

        if (outcome is null)
        {
            return null;
        }

        var hits = Hits(connection, outcome.Page, request.Snippets ? new SnippetBuilder(analyzer) : null, outcome.Highlight, outcome.Prefixes);
        return new SearchResponse(outcome.Total, hits, outcome.Facets)
        {
            Page = request.Page,
            Size = request.Size,
            Relaxed = outcome.Relaxed,
            ExactTotal = outcome.ExactTotal,
            Months = outcome.Months,
        };
    }

    private static List<SearchHit> Hits(SqliteConnection connection, List<RankedResult> page, SnippetBuilder? snippets, IReadOnlySet<string> highlight, IReadOnlyList<string> prefixes)
    {
        if (page.Count == 0)
        {
            return [];
        }

        var rows = new Dictionary<long, (HitData Hit, string Text)>();
        using (var command = connection.CreateCommand())
        {
            // Without snippets the text is not read: an export of thousands of rows needs only the hit records.
            command.CommandText = $"SELECT rowid, hit, {(snippets is null ? "''" : "text")} FROM docs WHERE rowid IN ({string.Join(", ", page.Select((_, i) => "$r" + i.ToString(CultureInfo.InvariantCulture)))})";
            for (var i = 0; i < page.Count; i++)
            {
                command.Parameters.AddWithValue("$r" + i.ToString(CultureInfo.InvariantCulture), page[i].RowId);
            }

            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var hit = System.Text.Json.JsonSerializer.Deserialize<HitData>((byte[])reader.GetValue(1), DocumentJson.Options);
                if (hit is not null)
                {
                    rows[reader.GetInt64(0)] = (hit, reader.GetString(2));
                }
            }
        }

        var hits = new List<SearchHit>();
        foreach (var result in page)
        {
            if (!rows.TryGetValue(result.RowId, out var row))
            {
                continue;
            }

            var snippet = snippets?.Build(row.Text, highlight, prefixes) ?? "";
            hits.Add(ToHit(row.Hit, snippet, Math.Round(result.Score, 4)) with
            {
                Cluster = result.Cluster.ToString(CultureInfo.InvariantCulture),
                Duplicates = result.Duplicates,
                AlsoPublishedBy = result.AlsoPublishedBy,
            });
        }

        return hits;
    }

    private static SearchHit ToHit(HitData hit, string snippet, double score) =>
        new(hit.Id, hit.File, hit.Title, hit.Url, hit.Published, hit.Source, hit.Regencies, hit.Persons, snippet, score)
        {
            Provinces = hit.Provinces,
            Violations = hit.Violations,
            EventDate = hit.EventDate,
        };

    private static long? RowIdOf(SqliteConnection connection, string id)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT rowid FROM docs WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return command.ExecuteScalar() is long rowid ? rowid : null;
    }

    /// <summary>The rows holding an FTS5 phrase, with row ids above <paramref name="after"/> and up to <paramref name="upTo"/>.</summary>
    private static List<long> PhraseRowIds(SqliteConnection connection, string phrase, long after, long upTo)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT rowid FROM docs_fts WHERE docs_fts MATCH $q AND rowid > $after AND rowid <= $upTo";
        command.Parameters.AddWithValue("$q", phrase);
        command.Parameters.AddWithValue("$after", after);
        command.Parameters.AddWithValue("$upTo", upTo);
        using var reader = command.ExecuteReader();
        var rows = new List<long>();
        while (reader.Read())
        {
            rows.Add(reader.GetInt64(0));
        }

        return rows;
    }

    /// <summary>The SQL path on FTS5, for the query shapes the in-memory path does not evaluate. No collapsing here.</summary>
    private SearchResponse SearchSql(SqliteConnection connection, SearchRequest request, CompiledQuery compiled, QueryCompiler compiler, QueryNode parsed, List<QueryNode> filters)
    {
        var response = Run(connection, request, compiled);
        if (request.Relax && response.Total < request.Size && Relaxable(parsed) is { } parts)
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

        return response;
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
            using var command = Command(connection, $"SELECT d.hit, {(request.Snippets ? "d.text" : "''")}, {score}, d.cluster {from} ORDER BY {order} LIMIT $limit OFFSET $offset", query);
            command.Parameters.AddWithValue("$limit", request.Size);
            command.Parameters.AddWithValue("$offset", (request.Page - 1) * request.Size);
            using var reader = command.ExecuteReader();
            var snippets = new SnippetBuilder(analyzer);
            while (reader.Read())
            {
                var hit = System.Text.Json.JsonSerializer.Deserialize<HitData>((byte[])reader.GetValue(0), DocumentJson.Options);
                if (hit is null)
                {
                    continue;
                }

                var snippet = request.Snippets ? snippets.Build(reader.GetString(1), query.HighlightTerms, query.HighlightPrefixes) : "";
                hits.Add(ToHit(hit, snippet, Math.Round(-reader.GetDouble(2), 4)) with { Cluster = reader.GetInt64(3).ToString(CultureInfo.InvariantCulture) });
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

        List<MonthCount>? months = null;
        if (request.Months)
        {
            months = [];
            using var command = Command(connection, $"SELECT substr(d.sort_date, 1, 7), count(*) {from} AND d.sort_date IS NOT NULL GROUP BY 1 ORDER BY 1", query);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                months.Add(new MonthCount(reader.GetString(0), reader.GetInt32(1)));
            }
        }

        return new SearchResponse(total, hits, facets) { Page = request.Page, Size = request.Size, Months = months };
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

    private sealed record MemoryOutcome(
        List<RankedResult> Page,
        int Total,
        Dictionary<string, IReadOnlyList<FacetValue>> Facets,
        bool Relaxed,
        int? ExactTotal,
        IReadOnlySet<string> Highlight,
        IReadOnlyList<string> Prefixes,
        List<MonthCount>? Months);
}

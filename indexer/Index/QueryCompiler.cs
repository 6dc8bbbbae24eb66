using System.Globalization;
using NetralitasSearch.Indexer.Analysis;
using NetralitasSearch.Indexer.Extraction.Regions;
using NetralitasSearch.Indexer.Extraction.Violations;
using NetralitasSearch.Indexer.Query;

namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// Renders a query tree to FTS5 and SQL. Text words go through the same analyzer as the index and are quoted
/// as FTS5 strings; entity fields become EXISTS conditions on the entity tables; every value is a parameter.
/// Unknown regencies, provinces, violation kinds and malformed dates are errors for the user, not exceptions.
/// </summary>
internal sealed class QueryCompiler(IndonesianAnalyzer analyzer, Gazetteer gazetteer)
{
    public (CompiledQuery? Query, QueryError? Error) Compile(QueryNode node)
    {
        var state = new State(analyzer, gazetteer);
        try
        {
            if (node is MatchAllNode)
            {
                return (state.Result(null, false, "1"), null);
            }

            // Required text clauses become the MATCH that drives the search; the other clauses filter its rows.
            var clauses = node is BooleanNode boolean && boolean.Clauses.All(c => c.Occur != Occur.Should)
                ? boolean.Clauses
                : [new BooleanClause(Occur.Must, node)];
            var text = clauses.Where(c => IsPureText(c.Node) && c.Occur != Occur.Should).ToList();
            var rest = clauses.Except(text).ToList();
            if (text.Any(c => c.Occur == Occur.Must) && state.Fts(new BooleanNode(text)) is { } match)
            {
                return (state.Result(match, true, rest.Count == 0 ? "1" : state.Sql(new BooleanNode(rest))), null);
            }

            var where = state.Sql(node);
            var positive = state.PositiveTextLeaves(node).Select(state.Fts).OfType<string>().Distinct().ToList();
            var rank = positive.Count == 0 ? null : string.Join(" OR ", positive.Select(p => $"({p})"));
            return (state.Result(rank, false, where), null);
        }
        catch (CompileFailure failure)
        {
            return (null, new QueryError(-1, failure.Message));
        }
    }

    /// <summary>
    /// A relaxed query: any of its parts may match; documents are ranked first by how many parts they have, then by
    /// BM25, so those with every word still come first and the rest follow.
    /// </summary>
    public (CompiledQuery? Query, QueryError? Error) CompileRelaxed(IReadOnlyList<QueryNode> parts, IReadOnlyList<QueryNode> filters)
    {
        var state = new State(analyzer, gazetteer);
        try
        {
            var rendered = parts.Select(state.Fts).OfType<string>().ToList();
            if (rendered.Count == 0)
            {
                return (null, null);
            }

            var match = string.Join(" OR ", rendered.Select(r => $"({r})"));
            var coverage = string.Join(" + ", rendered.Select(r => $"(d.rowid IN (SELECT rowid FROM docs_fts WHERE docs_fts MATCH {state.ParameterFor(r)}))"));
            var where = filters.Count == 0 ? "1" : state.Sql(new BooleanNode(filters.Select(f => new BooleanClause(Occur.Must, f)).ToList()));
            return (state.Result(match, true, where) with { Coverage = coverage }, null);
        }
        catch (CompileFailure failure)
        {
            return (null, new QueryError(-1, failure.Message));
        }
    }

    private static bool IsText(QueryField field) => field is QueryField.Any or QueryField.Title or QueryField.Text;

    private static bool IsPureText(QueryNode node) => node switch
    {
        TermNode term => IsText(term.Field),
        PhraseNode phrase => IsText(phrase.Field),
        PrefixNode prefix => IsText(prefix.Field),
        BooleanNode boolean => boolean.Clauses.All(c => IsPureText(c.Node)),
        _ => false,
    };

    /// <summary>A user mistake in a field value: caught in <see cref="Compile"/> and returned as a <see cref="QueryError"/>.</summary>
    private sealed class CompileFailure(string message) : Exception(message);

    private sealed class State(IndonesianAnalyzer analyzer, Gazetteer gazetteer)
    {
        private readonly List<(string, object)> parameters = [];
        private readonly HashSet<string> highlight = new(StringComparer.Ordinal);
        private readonly List<string> prefixes = [];

        public CompiledQuery Result(string? match, bool isFilter, string where) => new(match, isFilter, where, parameters, highlight, prefixes);

        /// <summary>The FTS5 expression of a text subtree, or null when it has no positive part FTS5 can express.</summary>
        public string? Fts(QueryNode node)
        {
            switch (node)
            {
                case TermNode term:
                    return Column(term.Field, Terms(term.Text, highlightThem: true));
                case PhraseNode phrase:
                    var words = analyzer.Analyze(phrase.Text).Select(t => t.Term).ToList();
                    highlight.UnionWith(words);
                    if (words.Count == 0)
                    {
                        return null;
                    }

                    return Column(phrase.Field, phrase.Slop > 0 && words.Count > 1
                        ? $"NEAR({string.Join(' ', words.Select(Quote))}, {phrase.Slop + words.Count - 1})"
                        : Quote(string.Join(' ', words)));
                case PrefixNode prefix:
                    var lower = prefix.Prefix.ToLowerInvariant();
                    var cleaned = new string(lower.Where(char.IsLetterOrDigit).ToArray());
                    if (cleaned.Length == 0)
                    {
                        return null;
                    }

                    prefixes.Add(cleaned);
                    return Column(prefix.Field, Quote(cleaned) + " *");
                case BooleanNode boolean:
                    return Boolean(boolean);
                default:
                    return null;
            }
        }

        private string? Boolean(BooleanNode boolean)
        {
            var musts = boolean.Clauses.Where(c => c.Occur == Occur.Must).Select(c => c.Node).ToList();
            var meaningful = musts.Where(n => !IsStopTerm(n)).ToList();
            if (meaningful.Count > 0)
            {
                musts = meaningful;
            }

            var required = musts.Select(Fts).OfType<string>().ToList();
            var optional = boolean.Clauses.Where(c => c.Occur == Occur.Should).Select(c => Fts(c.Node)).OfType<string>().ToList();
            var excluded = boolean.Clauses.Where(c => c.Occur == Occur.MustNot).Select(c => FtsWithoutHighlight(c.Node)).OfType<string>().ToList();

            string? positive = null;
            if (required.Count > 0)
            {
                positive = string.Join(" AND ", required.Select(r => $"({r})"));
            }
            else if (optional.Count > 0)
            {
                positive = string.Join(" OR ", optional.Select(o => $"({o})"));
            }

            if (positive is null)
            {
                return null;
            }

            return excluded.Count == 0 ? positive : $"({positive}) NOT ({string.Join(" OR ", excluded.Select(e => $"({e})"))})";
        }

        private string? FtsWithoutHighlight(QueryNode node)
        {
            var saved = highlight.ToList();
            var savedPrefixes = prefixes.Count;
            var result = Fts(node);
            highlight.Clear();
            highlight.UnionWith(saved);
            prefixes.RemoveRange(savedPrefixes, prefixes.Count - savedPrefixes);
            return result;
        }

        private static bool IsStopTerm(QueryNode node) =>
            node is TermNode { Field: QueryField.Any or QueryField.Text or QueryField.Title } term && IndonesianAnalyzer.IsStopWord(term.Text.ToLowerInvariant());

        private string? Terms(string text, bool highlightThem)
        {
            var terms = analyzer.Analyze(text).Select(t => t.Term).ToList();
            if (terms.Count == 0)
            {
                return null;
            }

            if (highlightThem)
            {
                highlight.UnionWith(terms);
            }

            return Quote(string.Join(' ', terms));
        }

        private static string? Column(QueryField field, string? expression) => expression is null ? null : field switch
        {
            QueryField.Title => "{title} : (" + expression + ")",
            QueryField.Text => "{body} : (" + expression + ")",
            _ => expression,
        };

        private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

        /// <summary>Text leaves that can make a document match (not under a NOT), for ranking a mixed query.</summary>
        public IEnumerable<QueryNode> PositiveTextLeaves(QueryNode node) => node switch
        {
            BooleanNode boolean => boolean.Clauses.Where(c => c.Occur != Occur.MustNot).SelectMany(c => PositiveTextLeaves(c.Node)),
            TermNode or PhraseNode or PrefixNode when IsPureText(node) => [node],
            _ => [],
        };

        /// <summary>The SQL condition (over <c>d</c>, the docs table) for any subtree.</summary>
        public string Sql(QueryNode node)
        {
            if (node is not BooleanNode && IsPureText(node) || node is BooleanNode && IsPureText(node) && Fts(node) is not null)
            {
                var expression = Fts(node);
                return expression is null ? "1" : $"d.rowid IN (SELECT rowid FROM docs_fts WHERE docs_fts MATCH {Parameter(expression)})";
            }

            return node switch
            {
                BooleanNode boolean => BooleanSql(boolean),
                TermNode term => FieldSql(term.Field, term.Text, prefix: false),
                PhraseNode phrase => FieldSql(phrase.Field, phrase.Text, prefix: false),
                PrefixNode prefix => FieldSql(prefix.Field, prefix.Prefix, prefix: true),
                RangeNode range => RangeSql(range),
                MatchAllNode => "1",
                _ => "1",
            };
        }

        private string BooleanSql(BooleanNode boolean)
        {
            var musts = boolean.Clauses.Where(c => c.Occur == Occur.Must).Select(c => Sql(c.Node)).ToList();
            var shoulds = boolean.Clauses.Where(c => c.Occur == Occur.Should).Select(c => Sql(c.Node)).ToList();
            var nots = boolean.Clauses.Where(c => c.Occur == Occur.MustNot).Select(c => Sql(c.Node)).ToList();
            var parts = new List<string>();
            parts.AddRange(musts.Select(m => $"({m})"));
            if (shoulds.Count > 0)
            {
                parts.Add("(" + string.Join(" OR ", shoulds.Select(s => $"({s})")) + ")");
            }

            parts.AddRange(nots.Select(n => $"NOT ({n})"));
            return parts.Count == 0 ? "1" : string.Join(" AND ", parts);
        }

        private string FieldSql(QueryField field, string value, bool prefix)
        {
            var text = value.Trim();
            switch (field)
            {
                case QueryField.Regency:
                    if (prefix)
                    {
                        return $"EXISTS (SELECT 1 FROM doc_regency r WHERE r.doc = d.rowid AND lower(r.name) LIKE {Parameter(SqlText.Like(text) + "%")} ESCAPE '\\')";
                    }

                    var regencies = gazetteer.Resolve(text).Where(r => r.Kind is RegionKind.Regency or RegionKind.City).ToList();
                    if (regencies.Count == 0)
                    {
                        throw new CompileFailure(gazetteer.Resolve(text).Any(r => r.Kind == RegionKind.Province)
                            ? $"'{text}' is a province: use province:{text}."
                            : $"Unknown regency or city '{text}'. Use an official name (Musi Rawas, Kota Bekasi), a code (16.05) or an alias (OKU).");
                    }

                    return $"EXISTS (SELECT 1 FROM doc_regency r WHERE r.doc = d.rowid AND r.code IN ({string.Join(", ", regencies.Select(r => Parameter(r.Code)))}))";
                case QueryField.Province:
                    var provinces = gazetteer.Resolve(text).Where(r => r.Kind == RegionKind.Province).ToList();
                    if (provinces.Count == 0)
                    {
                        throw new CompileFailure($"Unknown province '{text}'. Use an official name (Sumatera Selatan), a code (16) or an alias (Sumsel).");
                    }

                    return $"EXISTS (SELECT 1 FROM doc_province p WHERE p.doc = d.rowid AND p.code IN ({string.Join(", ", provinces.Select(p => Parameter(p.Code)))}))";
                case QueryField.Person:
                    var pattern = "% " + SqlText.Like(text.ToLowerInvariant()) + (prefix ? "%" : " %");
                    return $"EXISTS (SELECT 1 FROM doc_person p WHERE p.doc = d.rowid AND (' ' || lower(p.name) || ' ') LIKE {Parameter(pattern)} ESCAPE '\\')";
                case QueryField.Position:
                    return $"EXISTS (SELECT 1 FROM doc_person p WHERE p.doc = d.rowid AND lower(p.position) LIKE {Parameter("%" + SqlText.Like(text.ToLowerInvariant()) + "%")} ESCAPE '\\')";
                case QueryField.Source:
                    return $"lower(d.source) LIKE {Parameter("%" + SqlText.Like(text.ToLowerInvariant()) + "%")} ESCAPE '\\'";
                case QueryField.Violation:
                    if (!ViolationKinds.TryParse(text, out var kind))
                    {
                        throw new CompileFailure($"Unknown violation kind '{text}'. Kinds are: {string.Join(", ", ViolationKinds.All)}.");
                    }

                    return $"EXISTS (SELECT 1 FROM doc_violation v WHERE v.doc = d.rowid AND v.kind = {Parameter(ViolationKinds.Id(kind))})";
                case QueryField.Published:
                    var (from, to) = DateBounds(text);
                    return $"(d.sort_date >= {Parameter(Iso(from))} AND d.sort_date <= {Parameter(Iso(to))})";
                case QueryField.Year:
                    return $"d.year = {Parameter(Year(text))}";
                case QueryField.Cluster:
                    return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var cluster)
                        ? $"d.cluster = {Parameter(cluster)}"
                        : throw new CompileFailure($"'{text}' is not a cluster id (the number a hit gives as its cluster).");
                case QueryField.Id:
                    return $"d.id = {Parameter(text)}";
                default:
                    return "1";
            }
        }

        private string RangeSql(RangeNode range)
        {
            var parts = new List<string>();
            if (range.Field == QueryField.Year)
            {
                if (range.Lower is not null)
                {
                    parts.Add($"d.year {(range.IncludeLower ? ">=" : ">")} {Parameter(Year(range.Lower))}");
                }

                if (range.Upper is not null)
                {
                    parts.Add($"d.year {(range.IncludeUpper ? "<=" : "<")} {Parameter(Year(range.Upper))}");
                }
            }
            else
            {
                if (range.Lower is not null)
                {
                    var (from, to) = DateBounds(range.Lower);
                    parts.Add(range.IncludeLower ? $"d.sort_date >= {Parameter(Iso(from))}" : $"d.sort_date > {Parameter(Iso(to))}");
                }

                if (range.Upper is not null)
                {
                    var (from, to) = DateBounds(range.Upper);
                    parts.Add(range.IncludeUpper ? $"d.sort_date <= {Parameter(Iso(to))}" : $"d.sort_date < {Parameter(Iso(from))}");
                }
            }

            return parts.Count == 0 ? "d.sort_date IS NOT NULL" : string.Join(" AND ", parts);
        }

        /// <summary>"2024" is the whole year, "2024-06" the month, "2024-06-24" the day.</summary>
        private static (DateOnly From, DateOnly To) DateBounds(string text)
        {
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return (day, day);
            }

            if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            {
                return (month, month.AddMonths(1).AddDays(-1));
            }

            if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100)
            {
                return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            }

            throw new CompileFailure($"'{text}' is not a date: write 2024, 2024-06 or 2024-06-24.");
        }

        private static int Year(string text) =>
            text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100
                ? year
                : throw new CompileFailure($"'{text}' is not a year: write four digits, like 2024.");

        private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        public string ParameterFor(object value) => Parameter(value);

        private string Parameter(object value)
        {
            var name = "$q" + parameters.Count.ToString(CultureInfo.InvariantCulture);
            parameters.Add((name, value));
            return name;
        }
    }
}

namespace NetralitasSearch.Indexer.Query;

/// <summary>
/// Lucene's classic query syntax into our own tree: words, "phrases" (with ~slop), AND / OR / NOT (&amp;&amp; || !),
/// + and -, ( grouping ), field:value and field:( ... ), prefix*, ranges [a TO b] {a TO b}, ^boost (accepted,
/// not used). Juxtaposed words are all required (AND); OR binds loosest. Never throws on user input: a malformed
/// query comes back as a <see cref="QueryError"/> with its position.
/// </summary>
public sealed class QueryParser(QueryLimits limits)
{
    private static readonly Dictionary<string, QueryField> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = QueryField.Title,
        ["judul"] = QueryField.Title,
        ["text"] = QueryField.Text,
        ["body"] = QueryField.Text,
        ["isi"] = QueryField.Text,
        ["regency"] = QueryField.Regency,
        ["kabupaten"] = QueryField.Regency,
        ["city"] = QueryField.Regency,
        ["kota"] = QueryField.Regency,
        ["province"] = QueryField.Province,
        ["provinsi"] = QueryField.Province,
        ["person"] = QueryField.Person,
        ["tokoh"] = QueryField.Person,
        ["position"] = QueryField.Position,
        ["jabatan"] = QueryField.Position,
        ["source"] = QueryField.Source,
        ["media"] = QueryField.Source,
        ["violation"] = QueryField.Violation,
        ["pelanggaran"] = QueryField.Violation,
        ["published"] = QueryField.Published,
        ["date"] = QueryField.Published,
        ["tanggal"] = QueryField.Published,
        ["year"] = QueryField.Year,
        ["tahun"] = QueryField.Year,
        ["cluster"] = QueryField.Cluster,
    };

    public static QueryParser Default { get; } = new(QueryLimits.Default);

    /// <summary>The field names a query may use, for help texts and error messages.</summary>
    public static string FieldList => "title, text, regency, province, person, position, source, violation, published, year, cluster";

    public QueryParseResult Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new QueryParseResult(new MatchAllNode(), null);
        }

        if (text.Length > limits.MaxLength)
        {
            return new QueryParseResult(null, new QueryError(limits.MaxLength, $"The query is {text.Length} characters long; the limit is {limits.MaxLength}."));
        }

        if (text.Trim() is "*" or "*:*")
        {
            return new QueryParseResult(new MatchAllNode(), null);
        }

        var tokens = QueryLexer.Tokenize(text, out var lexError);
        if (lexError is not null)
        {
            return new QueryParseResult(null, lexError);
        }

        var state = new State(tokens, limits);
        try
        {
            var node = state.ParseOr(QueryField.Any, depth: 0);
            if (state.Current.Kind != QueryTokenKind.End)
            {
                throw new Failure(state.Current.Position, state.Current.Kind == QueryTokenKind.CloseParen
                    ? "This closing parenthesis has no opening one."
                    : $"Unexpected '{state.Current.Text}' here.");
            }

            return new QueryParseResult(node ?? new MatchAllNode(), null);
        }
        catch (Failure failure)
        {
            return new QueryParseResult(null, new QueryError(failure.Position, failure.Message));
        }
    }

    /// <summary>Unwinds the recursive descent to <see cref="Parse"/>, which turns it into a <see cref="QueryError"/>.</summary>
    private sealed class Failure(int position, string message) : Exception(message)
    {
        public int Position { get; } = position;
    }

    private sealed class State(List<QueryToken> tokens, QueryLimits limits)
    {
        private int index;
        private int clauses;

        public QueryToken Current => tokens[index];

        public QueryNode? ParseOr(QueryField field, int depth)
        {
            var operands = new List<QueryNode>();
            var first = ParseAnd(field, depth);
            if (first is not null)
            {
                operands.Add(first);
            }

            while (Current.Kind == QueryTokenKind.Or)
            {
                var orToken = Next();
                var operand = ParseAnd(field, depth) ?? throw new Failure(orToken.Position, "OR needs something after it.");
                if (operands.Count == 0)
                {
                    throw new Failure(orToken.Position, "OR needs something before it.");
                }

                operands.Add(operand);
            }

            return operands.Count switch
            {
                0 => null,
                1 => operands[0],
                _ => new BooleanNode(operands.Select(o => new BooleanClause(Occur.Should, o)).ToList()),
            };
        }

        private QueryNode? ParseAnd(QueryField field, int depth)
        {
            var clauses = new List<BooleanClause>();
            while (true)
            {
                if (Current.Kind == QueryTokenKind.And)
                {
                    var andToken = Next();
                    if (clauses.Count == 0)
                    {
                        throw new Failure(andToken.Position, "AND needs something before it.");
                    }

                    if (Current.Kind is QueryTokenKind.End or QueryTokenKind.CloseParen or QueryTokenKind.Or or QueryTokenKind.And)
                    {
                        throw new Failure(andToken.Position, "AND needs something after it.");
                    }
                }

                if (Current.Kind is QueryTokenKind.End or QueryTokenKind.CloseParen or QueryTokenKind.Or)
                {
                    break;
                }

                var clause = ParseUnary(field, depth);
                if (clause.Node is BooleanNode { Clauses: var inner } && clause.Occur == Occur.Must && inner.All(c => c.Occur != Occur.Should))
                {
                    clauses.AddRange(inner);
                }
                else
                {
                    clauses.Add(clause);
                }
            }

            if (clauses.Count == 0)
            {
                return null;
            }

            return clauses.Count == 1 && clauses[0].Occur == Occur.Must ? clauses[0].Node : new BooleanNode(clauses);
        }

        private BooleanClause ParseUnary(QueryField field, int depth)
        {
            switch (Current.Kind)
            {
                case QueryTokenKind.Not:
                case QueryTokenKind.Minus:
                    var not = Next();
                    if (Current.Kind is QueryTokenKind.End or QueryTokenKind.CloseParen or QueryTokenKind.Or or QueryTokenKind.And)
                    {
                        throw new Failure(not.Position, $"'{not.Text}' needs a word or a group after it.");
                    }

                    return new BooleanClause(Occur.MustNot, ParseUnary(field, depth).Node);
                case QueryTokenKind.Plus:
                    var plus = Next();
                    if (Current.Kind is QueryTokenKind.End or QueryTokenKind.CloseParen)
                    {
                        throw new Failure(plus.Position, "'+' needs a word or a group after it.");
                    }

                    return new BooleanClause(Occur.Must, ParseUnary(field, depth).Node);
                default:
                    return new BooleanClause(Occur.Must, ParsePrimary(field, depth));
            }
        }

        private QueryNode ParsePrimary(QueryField field, int depth)
        {
            var token = Current;
            QueryNode node;
            switch (token.Kind)
            {
                case QueryTokenKind.OpenParen:
                    if (depth >= limits.MaxDepth)
                    {
                        throw new Failure(token.Position, $"Parentheses are nested more than {limits.MaxDepth} deep.");
                    }

                    Next();
                    node = ParseOr(field, depth + 1) ?? throw new Failure(token.Position, "These parentheses are empty.");
                    if (Current.Kind != QueryTokenKind.CloseParen)
                    {
                        throw new Failure(token.Position, "This parenthesis is never closed: add a ')'.");
                    }

                    Next();
                    break;
                case QueryTokenKind.Phrase:
                    Next();
                    var slop = 0;
                    if (Current.Kind == QueryTokenKind.Slop)
                    {
                        slop = int.TryParse(Next().Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? Math.Min(n, 50) : 0;
                    }

                    node = Count(new PhraseNode(field, token.Text, slop), token);
                    break;
                case QueryTokenKind.OpenRange:
                    node = ParseRange(field);
                    break;
                case QueryTokenKind.Word when tokens[index + 1].Kind == QueryTokenKind.Colon:
                    node = ParseField(field, depth);
                    break;
                case QueryTokenKind.Word:
                    Next();
                    node = Word(field, token);
                    break;
                case QueryTokenKind.To:
                    Next();
                    node = Count(new TermNode(field, "to"), token);
                    break;
                case QueryTokenKind.Colon:
                    throw new Failure(token.Position, $"A ':' must follow a field name ({FieldList}).");
                case QueryTokenKind.CloseRange:
                    throw new Failure(token.Position, "This bracket closes a range that was never opened.");
                case QueryTokenKind.Boost or QueryTokenKind.Slop:
                    throw new Failure(token.Position, $"'{token.Text[..Math.Min(1, token.Text.Length)]}{(token.Kind == QueryTokenKind.Boost ? "^" : "~")}' must follow a word or a phrase.");
                default:
                    throw new Failure(token.Position, $"Unexpected '{token.Text}' here.");
            }

            // A boost after a clause is accepted for compatibility with Lucene habits; ranking ignores it.
            while (Current.Kind is QueryTokenKind.Boost or QueryTokenKind.Slop)
            {
                Next();
            }

            return node;
        }

        private QueryNode ParseField(QueryField outer, int depth)
        {
            var name = Next();
            var colon = Next();
            if (!Fields.TryGetValue(name.Text, out var field))
            {
                throw new Failure(name.Position, $"Unknown field '{name.Text}'. Fields are: {FieldList}.");
            }

            if (outer != QueryField.Any && outer != field)
            {
                throw new Failure(name.Position, $"The field '{name.Text}' is inside another field's group.");
            }

            if (Current.Kind is QueryTokenKind.End or QueryTokenKind.CloseParen || Current.Kind is QueryTokenKind.Or or QueryTokenKind.And)
            {
                throw new Failure(colon.Position, $"'{name.Text}:' needs a value after it.");
            }

            return ParsePrimary(field, depth);
        }

        private QueryNode ParseRange(QueryField field)
        {
            var open = Next();
            if (field is not (QueryField.Published or QueryField.Year))
            {
                throw new Failure(open.Position, "Ranges work on dates: write published:[2024-01-01 TO 2024-06-30].");
            }

            var lower = Bound(open);
            if (Current.Kind != QueryTokenKind.To)
            {
                throw new Failure(Current.Position, "A range needs TO between its two bounds: [2024-01-01 TO 2024-06-30].");
            }

            Next();
            var upper = Bound(open);
            if (Current.Kind != QueryTokenKind.CloseRange)
            {
                throw new Failure(open.Position, "This range is never closed: add ']' or '}'.");
            }

            var close = Next();
            return Count(new RangeNode(field, lower, upper, open.Inclusive, close.Inclusive), open);
        }

        private string? Bound(QueryToken open)
        {
            var token = Current;
            if (token.Kind is not (QueryTokenKind.Word or QueryTokenKind.Phrase))
            {
                throw new Failure(token.Kind == QueryTokenKind.End ? open.Position : token.Position, "A range needs a value on each side of TO (or * for open).");
            }

            Next();
            return token.Text == "*" ? null : token.Text;
        }

        private QueryNode Word(QueryField field, QueryToken token)
        {
            var text = token.Text;
            var star = text.IndexOf('*', StringComparison.Ordinal);
            var question = text.IndexOf('?', StringComparison.Ordinal);
            if (question >= 0 || (star >= 0 && star != text.Length - 1))
            {
                throw new Failure(token.Position + Math.Max(star, question), "Wildcards work only at the end of a word, like netral*.");
            }

            if (star == text.Length - 1)
            {
                var prefix = text[..^1];
                if (prefix.Length < limits.MinPrefixLength)
                {
                    throw new Failure(token.Position, $"A prefix needs at least {limits.MinPrefixLength} letters before the *.");
                }

                return Count(new PrefixNode(field, prefix), token);
            }

            return Count(new TermNode(field, text), token);
        }

        private QueryNode Count(QueryNode node, QueryToken token)
        {
            if (++clauses > limits.MaxClauses)
            {
                throw new Failure(token.Position, $"The query has more than {limits.MaxClauses} words and phrases.");
            }

            return node;
        }

        private QueryToken Next() => tokens[index++];
    }
}

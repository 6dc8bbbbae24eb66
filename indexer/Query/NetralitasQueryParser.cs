using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NetralitasSearch.Indexer.Analysis;
using NetralitasSearch.Indexer.Index;
using AnalyzedToken = NetralitasSearch.Indexer.Analysis.Token;
using LuceneQuery = Lucene.Net.Search.Query;

namespace NetralitasSearch.Indexer.Query;

/// <summary>
/// Lucene's classic query parser, for our fields. A plain word searches <c>all</c> (title and body, the title counting
/// more); <c>title:</c> searches the title, <c>text:</c> the body (<see cref="BodyQuery"/>); entity fields, dates and years go through
/// <see cref="FieldQueries"/>. Words are all required; OR binds loosest (<c>a b OR c</c> is <c>(a AND b) OR c</c>, where
/// Lucene alone would make only a required); a run of required words that is a press synonym becomes its group
/// (<c>kepala desa</c> also finds <c>kades</c>); stop words are dropped beside other required words. Not thread-safe:
/// one per query, made by <see cref="QueryParser"/>.
/// </summary>
internal sealed class NetralitasQueryParser : Lucene.Net.QueryParsers.Classic.QueryParser
{
    /// <summary>The default field's name inside the parser; "*" cannot be typed as a field name.</summary>
    public const string DefaultField = "*";

    private readonly QueryText text;
    private readonly QueryLimits limits;
    private readonly FieldQueries fields;
    private readonly IndonesianAnalyzer analyzer;
    private readonly SynonymGroups synonyms;

    /// <summary>Queries made of one plain word, with the word: synonym runs and stop words are decided on these.</summary>
    private readonly Dictionary<LuceneQuery, BareWord> bare = new(ReferenceEqualityComparer.Instance);

    /// <summary>Queries of a phrase or several words without a field: with bare words, what a relaxed search may split.</summary>
    private readonly HashSet<LuceneQuery> free = new(ReferenceEqualityComparer.Instance);

    /// <summary>Where OR started a new group in each clause list the grammar builds.</summary>
    private readonly Dictionary<IList<BooleanClause>, List<int>> orStarts = new(ReferenceEqualityComparer.Instance);

    /// <summary>Clause lists with an explicit AND or +: the asker required every word, and such a question is never relaxed.</summary>
    private readonly HashSet<IList<BooleanClause>> explicitlyRequired = new(ReferenceEqualityComparer.Instance);

    private readonly Dictionary<LuceneQuery, List<LuceneQuery>> relaxable = new(ReferenceEqualityComparer.Instance);
    private int clauses;

    private NetralitasQueryParser(QueryText text, QueryLimits limits, FieldQueries fields, IndonesianAnalyzer analyzer, SynonymGroups synonyms)
        : base(LuceneVersion.LUCENE_48, DefaultField, analyzer)
    {
        this.text = text;
        this.limits = limits;
        this.fields = fields;
        this.analyzer = analyzer;
        this.synonyms = synonyms;
        DefaultOperator = AND_OPERATOR;
        AutoGeneratePhraseQueries = true;
    }

    public static QueryParseResult Parse(string? input, QueryLimits limits, FieldQueries fields, IndonesianAnalyzer analyzer, SynonymGroups synonyms)
    {
        if (string.IsNullOrWhiteSpace(input) || input.Trim() is "*" or "*:*")
        {
            return new QueryParseResult(new ParsedQuery(new MatchAllDocsQuery(), null), null);
        }

        if (input.Length > limits.MaxLength)
        {
            return new QueryParseResult(null, new QueryError(limits.MaxLength, $"The query is {input.Length} characters long; the limit is {limits.MaxLength}."));
        }

        var (text, error) = QueryText.Prepare(input, limits);
        if (text is null)
        {
            return new QueryParseResult(null, error);
        }

        var parser = new NetralitasQueryParser(text, limits, fields, analyzer, synonyms);
        try
        {
            var query = parser.Parse(text.Escaped);
            return new QueryParseResult(new ParsedQuery(query, parser.relaxable.GetValueOrDefault(query)), null);
        }
        catch (QueryFailure failure)
        {
            return new QueryParseResult(null, new QueryError(failure.Position, failure.Message));
        }
        catch (ParseException exception) when (exception.InnerException is BooleanQuery.TooManyClausesException)
        {
            return new QueryParseResult(null, new QueryError(-1, "The query asks for too many words at once (a prefix or a fuzzy word that matches thousands): narrow it."));
        }
        catch (ParseException exception)
        {
            return new QueryParseResult(null, QueryErrors.Translate(exception, text));
        }
    }

    /// <summary>A word or words in order on the default field, <c>all</c> (where the title counts more, see <see cref="IndexFields.TitleWeight"/>).</summary>
    public static LuceneQuery Anywhere(IReadOnlyList<string> terms, int slop = 0) => Phrase(IndexFields.All, terms, slop);

    protected override LuceneQuery? GetFieldQuery(string field, string queryText, bool quoted)
    {
        if (string.IsNullOrEmpty(queryText))
        {
            return null;
        }

        var kind = FieldOf(field);
        Count();
        return IsText(kind) ? Text(kind, queryText, quoted, slop: 0) : Entity(kind, queryText);
    }

    protected override LuceneQuery? GetFieldQuery(string field, string queryText, int slop)
    {
        // Lucene hands over no text for a phrase whose escapes it cannot undo.
        if (string.IsNullOrEmpty(queryText))
        {
            return null;
        }

        var kind = FieldOf(field);
        Count();
        return IsText(kind) ? Text(kind, queryText, quoted: true, Math.Clamp(slop, 0, limits.MaxSlop)) : Entity(kind, queryText);
    }

    protected override LuceneQuery GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive)
    {
        var kind = FieldOf(field);
        Count();
        try
        {
            return fields.Range(kind, Bound(part1), Bound(part2), startInclusive, endInclusive);
        }
        catch (QueryFailure failure)
        {
            throw failure.At(text.RangeStart(text.ToOriginal(Token.BeginColumn)));
        }
    }

    protected override LuceneQuery GetPrefixQuery(string field, string termStr)
    {
        var kind = FieldOf(field);
        Count();
        if (termStr.Length < limits.MinPrefixLength)
        {
            throw new QueryFailure($"A prefix needs at least {limits.MinPrefixLength} letters before the *.", TermPosition());
        }

        var lower = termStr.ToLowerInvariant();
        try
        {
            return kind switch
            {
                QueryField.Any => new PrefixQuery(new Term(IndexFields.All, lower)),
                QueryField.Title => new PrefixQuery(new Term(IndexFields.Title, lower)),
                QueryField.Text => BodyQuery.Prefix(lower),
                _ => fields.Prefix(kind, termStr),
            };
        }
        catch (QueryFailure failure)
        {
            throw failure.At(TermPosition());
        }
    }

    protected override LuceneQuery GetWildcardQuery(string field, string termStr)
    {
        if (field == DefaultField && termStr == "*")
        {
            return new MatchAllDocsQuery();
        }

        var wildcard = termStr.IndexOfAny(['*', '?']);
        var at = TermPosition();
        throw new QueryFailure("Wildcards work only at the end of a word, like netral*.", at < 0 ? -1 : Math.Min(text.Original.Length, at + Math.Max(0, wildcard)));
    }

    protected override LuceneQuery GetFuzzyQuery(string field, string termStr, float minSimilarity)
    {
        var kind = FieldOf(field);
        Count();
        if (!IsText(kind))
        {
            throw new QueryFailure($"Fuzzy matching (~) works on words, not on {field}:.", TermPosition());
        }

        var terms = analyzer.Analyze(termStr);
        if (terms.Count != 1)
        {
            throw new QueryFailure("Fuzzy matching (~) works on one word at a time.", TermPosition());
        }

        // "~" alone asks for Lucene's default (two edits); "~1" for one; the old "~0.8" similarities mean one edit.
        var edits = minSimilarity >= 1 ? Math.Min(2, (int)minSimilarity) : 1;
        var term = terms[0].Term;
        return kind switch
        {
            QueryField.Any => new FuzzyQuery(new Term(IndexFields.All, term), edits),
            QueryField.Title => new FuzzyQuery(new Term(IndexFields.Title, term), edits),
            _ => BodyQuery.Fuzzy(term, edits),
        };
    }

    protected override LuceneQuery GetRegexpQuery(string field, string termStr) =>
        throw new QueryFailure("Regular expressions (/…/) are not supported: search for words or \"phrases\".", TermPosition());

    /// <summary>Every clause is required or prohibited; an OR only marks where a new group of the list starts.</summary>
    protected override void AddClause(IList<BooleanClause> clauses, int conj, int mods, LuceneQuery q)
    {
        if (conj == CONJ_OR && clauses.Count > 0)
        {
            var starts = orStarts.TryGetValue(clauses, out var known) ? known : orStarts[clauses] = [];
            if (starts.Count == 0 || starts[^1] != clauses.Count)
            {
                starts.Add(clauses.Count);
            }
        }

        if (conj == CONJ_AND || mods == MOD_REQ)
        {
            explicitlyRequired.Add(clauses);
        }

        if (q is not null)
        {
            clauses.Add(NewBooleanClause(q, mods == MOD_NOT ? Occur.MUST_NOT : Occur.MUST));
        }
    }

    protected override LuceneQuery? GetBooleanQuery(IList<BooleanClause> clauses, bool disableCoord)
    {
        var starts = orStarts.GetValueOrDefault(clauses) ?? [];
        var groups = new List<LuceneQuery>();
        for (var g = 0; g <= starts.Count; g++)
        {
            var from = g == 0 ? 0 : starts[g - 1];
            var to = g < starts.Count ? starts[g] : clauses.Count;
            if (Conjunction(clauses.Skip(from).Take(to - from).ToList(), explicitlyRequired.Contains(clauses)) is { } group)
            {
                groups.Add(group);
            }
        }

        if (groups.Count <= 1)
        {
            return groups.FirstOrDefault();
        }

        var any = new BooleanQuery(disableCoord: true);
        foreach (var group in groups)
        {
            any.Add(group, Occur.SHOULD);
        }

        return any;
    }

    private static bool IsText(QueryField field) => field is QueryField.Any or QueryField.Title or QueryField.Text;

    private static string? Bound(string? part) => part is null or "*" ? null : part;

    private static LuceneQuery Phrase(string field, IReadOnlyList<string> terms, int slop)
    {
        if (terms.Count == 1)
        {
            return new TermQuery(new Term(field, terms[0]));
        }

        var phrase = new PhraseQuery { Slop = slop };
        foreach (var term in terms)
        {
            phrase.Add(new Term(field, term));
        }

        return phrase;
    }

    private LuceneQuery? Text(QueryField kind, string queryText, bool quoted, int slop)
    {
        var tokens = analyzer.Analyze(queryText);
        if (tokens.Count == 0)
        {
            return null;
        }

        if (kind == QueryField.Title)
        {
            return PhraseAt(IndexFields.Title, tokens, slop);
        }

        if (kind == QueryField.Text)
        {
            return BodyQuery.Words(tokens, slop);
        }

        if (quoted || tokens.Count > 1)
        {
            var phrase = PhraseAt(IndexFields.All, tokens, slop);
            free.Add(phrase);
            return phrase;
        }

        var word = tokens[0].Term;
        var query = synonyms.Find([word]) is { } group ? new TermQuery(new Term(IndexFields.All, group.Term)) : Anywhere([word]);
        bare[query] = new BareWord(word, queryText.ToLowerInvariant());
        return query;
    }

    /// <summary>A phrase keeping the positions analysis gave its words.</summary>
    private static LuceneQuery PhraseAt(string field, List<AnalyzedToken> tokens, int slop)
    {
        if (tokens.Count == 1)
        {
            return new TermQuery(new Term(field, tokens[0].Term));
        }

        var phrase = new PhraseQuery { Slop = slop };
        foreach (var token in tokens)
        {
            phrase.Add(new Term(field, token.Term), token.Position);
        }

        return phrase;
    }

    /// <summary>
    /// A synonym group for a run of words: the group's term (the index marks every variant with it) or those words all
    /// required, in any order. A document scores as the better of the two, not as their sum.
    /// </summary>
    private static DisjunctionMaxQuery Group(SynonymGroup group, IEnumerable<LuceneQuery> words)
    {
        var all = new BooleanQuery(disableCoord: true);
        foreach (var word in words)
        {
            all.Add(word, Occur.MUST);
        }

        return new DisjunctionMaxQuery(0f) { new TermQuery(new Term(IndexFields.All, group.Term)), all };
    }

    private LuceneQuery Entity(QueryField kind, string value)
    {
        try
        {
            return fields.Value(kind, value);
        }
        catch (QueryFailure failure)
        {
            throw failure.At(TermPosition());
        }
    }

    /// <summary>One group of required and prohibited clauses: synonym runs joined, stop words dropped, then combined.</summary>
    private LuceneQuery? Conjunction(List<BooleanClause> group, bool required)
    {
        var result = new List<BooleanClause>();
        for (var i = 0; i < group.Count; i++)
        {
            var run = 0;
            while (i + run < group.Count && run < synonyms.Longest && group[i + run].Occur == Occur.MUST && bare.ContainsKey(group[i + run].Query))
            {
                run++;
            }

            var joined = false;
            for (var length = run; length >= 2 && !joined; length--)
            {
                var words = group.Skip(i).Take(length).Select(c => bare[c.Query]).ToList();
                if (synonyms.Find(words.Select(w => w.Term)) is { } found)
                {
                    // The words as written stay a way to match, in any order: a group widens a query, never narrows it.
                    var query = Group(found, group.Skip(i).Take(length).Select(c => c.Query));
                    bare[query] = new BareWord(string.Join(' ', words.Select(w => w.Term)), string.Join(' ', words.Select(w => w.Written)));
                    result.Add(new BooleanClause(query, Occur.MUST));
                    i += length - 1;
                    joined = true;
                }
            }

            if (!joined)
            {
                result.Add(group[i]);
            }
        }

        if (result.Any(c => c.Occur == Occur.MUST && !IsStopWord(c.Query)))
        {
            result.RemoveAll(c => c.Occur == Occur.MUST && IsStopWord(c.Query));
        }

        if (result.Count == 0)
        {
            return null;
        }

        if (result.All(c => c.Occur == Occur.MUST_NOT))
        {
            result.Insert(0, new BooleanClause(new MatchAllDocsQuery(), Occur.MUST));
        }

        LuceneQuery combined;
        if (result.Count == 1)
        {
            combined = result[0].Query;
        }
        else
        {
            var all = new BooleanQuery(disableCoord: true);
            foreach (var clause in result)
            {
                all.Add(clause);
            }

            combined = all;
        }

        var plain = !required && group.Count >= 2 && group.All(c => c.Occur == Occur.MUST && (bare.ContainsKey(c.Query) || free.Contains(c.Query)));
        if (plain && result.Count >= 2)
        {
            relaxable[combined] = result.Select(c => c.Query).ToList();
        }

        return combined;
    }

    private bool IsStopWord(LuceneQuery query) => bare.TryGetValue(query, out var word) && IndonesianAnalyzer.IsStopWord(word.Written);

    private QueryField FieldOf(string field)
    {
        if (field == DefaultField)
        {
            return QueryField.Any;
        }

        return QueryParser.Fields.TryGetValue(field, out var kind)
            ? kind
            : throw new QueryFailure($"Unknown field '{field}'. Fields are: {QueryParser.FieldList}.", text.FieldPosition(field, TermPosition()));
    }

    private void Count()
    {
        if (++clauses > limits.MaxClauses)
        {
            throw new QueryFailure($"The query has more than {limits.MaxClauses} words and phrases.", TermPosition());
        }
    }

    /// <summary>
    /// Where the value being read starts: the parser's last token is the value itself, or the fuzzy slop or boost
    /// written right after it (netral~2, netral^2), from which the value's start is found by stepping back.
    /// </summary>
    private int TermPosition()
    {
        if (Token is not { } token)
        {
            return -1;
        }

        var at = text.ToOriginal(token.BeginColumn);
        if (token.Kind is RegexpToken.FUZZY_SLOP or RegexpToken.NUMBER or RegexpToken.CARAT)
        {
            while (at > 0 && char.IsWhiteSpace(text.Original[at - 1]))
            {
                at--;
            }

            while (at > 0 && !char.IsWhiteSpace(text.Original[at - 1]) && text.Original[at - 1] is not (':' or '(' or ')'))
            {
                at--;
            }
        }

        return at;
    }

    /// <param name="Term">The analyzed word (or words of a joined run).</param>
    /// <param name="Written">As written, lower-cased: stop words are listed as people write them.</param>
    private sealed record BareWord(string Term, string Written);
}

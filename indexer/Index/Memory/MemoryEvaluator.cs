using System.Globalization;
using NetralitasSearch.Indexer.Analysis;
using NetralitasSearch.Indexer.Extraction.Regions;
using NetralitasSearch.Indexer.Extraction.Violations;
using NetralitasSearch.Indexer.Query;

namespace NetralitasSearch.Indexer.Index.Memory;

/// <summary>
/// Evaluates a query tree on the in-memory postings with BM25F (k1 1.2, b 0.75; title words weigh
/// <see cref="TermVector.TitleBoost"/>): words and synonym groups from postings, phrases as their words verified
/// against FTS5's positions, prefixes over the term list, entity fields and dates as per-document tests. Trees it
/// cannot evaluate (title:/text: fields, proximity) make it return null, and the SQL path answers instead.
/// Field values have been validated by the query compiler before.
/// </summary>
internal sealed class MemoryEvaluator(MemoryIndex index, IndonesianAnalyzer analyzer, Gazetteer gazetteer, Func<string, IReadOnlySet<long>> phraseRowIds, Func<string, long?> rowIdOf) : IDisposable
{
    private readonly Bm25 bm25 = new(index);
    private readonly ScoredDocsPool pool = new();

    public HashSet<string> Highlight { get; } = new(StringComparer.Ordinal);

    public List<string> HighlightPrefixes { get; } = [];

    /// <summary>Gives back the arrays of every set this evaluator made: call once the search is done with them.</summary>
    public void Dispose() => pool.Dispose();

    /// <summary>The matching documents, or null when the tree needs the SQL path.</summary>
    public ScoredDocs? Evaluate(QueryNode node)
    {
        try
        {
            return Scored(node, positive: true) ?? AllLive();
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>One result set per part of a relaxed query, unioned: coverage counts the parts each document has.</summary>
    public ScoredDocs? EvaluateAny(IReadOnlyList<QueryNode> parts, IReadOnlyList<QueryNode> filters)
    {
        try
        {
            // Each part counts once toward coverage, however many of its synonyms a document has.
            var sets = parts.Select(p => Scored(p, positive: true)).OfType<ScoredDocs>().ToList();
            foreach (var set in sets)
            {
                Array.Fill(set.Coverage, (byte)1, 0, set.Count);
            }

            var union = ScoredDocs.Union(sets);
            var tests = filters.Select(Filter).ToList();
            return tests.Count == 0 ? union : union.Where(ordinal => tests.All(test => test(ordinal)));
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>The scored set of a node; null for a node that matches everything (a stop word, an empty word).</summary>
    private ScoredDocs? Scored(QueryNode node, bool positive)
    {
        switch (node)
        {
            case TermNode { Field: QueryField.Any } term:
                var terms = analyzer.Analyze(term.Text).Select(t => t.Term).ToList();
                return terms.Count switch
                {
                    0 => null,
                    1 => Term(terms[0], positive),
                    _ => Phrase(terms, positive),
                };
            case PhraseNode { Field: QueryField.Any, Slop: 0 } phrase:
                var words = analyzer.Analyze(phrase.Text).Select(t => t.Term).ToList();
                return words.Count == 0 ? null : words.Count == 1 ? Term(words[0], positive) : Phrase(words, positive);
            case PrefixNode { Field: QueryField.Any } prefix:
                return Prefix(prefix.Prefix.ToLowerInvariant(), positive);
            case BooleanNode boolean:
                return Boolean(boolean, positive);
            case MatchAllNode:
                return AllLive();
            case TermNode or PhraseNode or PrefixNode or RangeNode when IsEntityField(node):
                var test = Filter(node);
                return AllLive().Where(test);
            default:
                throw new NotSupportedException();
        }
    }

    private ScoredDocs? Boolean(BooleanNode boolean, bool positive)
    {
        var musts = boolean.Clauses.Where(c => c.Occur == Occur.Must).Select(c => c.Node).ToList();
        var meaningful = musts.Where(n => !(n is TermNode { Field: QueryField.Any } t && IndonesianAnalyzer.IsStopWord(t.Text.ToLowerInvariant()))).ToList();
        if (meaningful.Count > 0)
        {
            musts = meaningful;
        }

        var tests = musts.Where(IsEntityField).Select(Filter).ToList();
        var required = musts.Where(n => !IsEntityField(n)).Select(n => Required(n, positive)).OfType<Clause>().ToList();
        var optional = boolean.Clauses.Where(c => c.Occur == Occur.Should).Select(c => Scored(c.Node, positive)).OfType<ScoredDocs>().ToList();
        var excluded = boolean.Clauses.Where(c => c.Occur == Occur.MustNot).Select(c => Scored(c.Node, positive: false) ?? ScoredDocs.Empty).ToList();

        ScoredDocs? result;
        if (required.Count > 0)
        {
            result = Intersect(required);
        }
        else if (optional.Count > 0)
        {
            result = ScoredDocs.Union(optional, best: boolean.IsSynonymGroup);
        }
        else if (tests.Count > 0 || excluded.Count > 0)
        {
            result = AllLive();
        }
        else
        {
            return null;
        }

        if (excluded.Count > 0)
        {
            result = ScoredDocs.Except(result, ScoredDocs.Union(excluded));
        }

        return tests.Count == 0 ? result : result.Where(ordinal => tests.All(test => test(ordinal)));
    }

    /// <summary>A required clause: a plain word stays a posting list (scored where the conjunction matches).</summary>
    private Clause? Required(QueryNode node, bool positive)
    {
        if (node is TermNode { Field: QueryField.Any } term)
        {
            var terms = analyzer.Analyze(term.Text).Select(t => t.Term).ToList();
            return terms.Count switch
            {
                0 => null,
                1 => Word(terms[0], positive),
                _ => Clause.Of(Phrase(terms, positive)),
            };
        }

        return Scored(node, positive) is { } set ? Clause.Of(set) : null;
    }

    /// <summary>
    /// The documents all clauses match. Posting lists count dead documents too, so with any document replaced or
    /// deleted the words are first evaluated into sets, keeping the order in which scores add up.
    /// </summary>
    private ScoredDocs Intersect(List<Clause> clauses)
    {
        if (clauses.Count == 1 || index.LiveCount != index.RowIds.Count)
        {
            return ScoredDocs.Intersect(clauses.Select(Evaluated).ToList());
        }

        return Conjunction.Intersect(clauses, index, bm25, pool);
    }

    private ScoredDocs Evaluated(Clause clause) => clause.Set ?? Term(clause.Postings!, clause.Idf);

    private Clause Word(string term, bool positive)
    {
        if (positive)
        {
            Highlight.Add(term);
        }

        return index.TermIds.TryGetValue(term, out var id) && index.Postings(id) is { } postings
            ? new Clause(postings, bm25.Idf(postings.Count), null)
            : Clause.Of(ScoredDocs.Empty);
    }

    private ScoredDocs Term(string term, bool positive) => Evaluated(Word(term, positive));

    private ScoredDocs Term(PostingList postings, float idf)
    {
        var documents = postings.Documents;
        var frequencies = postings.Frequencies;
        var result = new ScoredDocs(documents.Length, pool);
        var alive = index.Alive;
        for (var i = 0; i < documents.Length; i++)
        {
            var ordinal = documents[i];
            if (alive[ordinal])
            {
                result.Add(ordinal, bm25.Score(idf, frequencies[i], ordinal));
            }
        }

        return result;
    }

    private ScoredDocs Phrase(List<string> words, bool positive)
    {
        var candidates = Intersect(words.Select(w => Word(w, positive)).ToList());
        if (candidates.Count == 0)
        {
            return candidates;
        }

        // Positions live in FTS5: the phrase's rows there are the ones whose words stand in this order.
        var rows = phraseRowIds("\"" + string.Join(' ', words).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
        var rowIds = index.RowIds;
        var phrase = candidates.Where(ordinal => rows.Contains(rowIds[ordinal]));
        for (var i = 0; i < phrase.Count; i++)
        {
            phrase.Coverage[i] = 1;
        }

        return phrase;
    }

    private ScoredDocs Prefix(string prefix, bool positive)
    {
        if (positive)
        {
            HighlightPrefixes.Add(prefix);
        }

        var sets = index.Terms.Where(t => t.StartsWith(prefix, StringComparison.Ordinal)).Take(256).Select(t => Term(t, positive: false)).ToList();
        var union = ScoredDocs.Union(sets);
        for (var i = 0; i < union.Count; i++)
        {
            union.Coverage[i] = 1;
        }

        return union;
    }

    private ScoredDocs AllLive()
    {
        var result = new ScoredDocs(index.LiveCount, pool);
        for (var ordinal = 0; ordinal < index.Alive.Count; ordinal++)
        {
            if (index.Alive[ordinal])
            {
                result.Add(ordinal, 0, 0);
            }
        }

        return result;
    }

    private static bool IsEntityField(QueryNode node) => node switch
    {
        TermNode t => t.Field is not (QueryField.Any or QueryField.Title or QueryField.Text),
        PhraseNode p => p.Field is not (QueryField.Any or QueryField.Title or QueryField.Text),
        PrefixNode p => p.Field is not (QueryField.Any or QueryField.Title or QueryField.Text),
        RangeNode => true,
        _ => false,
    };

    /// <summary>A per-document test for an entity field or a date (values already validated).</summary>
    private Func<int, bool> Filter(QueryNode node)
    {
        switch (node)
        {
            case RangeNode range:
                var (low, high) = RangeDays(range);
                return ordinal => index.SortDays[ordinal] >= low && index.SortDays[ordinal] <= high && index.SortDays[ordinal] >= 0;
            case PrefixNode:
                throw new NotSupportedException();
        }

        var (field, value) = node switch
        {
            TermNode t => (t.Field, t.Text.Trim()),
            PhraseNode p => (p.Field, p.Text.Trim()),
            _ => throw new NotSupportedException(),
        };

        switch (field)
        {
            case QueryField.Regency:
                var regencies = Ids(gazetteer.Resolve(value).Where(r => r.Kind is RegionKind.Regency or RegionKind.City).Select(r => r.Code));
                return ordinal => index.Regencies[ordinal].Any(regencies.Contains);
            case QueryField.Province:
                var provinces = Ids(gazetteer.Resolve(value).Where(r => r.Kind == RegionKind.Province).Select(r => r.Code));
                return ordinal => index.Provinces[ordinal].Any(provinces.Contains);
            case QueryField.Person:
                var pattern = " " + value.ToLowerInvariant() + " ";
                var persons = index.PersonNames.All().Where(p => (" " + p.Value.ToLowerInvariant() + " ").Contains(pattern, StringComparison.Ordinal)).Select(p => p.Id).ToHashSet();
                return ordinal => index.Persons[ordinal].Any(persons.Contains);
            case QueryField.Position:
                var lower = value.ToLowerInvariant();
                var positions = index.PositionNames.All().Where(p => p.Value.ToLowerInvariant().Contains(lower, StringComparison.Ordinal)).Select(p => p.Id).ToHashSet();
                return ordinal => index.Positions[ordinal].Any(positions.Contains);
            case QueryField.Source:
                var source = value.ToLowerInvariant();
                var sources = index.SourceNames.All().Where(s => s.Value.ToLowerInvariant().Contains(source, StringComparison.Ordinal)).Select(s => s.Id).ToHashSet();
                return ordinal => sources.Contains(index.Sources[ordinal]);
            case QueryField.Violation:
                ViolationKinds.TryParse(value, out var kind);
                var bit = index.ViolationNames.Find(ViolationKinds.Id(kind)) is { } id ? 1 << Math.Min(30, id) : 0;
                return ordinal => (index.ViolationBits[ordinal] & bit) != 0;
            case QueryField.Cluster:
                var key = long.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
                return ordinal => index.Clusters[ordinal] == key;
            case QueryField.Id:
                // Ids live in SQLite only; one lookup turns the id into the ordinal the postings use.
                var target = rowIdOf(value) is { } rowid ? index.Ordinal(rowid) : null;
                return ordinal => ordinal == target;
            case QueryField.Published or QueryField.Year:
                var (from, to) = Bounds(value);
                return ordinal => index.SortDays[ordinal] >= from && index.SortDays[ordinal] <= to;
            default:
                throw new NotSupportedException();
        }
    }

    private HashSet<int> Ids(IEnumerable<string> codes) => codes.Select(index.RegionCodes.Find).OfType<int>().ToHashSet();

    private static (int Low, int High) RangeDays(RangeNode range)
    {
        var low = range.Lower is null ? 0 : range.IncludeLower ? Bounds(range.Lower).From : Bounds(range.Lower).To + 1;
        var high = range.Upper is null ? int.MaxValue : range.IncludeUpper ? Bounds(range.Upper).To : Bounds(range.Upper).From - 1;
        return (low, high);
    }

    /// <summary>"2024" is the year, "2024-06" the month, "2024-06-24" the day, as day numbers.</summary>
    private static (int From, int To) Bounds(string text)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return (day.DayNumber, day.DayNumber);
        }

        if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return (month.DayNumber, month.AddMonths(1).AddDays(-1).DayNumber);
        }

        var year = int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        return (new DateOnly(year, 1, 1).DayNumber, new DateOnly(year, 12, 31).DayNumber);
    }
}

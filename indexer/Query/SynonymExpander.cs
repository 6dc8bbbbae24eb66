using NetralitasSearch.Indexer.Analysis;

namespace NetralitasSearch.Indexer.Query;

/// <summary>
/// Widens the free words of a query with the terms the press uses for the same thing (Analysis/Data/synonyms.txt):
/// "kepala desa" also finds "kades" and "perbekel", "like" also "tanda suka". Matching is on analyzed terms, longest
/// first, over runs of required words. Quoted phrases are taken as written (the user asked for those words), and
/// fields other than text and prohibited words are left alone.
/// </summary>
public sealed class SynonymExpander
{
    private static readonly Lazy<SynonymExpander> Shared = new(() => new SynonymExpander(IndonesianAnalyzer.Default, EmbeddedData.ReadLines("Analysis/Data/synonyms.txt")));

    private readonly IndonesianAnalyzer analyzer;
    private readonly Dictionary<string, List<string>> groups = new(StringComparer.Ordinal);
    private readonly int longest;

    public SynonymExpander(IndonesianAnalyzer analyzer, IEnumerable<string> lines)
    {
        this.analyzer = analyzer;
        foreach (var line in lines)
        {
            var variants = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
            foreach (var variant in variants)
            {
                var key = Key(variant);
                if (key.Length > 0)
                {
                    groups.TryAdd(key, variants);
                    longest = Math.Max(longest, key.Split(' ').Length);
                }
            }
        }
    }

    public static SynonymExpander Default => Shared.Value;

    public QueryNode Expand(QueryNode node) => node switch
    {
        TermNode { Field: QueryField.Any } term when groups.TryGetValue(Key(term.Text), out var variants) => Group(QueryField.Any, variants),
        BooleanNode boolean => ExpandBoolean(boolean),
        _ => node,
    };

    private QueryNode ExpandBoolean(BooleanNode boolean)
    {
        var clauses = new List<BooleanClause>();
        var i = 0;
        while (i < boolean.Clauses.Count)
        {
            var clause = boolean.Clauses[i];
            if (clause.Occur == Occur.Must && IsFreeWord(clause.Node))
            {
                // The longest run of required free words (up to the longest variant) that is a variant.
                var matched = 0;
                List<string>? variants = null;
                for (var length = Math.Min(longest, boolean.Clauses.Count - i); length >= 1 && variants is null; length--)
                {
                    var run = boolean.Clauses.Skip(i).Take(length).ToList();
                    if (run.All(c => c.Occur == Occur.Must && IsFreeWord(c.Node)) && groups.TryGetValue(Key(string.Join(' ', run.Select(c => ((TermNode)c.Node).Text))), out var found))
                    {
                        variants = found;
                        matched = length;
                    }
                }

                if (variants is not null)
                {
                    clauses.Add(new BooleanClause(Occur.Must, Group(QueryField.Any, variants)));
                    i += matched;
                    continue;
                }
            }

            clauses.Add(clause.Occur == Occur.MustNot ? clause : clause with { Node = Expand(clause.Node) });
            i++;
        }

        return new BooleanNode(clauses, boolean.IsSynonymGroup);
    }

    private static bool IsFreeWord(QueryNode node) => node is TermNode { Field: QueryField.Any };

    private static BooleanNode Group(QueryField field, List<string> variants) =>
        new(variants.Select(v => new BooleanClause(Occur.Should, v.Contains(' ', StringComparison.Ordinal) ? new PhraseNode(field, v) : new TermNode(field, v))).ToList(), IsSynonymGroup: true);

    private string Key(string text) => string.Join(' ', analyzer.Analyze(text).Select(t => t.Term));
}

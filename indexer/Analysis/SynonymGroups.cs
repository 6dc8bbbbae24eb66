namespace NetralitasSearch.Indexer.Analysis;

/// <summary>
/// The terms the press uses for the same thing (Analysis/Data/synonyms.txt): "kepala desa" also finds "kades" and
/// "perbekel", "like" also "tanda suka". Each variant is kept as its analyzed terms. At index time
/// <see cref="SynonymGroupFilter"/> adds one term for the group wherever any variant stands, so at query time a group is
/// one term to look up, however many variants and words it has; the query parser finds groups by a run of words'
/// analyzed form, longest first.
/// </summary>
public sealed class SynonymGroups
{
    /// <summary>Starts a group's term: the tokenizer never makes it, so no word can be taken for a group.</summary>
    public const char Marker = '\u001F';

    private static readonly Lazy<SynonymGroups> Shared = new(() => new SynonymGroups(IndonesianAnalyzer.Default, EmbeddedData.ReadLines("Analysis/Data/synonyms.txt")));

    private readonly Dictionary<string, SynonymGroup> byVariant = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(IReadOnlyList<string> Terms, SynonymGroup Group)>> byFirstTerm = new(StringComparer.Ordinal);

    public SynonymGroups(IndonesianAnalyzer analyzer, IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(lines);
        foreach (var line in lines)
        {
            var variants = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(variant => (IReadOnlyList<string>)analyzer.Analyze(variant).Select(t => t.Term).ToList())
                .Where(terms => terms.Count > 0)
                .ToList();
            if (variants.Count == 0)
            {
                continue;
            }

            var group = new SynonymGroup(Marker + string.Join(' ', variants[0]), variants);
            foreach (var variant in variants)
            {
                if (byVariant.TryAdd(string.Join(' ', variant), group))
                {
                    (byFirstTerm.TryGetValue(variant[0], out var list) ? list : byFirstTerm[variant[0]] = []).Add((variant, group));
                    Longest = Math.Max(Longest, variant.Count);
                }
            }
        }

        // The filter marks the longest variant of each group that starts at a word.
        foreach (var list in byFirstTerm.Values)
        {
            list.Sort((a, b) => b.Terms.Count.CompareTo(a.Terms.Count));
        }
    }

    public static SynonymGroups Default => Shared.Value;

    /// <summary>The most words a variant has.</summary>
    public int Longest { get; }

    /// <summary>The group that <paramref name="terms"/> (analyzed) is a variant of.</summary>
    public SynonymGroup? Find(IEnumerable<string> terms) => byVariant.GetValueOrDefault(string.Join(' ', terms));

    /// <summary>The variants whose first term is <paramref name="term"/>, longest first.</summary>
    public IReadOnlyList<(IReadOnlyList<string> Terms, SynonymGroup Group)> StartingWith(string term) =>
        byFirstTerm.TryGetValue(term, out var list) ? list : None;

    /// <summary>As <see cref="StartingWith(string)"/>, for a term still in a token's buffer (no string made per word).</summary>
    public IReadOnlyList<(IReadOnlyList<string> Terms, SynonymGroup Group)> StartingWith(ReadOnlySpan<char> term) =>
        byFirstTerm.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(term, out var list) ? list : None;

    /// <summary>No variants: one shared empty list (an empty collection expression here made a list per word).</summary>
    private static readonly (IReadOnlyList<string> Terms, SynonymGroup Group)[] None = [];
}

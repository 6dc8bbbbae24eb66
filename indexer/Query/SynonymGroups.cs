using NetralitasSearch.Indexer.Analysis;

namespace NetralitasSearch.Indexer.Query;

/// <summary>
/// The terms the press uses for the same thing (Analysis/Data/synonyms.txt): "kepala desa" also finds "kades" and
/// "perbekel", "like" also "tanda suka". Each variant is kept as its analyzed terms, and a run of words is looked up by
/// its analyzed form, longest first. Applied at query time by <see cref="NetralitasQueryParser"/> to runs of required
/// free words. Not a Lucene SynonymFilter: the classic parser of Lucene 4.8 splits the query on whitespace before it
/// analyzes it, so a filter would never see "kepala desa" whole, and a multi-word variant it emits ("kades" → "kepala
/// desa") would become "(kades OR kepala) AND desa".
/// </summary>
public sealed class SynonymGroups
{
    private static readonly Lazy<SynonymGroups> Shared = new(() => new SynonymGroups(IndonesianAnalyzer.Default, EmbeddedData.ReadLines("Analysis/Data/synonyms.txt")));

    private readonly Dictionary<string, IReadOnlyList<IReadOnlyList<string>>> groups = new(StringComparer.Ordinal);

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
            foreach (var variant in variants)
            {
                groups.TryAdd(string.Join(' ', variant), variants);
                Longest = Math.Max(Longest, variant.Count);
            }
        }
    }

    public static SynonymGroups Default => Shared.Value;

    /// <summary>The most words a variant has.</summary>
    public int Longest { get; }

    /// <summary>The variants (each as analyzed terms) of the group that <paramref name="terms"/> is a variant of.</summary>
    public IReadOnlyList<IReadOnlyList<string>>? Find(IEnumerable<string> terms) => groups.GetValueOrDefault(string.Join(' ', terms));
}

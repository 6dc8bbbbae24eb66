using System.Collections.Frozen;

namespace NetralitasSearch.Indexer.Analysis;

/// <summary>The query-time stop words (Data/stopwords.txt says where they come from).</summary>
public static class StopWords
{
    private static readonly Lazy<FrozenSet<string>> Words = new(() => EmbeddedData.ReadLines("Analysis/Data/stopwords.txt").ToFrozenSet(StringComparer.Ordinal));

    public static bool Contains(string term) => Words.Value.Contains(term);
}

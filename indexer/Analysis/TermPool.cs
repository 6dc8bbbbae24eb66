using System.Collections.Concurrent;

namespace NetralitasSearch.Indexer.Analysis;

/// <summary>
/// One string per distinct term: a body's tokens live until its batch is written, and a string allocated for each of
/// them (most are the same few thousand words) outlived the youngest generation and cost the collector the most of
/// the index's garbage. Bounded like the stemmer's cache; past the bound a term is a new string again. Thread-safe.
/// </summary>
internal sealed class TermPool
{
    /// <summary>Distinct terms kept: a corpus' vocabulary of stems, numbers and codes.</summary>
    private const int MaxTerms = 500_000;

    private readonly ConcurrentDictionary<string, string> terms = new(Environment.ProcessorCount * 4, 1 << 16, StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    /// <summary>How many terms the pool holds (ConcurrentDictionary.Count takes every lock).</summary>
    private int count;

    public TermPool() => lookup = terms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The pooled string equal to <paramref name="term"/>.</summary>
    public string Get(ReadOnlySpan<char> term)
    {
        if (lookup.TryGetValue(term, out var pooled))
        {
            return pooled;
        }

        var text = term.ToString();
        if (Volatile.Read(ref count) < MaxTerms && terms.TryAdd(text, text))
        {
            Interlocked.Increment(ref count);
        }

        return text;
    }
}

namespace NetralitasSearch.Indexer.Index.Memory;

/// <summary>
/// The rows of phrases FTS5 has already checked. Synonym groups put the same few phrases ("kepala desa", "aparatur
/// sipil negara") into many searches, and asking FTS5 for every row holding one costs more than the rest of the
/// search at 200,000 documents. An entry grows with new rows only (FTS5 is asked about rows above the ones it was
/// asked about), and every entry is dropped when a document is removed, since SQLite may hand its row id out again.
/// </summary>
internal sealed class PhraseCache
{
    /// <summary>Phrases kept; past this a phrase is asked of FTS5 each time, as if there were no cache.</summary>
    private const int MaxPhrases = 4096;

    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>
    /// The rows up to <paramref name="upTo"/> holding the phrase; <paramref name="query"/> gives the rows holding it
    /// in a range of row ids (exclusive, inclusive).
    /// </summary>
    public IReadOnlySet<long> Rows(string phrase, long upTo, Func<long, long, IEnumerable<long>> query)
    {
        Entry? entry;
        lock (gate)
        {
            if (!entries.TryGetValue(phrase, out entry))
            {
                if (entries.Count >= MaxPhrases)
                {
                    return query(0, upTo).ToHashSet();
                }

                entries[phrase] = entry = new Entry();
            }
        }

        lock (entry)
        {
            if (entry.CheckedUpTo < upTo)
            {
                // Copied rather than changed in place: searches may still be reading the set they were given.
                var rows = new HashSet<long>(entry.Rows);
                rows.UnionWith(query(entry.CheckedUpTo, upTo));
                (entry.Rows, entry.CheckedUpTo) = (rows, upTo);
            }

            return entry.Rows;
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            entries.Clear();
        }
    }

    private sealed class Entry
    {
        public HashSet<long> Rows { get; set; } = [];

        public long CheckedUpTo { get; set; }
    }
}

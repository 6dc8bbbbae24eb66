namespace NetralitasSearch.Indexer.Extraction.Regions;

/// <summary>Region names as sequences of lower-case words, for longest-match lookup over running text.</summary>
internal sealed class NameTrie
{
    private readonly Node root = new();

    public int MaxWords { get; private set; }

    /// <summary>The words that open a name ("musi" of "Musi Rawas"), for the name tagger's features.</summary>
    public IEnumerable<string> FirstWords => root.Children.Keys;

    public void Add(IReadOnlyList<string> words, NameEntry entry)
    {
        var node = root;
        foreach (var word in words)
        {
            node = node.Children.TryGetValue(word, out var next) ? next : node.Children[word] = new Node();
        }

        if (!node.Entries.Any(e => e.Region.Code == entry.Region.Code))
        {
            node.Entries.Add(entry);
        }

        MaxWords = Math.Max(MaxWords, words.Count);
    }

    /// <summary>The entries reached by following <paramref name="words"/> exactly, or an empty list.</summary>
    public IReadOnlyList<NameEntry> Find(IEnumerable<string> words)
    {
        var node = root;
        foreach (var word in words)
        {
            if (!node.Children.TryGetValue(word, out node))
            {
                return [];
            }
        }

        return node.Entries;
    }

    /// <summary>Whether some name begins with <paramref name="word"/> (lower case).</summary>
    public bool Begins(string word) => root.Children.ContainsKey(word);

    /// <summary>Walks forward from a start word and reports every length at which a name ends.</summary>
    public IEnumerable<(int Length, IReadOnlyList<NameEntry> Entries)> Prefixes(Func<int, string?> wordAt)
    {
        var node = root;
        for (var length = 1; length <= MaxWords; length++)
        {
            var word = wordAt(length - 1);
            if (word is null || !node.Children.TryGetValue(word, out node))
            {
                yield break;
            }

            if (node.Entries.Count > 0)
            {
                yield return (length, node.Entries);
            }
        }
    }

    private sealed class Node
    {
        public Dictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);

        public List<NameEntry> Entries { get; } = [];
    }
}

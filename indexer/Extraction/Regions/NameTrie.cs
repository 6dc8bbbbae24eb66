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

    /// <summary>The entries of the one-word name <paramref name="word"/> (lower case), or an empty list.</summary>
    public IReadOnlyList<NameEntry> Find(string word) => root.Children.TryGetValue(word, out var node) ? node.Entries : Array.Empty<NameEntry>();

    /// <summary>Whether some name begins with <paramref name="word"/> (lower case).</summary>
    public bool Begins(string word) => root.Children.ContainsKey(word);

    /// <summary>
    /// Walks forward from a start word and reports every length at which a name ends. <paramref name="wordAt"/> gives the
    /// lower-case word at an offset from the start, or null where a name cannot go on; it is handed
    /// <paramref name="state"/>, so that a static lambda over a tuple of what it reads allocates nothing (a capturing
    /// lambda made a closure and a delegate on every call, and an iterator a third object: a tenth of what extraction
    /// allocated).
    /// </summary>
    public PrefixWalk<TState> Prefixes<TState>(TState state, Func<TState, int, string?> wordAt) => new(root, MaxWords, state, wordAt);

    /// <summary>The walk of <see cref="Prefixes"/>, enumerated by <c>foreach</c> with no allocation.</summary>
    public struct PrefixWalk<TState>
    {
        private readonly int maxWords;
        private readonly TState state;
        private readonly Func<TState, int, string?> wordAt;
        private Node? node;
        private int length;

        internal PrefixWalk(Node root, int maxWords, TState state, Func<TState, int, string?> wordAt)
        {
            node = root;
            this.maxWords = maxWords;
            this.state = state;
            this.wordAt = wordAt;
        }

        public (int Length, IReadOnlyList<NameEntry> Entries) Current { get; private set; }

        public readonly PrefixWalk<TState> GetEnumerator() => this;

        /// <summary>Whether a name ends anywhere along the walk.</summary>
        public bool Any() => MoveNext();

        /// <summary>The longest name along the walk, or length 0 and no entries.</summary>
        public (int Length, IReadOnlyList<NameEntry>? Entries) Longest()
        {
            (int, IReadOnlyList<NameEntry>?) longest = (0, null);
            while (MoveNext())
            {
                longest = Current;
            }

            return longest;
        }

        public bool MoveNext()
        {
            while (node is not null && length < maxWords)
            {
                var word = wordAt(state, length);
                length++;
                node = word is not null && node.Children.TryGetValue(word, out var next) ? next : null;
                if (node is { Entries.Count: > 0 })
                {
                    Current = (length, node.Entries);
                    return true;
                }
            }

            return false;
        }
    }

    internal sealed class Node
    {
        public Dictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);

        public List<NameEntry> Entries { get; } = [];
    }
}

using System.Collections.Frozen;
using NetralitasSearch.Indexer.Extraction.Persons;
using NetralitasSearch.Indexer.Extraction.Regions;
using NetralitasSearch.Indexer.Text;

namespace NetralitasSearch.Indexer.Extraction.Names;

/// <summary>
/// The features of the name tagger: for each word, 64-bit hashes of its lower-case form, its neighbours, affixes,
/// shape, the punctuation around it, the word lists of the person and region extractors (honorifics, ranks,
/// positions, offices, places, reporting verbs) and how often news text writes it with a capital. In
/// <em>cased</em> text (any capital in it) a lower-case word is outside every name except for name particles
/// ("bin", "van", "br"), so only capitalised words are scored; in lower-case text (NERP) every word is, without
/// the shape features.
/// </summary>
internal sealed class NameFeatures
{
    /// <summary>Changes whenever the features change: a model trained with other features is refused.</summary>
    public const int Version = 9;

    private const ulong Boundary = 0x51A7E5B0B0B0B0B1;

    /// <summary>The most features <see cref="Extract"/> gives one word.</summary>
    public const int FeaturesPerWord = 48;

    private readonly FrozenDictionary<string, Entry> entries;

    public NameFeatures(PersonLexicon lexicon, Gazetteer gazetteer, CapitalisationLexicon capitals, WordClusters clusters, NameProfiles profiles)
    {
        var flags = new Dictionary<string, ushort>(StringComparer.Ordinal);
        void Mark(IEnumerable<string> words, Flag flag)
        {
            foreach (var word in words)
            {
                flags[word] = (ushort)(flags.GetValueOrDefault(word) | (ushort)flag);
            }
        }

        Mark(PersonLexicon.Honorifics, Flag.Honorific);
        Mark(PersonLexicon.Addresses, Flag.Address);
        Mark(lexicon.PositionHeads.Select(head => head.Words[0]), Flag.PositionHead);
        Mark(lexicon.OrganisationWords, Flag.Organisation);
        Mark(lexicon.StopWords, Flag.StopWord);
        Mark(PersonLexicon.DegreeParts.Where(part => part.Length > 1), Flag.Degree);
        Mark(PersonLexicon.AttributionVerbs, Flag.Attribution);
        Mark(PersonLexicon.ReportingVerbs, Flag.Reporting);
        Mark(lexicon.Ranks.Concat(lexicon.Corps), Flag.Rank);
        Mark(lexicon.NobleTitleWords, Flag.Title);
        Mark(NameParticles, Flag.Particle);
        Mark(gazetteer.Names.FirstWords, Flag.Region);
        Mark(gazetteer.Districts.FirstWords, Flag.District);

        // One table for everything known about a word, so a word costs one lookup.
        var table = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var word in flags.Keys.Concat(capitals.Words).Concat(clusters.Words).Concat(profiles.Words).Distinct(StringComparer.Ordinal))
        {
            var (coarse, fine) = clusters.Of(word);
            var (person, organisation, place) = profiles.Of(word);
            table[word] = new Entry(flags.GetValueOrDefault(word), capitals.ClassOf(word), coarse, fine, (ushort)(person | (organisation << 4) | (place << 8)));
        }

        entries = table.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The file <c>train-ner</c> writes beside the model: the <see cref="LexiconFingerprint"/> it was trained with.</summary>
    public const string LexiconsFile = "Names/Data/name-model-lexicons.txt";

    /// <summary>
    /// A SHA-256 of every word the person and place lexicons mark, with its marks: what the features read besides the
    /// data <c>train-ner</c> rebuilds. When a lexicon changes, a model trained before no longer comes out of
    /// <c>train-ner</c> (seen 2026-12-07: the model checked in had gone stale unnoticed). Computed on demand (train-ner,
    /// a test), not when a tagger is made.
    /// </summary>
    public string LexiconFingerprint()
    {
        var lines = new System.Text.StringBuilder();
        foreach (var (word, entry) in entries.Where(pair => pair.Value.Flags != 0).OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            lines.Append(word).Append('\t').Append(entry.Flags.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }

        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(lines.ToString())));
    }

    [Flags]
    private enum Flag : ushort
    {
        Honorific = 1,
        Address = 2,
        PositionHead = 4,
        Organisation = 8,
        StopWord = 16,
        Degree = 32,
        Attribution = 64,
        Reporting = 128,
        Rank = 256,
        Title = 512,
        Particle = 1024,
        Region = 2048,
        District = 4096,
    }

    /// <summary>Lower-case words inside names ("Abdullah bin Umar", "Rosmawati br Ginting", "Van der Sar").</summary>
    public static FrozenSet<string> NameParticles { get; } = FrozenSet.Create(
        StringComparer.Ordinal, "bin", "binti", "van", "von", "der", "den", "de", "da", "al", "el", "br", "boru", "dos", "la", "le", "di");

    /// <summary>Whether text has any capital letter: only then do capitals carry information.</summary>
    public static bool IsCased(string text)
    {
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Which words the tagger scores; the others are outside every name. In cased text: capitalised words, except an
    /// ordinary word that opens a sentence (one news text writes in lower case mid-sentence at least 95 % of the time
    /// and at least ten times: "Namun", "Dalam"), and name particles between capitalised words.
    /// </summary>
    public bool[] FreeWords(IReadOnlyList<Word> words, bool cased)
    {
        var free = new bool[words.Count];
        FreeWords(words, cased, free);
        return free;
    }

    /// <summary>As <see cref="FreeWords(IReadOnlyList{Word}, bool)"/>, into <paramref name="free"/> (one per word).</summary>
    public void FreeWords(IReadOnlyList<Word> words, bool cased, Span<bool> free)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (!cased)
            {
                free[i] = true;
            }
            else if (char.IsUpper(word.Text[0]))
            {
                free[i] = !(word.SentenceStart && entries.TryGetValue(word.Lower, out var entry) && CapitalisationLexicon.IsOrdinaryWord(entry.Capitals));
            }
            else
            {
                free[i] = NameParticles.Contains(word.Lower) && i > 0 && i + 1 < words.Count && words[i - 1].IsCapitalized && words[i + 1].IsCapitalized;
            }
        }
    }

    /// <summary>
    /// Per word, whether only spaces stand between it and the word before (no punctuation, no line break; or the full
    /// stop of an initial or a short form: "F.X. Hadi", "Moh. Hidayat"), in cased text. There two names of one class never touch: NERGrit's train split has no such pair, while the first tagger
    /// split "Raden Machjar | Angga Koesoemadinata" and "Harold | George Belafonete". Null in lower-case text, where NERP
    /// runs names together ("jurgen klinsmann" as two).
    /// </summary>
    public static bool[]? JoinedWords(string text, IReadOnlyList<Word> words, bool cased)
    {
        if (!cased)
        {
            return null;
        }

        var joined = new bool[words.Count];
        JoinedWords(text, words, joined);
        return joined;
    }

    /// <summary>As <see cref="JoinedWords(string, IReadOnlyList{Word}, bool)"/> for cased text, into <paramref name="joined"/>.</summary>
    public static void JoinedWords(string text, IReadOnlyList<Word> words, Span<bool> joined)
    {
        if (words.Count > 0)
        {
            joined[0] = false;
        }

        for (var i = 1; i < words.Count; i++)
        {
            var gap = text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End).Trim(" \t\u00A0");
            joined[i] = gap.IsEmpty || (gap is "." && (words[i - 1].Length <= 2 || PersonLexicon.NameAbbreviations.Contains(words[i - 1].Lower)));
        }
    }

    /// <summary>Fills <paramref name="features"/> with the features of every free word; <paramref name="offsets"/>[i] to
    /// [i + 1] delimits word i's (empty for words that are not free).</summary>
    public void Extract(string text, IReadOnlyList<Word> words, bool cased, ReadOnlySpan<bool> free, List<ulong> features, Span<int> offsets)
    {
        // What is known of each word is described once, in buffers this thread keeps for the next text (a text's
        // words described anew each time were a twelfth of everything ingest allocated).
        var scratch = words.Count <= NameTagger.MaxKeptWords ? described ??= new DescribedWords() : new DescribedWords();
        if (scratch.Infos.Length < words.Count)
        {
            scratch.Infos = new WordInfo[Math.Max(words.Count, scratch.Infos.Length * 2)];
            scratch.Known = new bool[scratch.Infos.Length];
        }

        var infos = scratch.Infos;
        var known = scratch.Known;
        Array.Clear(known, 0, words.Count);
        WordInfo Info(int k)
        {
            if (!known[k])
            {
                infos[k] = Describe(text, words, k);
                known[k] = true;
            }

            return infos[k];
        }

        features.Clear();
        for (var i = 0; i < words.Count; i++)
        {
            offsets[i] = features.Count;
            if (!free[i])
            {
                continue;
            }

            var w0 = Info(i);
            var hasPrevious = i > 0 && !w0.ParagraphStart;
            var hasNext = i + 1 < words.Count && !Info(i + 1).ParagraphStart;
            var wm1 = hasPrevious ? Info(i - 1) : WordInfo.Edge;
            var wp1 = hasNext ? Info(i + 1) : WordInfo.Edge;
            var wm2 = hasPrevious && i > 1 && !wm1.ParagraphStart ? Info(i - 2) : WordInfo.Edge;
            var wp2 = hasNext && i + 2 < words.Count && !Info(i + 2).ParagraphStart ? Info(i + 2) : WordInfo.Edge;

            void Add(int template, ulong value) => features.Add(Finish(((ulong)template * 0x9E3779B97F4A7C15UL) ^ value));

            Add(1, 0);
            Add(2, w0.Lower);
            Add(3, wm1.Lower);
            Add(4, wp1.Lower);
            Add(5, wm2.Lower);
            Add(6, wp2.Lower);
            Add(7, Mix(wm1.Lower, w0.Lower));
            Add(8, Mix(w0.Lower, wp1.Lower));
            Add(9, w0.Suffix3);
            Add(10, w0.Suffix2);
            Add(11, w0.Prefix3);
            Add(12, w0.GapBefore);
            Add(13, w0.GapAfter);
            AddFlags(15, w0.Flags);
            AddFlags(16, wm1.Flags);
            AddFlags(17, wp1.Flags);
            AddFlags(18, wm2.Flags);
            Add(19, w0.Capitals);
            Add(20, wm1.Capitals);
            Add(21, wp1.Capitals);
            Add(22, Mix(wm1.Capitals, w0.Capitals));
            Add(23, Mix(w0.Capitals, wp1.Capitals));
            Add(26, w0.Coarse);
            Add(27, w0.Fine);
            Add(34, w0.Profile & 0xF);
            Add(35, w0.Profile & 0xF0);
            Add(36, w0.Profile & 0xF00);
            Add(37, w0.Profile);
            // The word's fine cluster with each neighbour's, and its coarse cluster with its shape: "a given name
            // before a family name" generalises from the names seen to the names of the same clusters.
            Add(67, Mix(wm1.Fine, w0.Fine));
            Add(68, Mix(w0.Fine, wp1.Fine));
            Add(69, Mix(w0.Coarse, w0.Shape));
            if (cased)
            {
                Add(40, w0.Shape);
                Add(41, Mix(wm1.Shape, w0.Shape));
                Add(42, Mix(w0.Shape, wp1.Shape));
                Add(43, Mix(Mix(wm1.Shape, w0.Shape), wp1.Shape));
                Add(44, Mix(w0.Shape, w0.SentenceStart));
                Add(45, w0.Exact);
                Add(46, Mix(wm1.Lower, w0.Shape));
                Add(47, Mix(w0.Shape, wp1.Lower));
                Add(48, Mix(w0.Capitals, w0.SentenceStart));
                Add(55, Mix(w0.Shape, w0.Profile));
            }

            void AddFlags(int template, ushort value) => Add(template, value);
        }

        offsets[words.Count] = features.Count;
    }

    private WordInfo Describe(string text, IReadOnlyList<Word> words, int index)
    {
        var word = words[index];
        var lower = word.Lower.AsSpan();
        var gapBefore = index == 0 ? ReadOnlySpan<char>.Empty : text.AsSpan(words[index - 1].End, word.Start - words[index - 1].End);
        var gapAfter = index + 1 < words.Count ? text.AsSpan(word.End, words[index + 1].Start - word.End) : text.AsSpan(word.End);
        var gapAfterClass = GapClass(gapAfter);
        var entry = entries.GetValueOrDefault(word.Lower);
        return new WordInfo(
            Lower: Hash(lower),
            Exact: Hash(word.Text),
            Prefix3: Hash(lower[..Math.Min(3, lower.Length)]) ^ 0x3,
            Suffix3: Hash(lower[Math.Max(0, lower.Length - 3)..]) ^ 0x5,
            Suffix2: Hash(lower[Math.Max(0, lower.Length - 2)..]) ^ 0x7,
            Shape: ShapeOf(word.Text),
            GapBefore: index == 0 ? 11UL : GapClass(gapBefore),
            GapAfter: gapAfterClass,
            Flags: entry.Flags,
            Capitals: entry.Capitals,
            SentenceStart: word.SentenceStart ? 1UL : 0UL,
            ParagraphStart: index > 0 && gapBefore.Contains('\n'),
            Coarse: entry.Coarse,
            Fine: entry.Fine,
            Profile: entry.Profile);
    }

    /// <summary>What stands between two words: nothing, a comma, a full stop, brackets, quotes, a colon, a line break...</summary>
    private static ulong GapClass(ReadOnlySpan<char> gap)
    {
        if (gap.Contains('\n'))
        {
            return 7;
        }

        foreach (var c in gap)
        {
            switch (c)
            {
                case ' ' or '\t':
                    continue;
                case ',':
                    return 1;
                case '.':
                    return 2;
                case '(' or '[':
                    return 3;
                case ')' or ']':
                    return 4;
                case '"' or '“' or '”' or '\'' or '‘' or '’':
                    return 5;
                case ':' or ';':
                    return 6;
                case '-' or '–' or '—':
                    return 8;
                case '/':
                    return 9;
                default:
                    return 10;
            }
        }

        return 0;
    }

    /// <summary>The word's shape (capitals X, small letters x, digits d, runs collapsed) with a length band: "Xx4", "X2".</summary>
    private static ulong ShapeOf(string word)
    {
        var hash = 14695981039346656037UL;
        var last = '\0';
        foreach (var c in word)
        {
            var shape = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (shape != last)
            {
                hash = (hash ^ shape) * 1099511628211UL;
                last = shape;
            }
        }

        var band = word.Length switch
        {
            1 => 1UL,
            2 => 2UL,
            3 => 3UL,
            <= 5 => 4UL,
            _ => 5UL,
        };
        return Mix(hash, band);
    }

    /// <summary>FNV-1a over the characters: stable across runs and machines, unlike string hash codes.</summary>
    public static ulong Hash(ReadOnlySpan<char> text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    private static ulong Mix(ulong a, ulong b) => Finish(a ^ (b * 0xC2B2AE3D27D4EB4FUL) ^ 0x165667B19E3779F9UL);

    /// <summary>The splitmix64 finaliser: spreads the bits so that near keys land far apart.</summary>
    private static ulong Finish(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x == 0 ? 1 : x;
    }

    /// <summary>What the word lists, the corpus counts, the clusters and the profiles say about one word.</summary>
    private readonly record struct Entry(ushort Flags, byte Capitals, ushort Coarse, ushort Fine, ushort Profile);

    [ThreadStatic]
    private static DescribedWords? described;

    /// <summary>A thread's buffers for <see cref="Extract"/>, grown to the longest text it has seen.</summary>
    private sealed class DescribedWords
    {
        public WordInfo[] Infos { get; set; } = new WordInfo[1024];

        public bool[] Known { get; set; } = new bool[1024];
    }

    private readonly record struct WordInfo(
        ulong Lower, ulong Exact, ulong Prefix3, ulong Suffix3, ulong Suffix2, ulong Shape, ulong GapBefore, ulong GapAfter,
        ushort Flags, ulong Capitals, ulong SentenceStart, bool ParagraphStart, ulong Coarse, ulong Fine, ulong Profile)
    {
        public static WordInfo Edge { get; } = new(Boundary, Boundary, 0, 0, 0, Boundary, 0, 0, 0, 99, 0, false, 9999, 9999, 0xFFFF);
    }
}

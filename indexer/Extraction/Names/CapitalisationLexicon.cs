using System.Collections.Frozen;
using System.Globalization;
using NetralitasSearch.Indexer.Text;

namespace NetralitasSearch.Indexer.Extraction.Names;

/// <summary>
/// How often a word is written with a capital in the middle of a sentence, counted over news text: names nearly
/// always are, ordinary words nearly never, so the tagger can tell a name from a word even in lower-case text.
/// Each word carries one small class (see <see cref="Classify"/>); a word not in the lexicon is class 0.
/// </summary>
public sealed class CapitalisationLexicon
{
    public const string DataFile = "Names/Data/capitalisation.txt";

    /// <summary>Words seen fewer times than this are left out (their counts say little).</summary>
    public const int MinimumCount = 3;

    private static readonly Lazy<CapitalisationLexicon> Shared = new(() => Parse(EmbeddedData.ReadLines(DataFile)));

    private readonly FrozenDictionary<string, byte> classes;

    private CapitalisationLexicon(FrozenDictionary<string, byte> classes)
    {
        this.classes = classes;
        Lookup = classes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static CapitalisationLexicon Default => Shared.Value;

    public int WordCount => classes.Count;

    /// <summary>The words it knows.</summary>
    public IEnumerable<string> Words => classes.Keys;

    private FrozenDictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }

    /// <summary>The class of a lower-case word: 0 unknown, else 1 + 4 × frequency band + capital band.</summary>
    public byte ClassOf(ReadOnlySpan<char> lowerWord) => Lookup.TryGetValue(lowerWord, out var value) ? value : (byte)0;

    /// <summary>Capital band 0–3 (under 5 %, under 50 %, under 95 %, at least 95 % capitalised) and frequency band 0–3
    /// (under 10, under 100, under 1,000, more), packed into one byte from 1 to 16.</summary>
    public static byte Classify(int count, int capitalised)
    {
        var ratio = capitalised / (double)count;
        var capitalBand = ratio < 0.05 ? 0 : ratio < 0.5 ? 1 : ratio < 0.95 ? 2 : 3;
        var frequencyBand = count < 10 ? 0 : count < 100 ? 1 : count < 1000 ? 2 : 3;
        return (byte)(1 + (4 * frequencyBand) + capitalBand);
    }

    /// <summary>A class of words written in lower case at least 95 % of the time mid-sentence, seen at least ten times.</summary>
    public static bool IsOrdinaryWord(byte wordClass) => wordClass > 4 && (wordClass - 1) % 4 == 0;

    /// <summary>A class of words written in lower case more often than not mid-sentence, seen at least ten times.</summary>
    public static bool IsMostlyLowerCase(byte wordClass) => wordClass > 4 && (wordClass - 1) % 4 <= 1;

    /// <summary>A class of words capitalised at least 95 % of the time mid-sentence (names, mostly).</summary>
    public static bool IsNearlyAlwaysCapitalised(byte wordClass) => wordClass > 0 && (wordClass - 1) % 4 == 3;

    /// <summary>Counts the words of <paramref name="texts"/> that do not open a sentence; writes "word TAB class" lines, sorted.</summary>
    public static IReadOnlyList<string> Count(IEnumerable<string> texts)
    {
        var counts = new Dictionary<string, (int Total, int Capitalised)>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var word in WordTokenizer.Tokenize(text))
            {
                if (word.SentenceStart || !char.IsLetter(word.Text[0]))
                {
                    continue;
                }

                var (total, capitalised) = counts.GetValueOrDefault(word.Lower);
                counts[word.Lower] = (total + 1, capitalised + (word.IsCapitalized ? 1 : 0));
            }
        }

        return counts.Where(pair => pair.Value.Total >= MinimumCount)
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => string.Create(CultureInfo.InvariantCulture, $"{pair.Key}\t{Classify(pair.Value.Total, pair.Value.Capitalised)}"))
            .ToList();
    }

    public static CapitalisationLexicon Parse(IEnumerable<string> lines)
    {
        var classes = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0 && byte.TryParse(line.AsSpan(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                classes[line[..tab]] = value;
            }
        }

        return new CapitalisationLexicon(classes.ToFrozenDictionary(StringComparer.Ordinal));
    }
}

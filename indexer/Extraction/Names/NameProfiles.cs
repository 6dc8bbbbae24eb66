using System.Collections.Frozen;
using System.Globalization;

namespace NetralitasSearch.Indexer.Extraction.Names;

/// <summary>
/// What a word usually is when news text writes it with a capital: how often a first tagger, run over the
/// unlabelled news corpus, put it inside a person's, an organisation's or a place's name. A name the labelled sets
/// never saw but the news writes often ("DiCaprio", "Jokowi") is then known by the company of all its mentions, not
/// only by the sentence at hand (the "global" features of Ratinov &amp; Roth 2009). Built by <c>./netralitas train-ner</c>.
/// </summary>
public sealed class NameProfiles
{
    public const string DataFile = "Names/Data/name-profiles.txt";

    /// <summary>Words tagged fewer times than this get no profile.</summary>
    public const int MinimumMentions = 3;

    private static readonly Lazy<NameProfiles> Shared = new(() => Parse(EmbeddedData.ReadLines(DataFile)));

    private readonly FrozenDictionary<string, (byte Person, byte Organisation, byte Place)> profiles;

    private NameProfiles(FrozenDictionary<string, (byte, byte, byte)> profiles)
    {
        this.profiles = profiles;
    }

    public static NameProfiles Default => Shared.Value;

    /// <summary>No profiles: the first tagger of training, which the profiles are made with.</summary>
    public static NameProfiles Empty { get; } = new(FrozenDictionary<string, (byte, byte, byte)>.Empty);

    public int WordCount => profiles.Count;

    /// <summary>The words it knows.</summary>
    public IEnumerable<string> Words => profiles.Keys;

    /// <summary>Bands 1–4 per class (share of the capitalised mentions under 10 %, under 40 %, under 75 %, more); 0 when unknown.</summary>
    public (byte Person, byte Organisation, byte Place) Of(string lowerWord) => profiles.GetValueOrDefault(lowerWord);

    public static NameProfiles Parse(IEnumerable<string> lines)
    {
        var table = new Dictionary<string, (byte, byte, byte)>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var parts = line.Split('\t');
            if (parts.Length == 4 && byte.TryParse(parts[1], CultureInfo.InvariantCulture, out var person)
                && byte.TryParse(parts[2], CultureInfo.InvariantCulture, out var organisation) && byte.TryParse(parts[3], CultureInfo.InvariantCulture, out var place))
            {
                table[parts[0]] = (person, organisation, place);
            }
        }

        return new NameProfiles(table.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Tags <paramref name="texts"/> and counts, per capitalised word, the classes of the names it was part of.</summary>
    public static IReadOnlyList<string> Build(IEnumerable<string> texts, NameTagger tagger)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var words = Text.WordTokenizer.Tokenize(text);
            var classes = new int[words.Count];
            Array.Fill(classes, -1);
            foreach (var mention in tagger.Tag(text, words))
            {
                for (var w = mention.FirstWord; w <= mention.LastWord; w++)
                {
                    classes[w] = (int)mention.Class;
                }
            }

            for (var w = 0; w < words.Count; w++)
            {
                if (!words[w].IsCapitalized || words[w].SentenceStart)
                {
                    continue;
                }

                if (!counts.TryGetValue(words[w].Lower, out var row))
                {
                    counts[words[w].Lower] = row = new int[5];
                }

                row[4]++;
                if (classes[w] >= 0)
                {
                    row[classes[w]]++;
                }
            }
        }

        static int Band(int count, int total)
        {
            var share = count / (double)total;
            return share < 0.1 ? 1 : share < 0.4 ? 2 : share < 0.75 ? 3 : 4;
        }

        return counts.Where(pair => pair.Value[4] >= MinimumMentions)
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => string.Create(CultureInfo.InvariantCulture,
                $"{pair.Key}\t{Band(pair.Value[(int)NameClass.Person], pair.Value[4])}\t{Band(pair.Value[(int)NameClass.Organisation], pair.Value[4])}\t{Band(pair.Value[(int)NameClass.Place], pair.Value[4])}"))
            .ToList();
    }
}

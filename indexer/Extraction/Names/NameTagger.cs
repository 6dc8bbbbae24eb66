using System.Collections.Frozen;
using NetralitasSearch.Indexer.Extraction.Persons;
using NetralitasSearch.Indexer.Extraction.Regions;
using NetralitasSearch.Indexer.Text;

namespace NetralitasSearch.Indexer.Extraction.Names;

/// <summary>
/// Tags the names in running text — persons, organisations, places — with a first-order sequence model (an averaged
/// perceptron trained on the IndoNLU NER sets by <see cref="NameTrainer"/>) decoded by Viterbi under the BIO
/// constraint. It runs first, so the person and region stages can read what it found (<see cref="ExtractedEntities.Names"/>).
/// </summary>
public sealed class NameTagger : IEntityExtractor
{
    private readonly NameModel model;
    private readonly NameFeatures features;

    internal NameTagger(NameModel model, NameFeatures features)
    {
        this.model = model;
        this.features = features;
    }

    internal NameFeatures Features => features;

    /// <summary>Taggers with the embedded model, one per gazetteer: the pipeline's and the person stage's (headlines) share one.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Gazetteer, NameTagger> Defaults = [];

    /// <summary>The tagger with the embedded model and lexicons over <paramref name="gazetteer"/>; immutable, so shared.</summary>
    public static NameTagger CreateDefault(Gazetteer gazetteer) =>
        Defaults.GetValue(gazetteer, g => new(NameModel.Default, new NameFeatures(PersonLexicon.Default, g, CapitalisationLexicon.Default, WordClusters.Default, NameProfiles.Default)));

    public void Extract(ExtractionContext context, ExtractedEntities entities) => Tag(context.Text, context.TextWords, entities.Names);

    /// <summary>The names in <paramref name="text"/>, whose words are <paramref name="words"/>.</summary>
    public List<NameMention> Tag(string text, IReadOnlyList<Word> words)
    {
        var mentions = new List<NameMention>();
        Tag(text, words, mentions);
        return mentions;
    }

    /// <summary>Adds the names to <paramref name="mentions"/> (the stage's own list: a list of its own, copied, was a
    /// fiftieth of what extraction allocated).</summary>
    private void Tag(string text, IReadOnlyList<Word> words, List<NameMention> mentions)
    {
        if (words.Count == 0)
        {
            return;
        }

        var tags = Decode(model, text, words, NameFeatures.IsCased(text), features);
        foreach (var mention in NameTags.Mentions(tags, words))
        {
            // Split where punctuation breaks the name (see BreaksName).
            var start = mention.FirstWord;
            for (var k = mention.FirstWord + 1; k <= mention.LastWord; k++)
            {
                if (BreaksName(text, words, k))
                {
                    mentions.Add(Finished(Part(mention.Class, start, k - 1, words)));
                    start = k;
                }
            }

            mentions.Add(Finished(Part(mention.Class, start, mention.LastWord, words)));
        }

        NameMention Finished(NameMention part) => part.Class == NameClass.Person ? Trim(WithInitials(part, text, words, tags), words) : part;
    }

    /// <summary>
    /// Whether a name breaks between the word at <paramref name="k"/> and the one before it. A name never runs across a
    /// comma, a full stop, brackets, quotes or a line break (the model sees them only as features): "Beni Nurhadi. Beben
    /// mengambil ..." is two names. A full stop after an initial or a short form ("M. Syarief", "Moh. Hidayat") stays
    /// inside. (A loop in <see cref="Tag(string, IReadOnlyList{Word}, List{NameMention})"/>, not an iterator per mention.)
    /// </summary>
    private static bool BreaksName(string text, IReadOnlyList<Word> words, int k)
    {
        var gap = text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End);
        return gap.IndexOfAny(",;:!?\"“”()\n") >= 0
            || (gap.Contains('.') && words[k - 1].Length > 2 && !PersonLexicon.NameAbbreviations.Contains(words[k - 1].Lower) && !PersonLexicon.Honorifics.Contains(words[k - 1].Lower));
    }

    /// <summary>
    /// A person's name with the initials written right before it, outside every other name ("F.X. Hadi Rudyatmo", "M
    /// Zulman"): in NERGrit's train split a capital letter standing just before a person's name is part of it 34 times
    /// and outside it 5 times. Only spaces and full stops may stand between. A letter after an organisation's or a
    /// numbered thing's word is its number, not an initial ("Komisi I Satya Yudha", "Pasal 2 ayat I").
    /// </summary>
    private static NameMention WithInitials(NameMention mention, string text, IReadOnlyList<Word> words, int[] tags)
    {
        var lexicon = PersonLexicon.Default;
        var first = mention.FirstWord;
        while (first > 0 && tags[first - 1] == NameTags.Outside && words[first - 1].Length == 1 && char.IsUpper(words[first - 1].Text[0])
            && text.AsSpan(words[first - 1].End, words[first].Start - words[first - 1].End).Trim(" .").IsEmpty
            && !(first > 1 && (lexicon.OrganisationWords.Contains(words[first - 2].Lower) || NumberedThings.Contains(words[first - 2].Lower))))
        {
            first--;
        }

        return first == mention.FirstWord
            ? mention
            : new NameMention(mention.Class, first, mention.LastWord - first + 1, words[first].Start, words[mention.LastWord].End - words[first].Start);
    }

    /// <summary>Words a Roman numeral follows ("Pasal I", "Bab V", "Golongan IV"), besides organisations' ("Komisi I").</summary>
    private static readonly FrozenSet<string> NumberedThings = FrozenSet.Create(
        StringComparer.Ordinal, "pasal", "ayat", "bab", "jilid", "tahap", "abad", "seri", "golongan", "angkatan", "kelas", "nomor", "no", "tingkat", "babak", "sesi", "gelombang", "zona", "wilayah", "sektor", "regu", "grup", "divisi", "liga");

    /// <summary>The one-word noble titles of Java, Sunda, Sumatra and Kalimantan that NERGrit counts as part of the name.</summary>
    private static readonly FrozenSet<string> CourtTitles = FrozenSet.Create(
        StringComparer.Ordinal, "raden", "rm", "rr", "gusti", "kanjeng", "gkr", "kgpaa", "kgph", "kph", "gph", "bra", "brm", "pangeran", "kemas", "masagus", "kiagus", "nyimas", "tb", "tubagus");

    private static NameMention Part(NameClass nameClass, int first, int last, IReadOnlyList<Word> words) =>
        new(nameClass, first, last - first + 1, words[first].Start, words[last].End - words[first].Start);

    /// <summary>
    /// A person's name without what stands around it: honorifics, forms of address, ranks and religious titles before it
    /// ("Drs", "Pak", "AKBP", "Kyai"), degrees after it ("BA", "SH"). The press and NERGrit alike keep them out of the name.
    /// Court titles stay ("Pangeran Diponegoro", "Raden Machjar ..."): NERGrit's train split has them inside a person's
    /// name 19 times and just before one 3 times; the person stage strips them where a news reader wants them out.
    /// </summary>
    private static NameMention Trim(NameMention mention, IReadOnlyList<Word> words)
    {
        var lexicon = PersonLexicon.Default;
        var first = mention.FirstWord;
        var last = mention.LastWord;
        while (first < last && (PersonLexicon.Honorifics.Contains(words[first].Lower) || PersonLexicon.Addresses.Contains(words[first].Lower)
            || lexicon.Ranks.Contains(words[first].Lower) || lexicon.Corps.Contains(words[first].Lower) || (lexicon.SingleWordTitles.Contains(words[first].Lower) && !CourtTitles.Contains(words[first].Lower))
            || words[first].Lower is "ki" or "nyi" or "kyai" or "haji"))
        {
            first++;
        }

        while (last > first && words[last].Length >= 2 && words[last].IsAllCaps && PersonLexicon.DegreeParts.Contains(words[last].Lower))
        {
            last--;
        }

        return first == mention.FirstWord && last == mention.LastWord
            ? mention
            : new NameMention(NameClass.Person, first, last - first + 1, words[first].Start, words[last].End - words[first].Start);
    }

    /// <summary>The best tag sequence of <paramref name="words"/>, one tag per word.</summary>
    internal static int[] Decode(NameModel model, string text, IReadOnlyList<Word> words, bool cased, NameFeatures features)
    {
        // Every per-word buffer comes from this thread's scratch, grown to the longest text seen: the tagger's arrays
        // made anew per text were a fifth of everything ingest allocated.
        var count = words.Count;

        // A text longer than any article gets buffers of its own, not kept: a thread holds at most a long article's.
        var scratch = count <= MaxKeptWords ? decoding ??= new DecodeScratch() : new DecodeScratch();
        var tags = NameTags.Count;
        scratch.Reserve(count, tags);
        var free = scratch.Free.AsSpan(0, count);
        features.FreeWords(words, cased, free);
        var freeCount = 0;
        foreach (var scored in free)
        {
            freeCount += scored ? 1 : 0;
        }

        // Sized for every feature of the free words (NameFeatures gives each at most FeaturesPerWord), so the buffer
        // never grows and copies itself while the features are added.
        var buffer = scratch.Features;
        buffer.Clear();
        buffer.EnsureCapacity(freeCount * NameFeatures.FeaturesPerWord);
        var offsets = scratch.Offsets.AsSpan(0, count + 1);
        features.Extract(text, words, cased, free, buffer, offsets);
        var emissions = scratch.Emissions.AsSpan(0, count * tags);
        emissions.Clear();
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(buffer);
        for (var i = 0; i < count; i++)
        {
            if (free[i])
            {
                model.Score(all[offsets[i]..offsets[i + 1]], emissions.Slice(i * tags, tags));
            }
        }

        var joined = Span<bool>.Empty;
        if (cased)
        {
            joined = scratch.Joined.AsSpan(0, count);
            NameFeatures.JoinedWords(text, words, joined);
        }

        return Viterbi(count, free, emissions, model.Transitions, joined, scratch.Back);
    }

    /// <summary>The longest text (in words) whose buffers a thread keeps for the next one.</summary>
    internal const int MaxKeptWords = 20_000;

    [ThreadStatic]
    private static DecodeScratch? decoding;

    /// <summary>A thread's buffers for <see cref="Decode"/>.</summary>
    private sealed class DecodeScratch
    {
        public bool[] Free { get; private set; } = [];

        public bool[] Joined { get; private set; } = [];

        public int[] Offsets { get; private set; } = [];

        public float[] Emissions { get; private set; } = [];

        public byte[] Back { get; private set; } = [];

        public List<ulong> Features { get; } = [];

        public void Reserve(int words, int tags)
        {
            if (Free.Length >= words)
            {
                return;
            }

            var size = Math.Max(words, Math.Max(1024, Free.Length * 2));
            Free = new bool[size];
            Joined = new bool[size];
            Offsets = new int[size + 1];
            Emissions = new float[size * tags];
            Back = new byte[size * tags];
        }
    }

    /// <summary>
    /// Viterbi over the words: <paramref name="emissions"/> holds a score per word and tag, <paramref name="transitions"/>
    /// a score per pair of tags (previous × tag; the sequence starts after an outside tag). A word that is not free can
    /// only be outside a name; an I tag only follows its own class; where <paramref name="joined"/> says only spaces stand
    /// before a word, it may not begin a name of the class just before it (see <see cref="NameFeatures.JoinedWords"/>).
    /// </summary>
    internal static int[] Viterbi(int count, ReadOnlySpan<bool> free, ReadOnlySpan<float> emissions, float[] transitions, ReadOnlySpan<bool> joined, byte[]? backBuffer = null)
    {
        var tags = NameTags.Count;
        Span<float> allowed = stackalloc float[tags * tags];
        Span<float> allowedJoined = stackalloc float[tags * tags];
        for (var p = 0; p < tags; p++)
        {
            for (var t = 0; t < tags; t++)
            {
                allowed[(p * tags) + t] = NameTags.Allowed(p, t) ? transitions[(p * tags) + t] : float.NegativeInfinity;
                var adjacent = NameTags.IsBegin(t) && p != NameTags.Outside && NameTags.ClassOf(p) == NameTags.ClassOf(t);
                allowedJoined[(p * tags) + t] = adjacent ? float.NegativeInfinity : allowed[(p * tags) + t];
            }
        }

        var back = backBuffer is not null && backBuffer.Length >= count * tags ? backBuffer.AsSpan(0, count * tags) : new byte[count * tags];
        Span<float> previous = stackalloc float[tags];
        Span<float> current = stackalloc float[tags];
        previous.Fill(float.NegativeInfinity);
        previous[NameTags.Outside] = 0;
        for (var i = 0; i < count; i++)
        {
            current.Fill(float.NegativeInfinity);
            var last = free[i] ? tags : 1;
            var pairs = !joined.IsEmpty && joined[i] ? allowedJoined : allowed;
            for (var t = 0; t < last; t++)
            {
                var (best, from) = (float.NegativeInfinity, 0);
                for (var p = 0; p < tags; p++)
                {
                    var value = previous[p] + pairs[(p * tags) + t];
                    if (value > best)
                    {
                        (best, from) = (value, p);
                    }
                }

                current[t] = best + (free[i] ? emissions[(i * tags) + t] : 0);
                back[(i * tags) + t] = (byte)from;
            }

            current.CopyTo(previous);
        }

        var result = new int[count];
        var tag = 0;
        var top = float.NegativeInfinity;
        for (var t = 0; t < tags; t++)
        {
            if (previous[t] > top)
            {
                (top, tag) = (previous[t], t);
            }
        }

        for (var i = count - 1; i >= 0; i--)
        {
            result[i] = tag;
            tag = back[(i * tags) + tag];
        }

        return result;
    }
}

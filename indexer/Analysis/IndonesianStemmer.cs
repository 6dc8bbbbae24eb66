using System.Collections.Frozen;
using System.Globalization;

namespace NetralitasSearch.Indexer.Analysis;

/// <summary>
/// An Indonesian stemmer written for this project: it strips particles (-lah, -kah, -pun), possessives
/// (-ku, -mu, -nya), derivational suffixes (-kan, -an, -i, and -itas of loan words) and up to two prefixes
/// (meN-, peN- with their sound changes, di-, ke-, se-, ter-, ber-, per-), generating every reading of a word.
/// A reading is accepted only when its stem is a word people write on their own (a corpus vocabulary, see
/// Data/vocabulary.txt) often enough next to the word itself, so "menetralkan" and "kenetralan" meet at
/// "netral" while "pemilu" is not cut to "pilu" and "Bekasi" (a protected name) is never "bekas".
/// </summary>
public sealed class IndonesianStemmer
{
    private const int MinStemLength = 3;

    /// <summary>A stem must be written on its own at least this share as often as the word being stemmed.</summary>
    private const double MinStemShare = 0.02;

    /// <summary>How much more often a stem in -i must be written than the same stem without it to be read whole.</summary>
    private const int WholeOverSuffixed = 10;

    // Not the literary -tah (apatah): read off news words, "membantah" became ban and "perintah" rin.
    private static readonly string[] Particles = ["lah", "kah", "pun"];
    private static readonly string[] Possessives = ["nya", "ku", "mu"];
    private static readonly string[] Suffixes = ["kan", "an", "i", "itas"];

    /// <summary>Stems already computed: words follow Zipf's law, so a bounded cache answers most of them.</summary>
    private const int MaxCached = 500_000;

    /// <summary>Sized for a corpus' vocabulary up front: growing takes every lock while ingest workers stem.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> cache = new(Environment.ProcessorCount * 4, 1 << 16, StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> spanCache;
    private readonly FrozenDictionary<string, int> vocabulary;
    private readonly FrozenSet<string> keep;

    /// <summary>How many stems the cache holds: ConcurrentDictionary.Count takes every lock, which on each new word
    /// made stemming contend with itself.</summary>
    private int cachedCount;

    public IndonesianStemmer(IReadOnlyDictionary<string, int> vocabulary, IEnumerable<string> protectedWords)
    {
        this.vocabulary = vocabulary.ToFrozenDictionary(StringComparer.Ordinal);
        keep = protectedWords.ToFrozenSet(StringComparer.Ordinal);
        spanCache = cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The stemmer over the embedded vocabulary and exceptions, protecting the given proper nouns.</summary>
    public static IndonesianStemmer Create(IEnumerable<string> protectedWords)
    {
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.ReadLines("Analysis/Data/vocabulary.txt"))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                vocabulary[line[..tab]] = int.Parse(line.AsSpan(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture);
            }
        }

        return new IndonesianStemmer(vocabulary, protectedWords.Concat(EmbeddedData.ReadLines("Analysis/Data/stem-exceptions.txt")));
    }

    /// <summary>Stems one lower-case word; words with digits, short words and protected words come back as they are.</summary>
    /// <summary>The stem of a lower-case word already stemmed once, without allocating.</summary>
    public bool TryCached(ReadOnlySpan<char> lowerCaseWord, out string stem) => spanCache.TryGetValue(lowerCaseWord, out stem!);

    public string Stem(string word)
    {
        if (cache.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var stem = word.Length < 4 || keep.Contains(word) || !word.All(char.IsLetter) ? word : Compute(word);
        if (Volatile.Read(ref cachedCount) < MaxCached && cache.TryAdd(word, stem))
        {
            Interlocked.Increment(ref cachedCount);
        }

        return stem;
    }

    private string Compute(string word)
    {
        var inflected = WithoutInflection(word);
        if (keep.Contains(inflected))
        {
            return inflected;
        }

        var reference = Math.Max(Count(word), Count(inflected));
        var accepted = Readings(inflected).Where(r => Accepts(r.Stem, reference) && !UnwrittenPerVerb(r)).ToList();

        // A meN- verb is written in the passive too ("dipakai" beside "memakai"): when some meN- reading's passive is
        // written, a meN- reading whose passive nobody writes gives way ("memakai" is me- + pakai, not me- + maka + -i).
        if (accepted.Exists(Passive))
        {
            accepted.RemoveAll(r => r is { Prefix: "me", Prefixes: 1 } && !Passive(r));
        }

        Reading? best = null;
        foreach (var reading in accepted)
        {
            if (best is not { } chosen || reading.Removed > chosen.Removed
                || (reading.Removed == chosen.Removed && Count(reading.Stem) > Count(chosen.Stem)))
            {
                best = reading;
            }
        }

        // A stem ending in -i read as a shorter stem + the suffix -i: the whole stem is the word when the shorter one is
        // barely a word of its own (three letters: "dicari" is cari, not car + -i) or written ten times less ("dinilai" is
        // nilai, not nila + -i); otherwise the suffix stands ("ditanggapi" is tanggap, "ditandai" tanda).
        if (best is { Suffix: "i" } suffixed
            && accepted.Find(r => r.Suffix.Length == 0 && r.Removed == suffixed.Removed - 1 && r.Stem == suffixed.Stem + "i") is { Stem: not null } whole
            && Count(whole.Stem) > Count(suffixed.Stem)
            && (suffixed.Stem.Length <= MinStemLength || Count(whole.Stem) >= WholeOverSuffixed * Count(suffixed.Stem)))
        {
            best = whole;
        }

        return best?.Stem ?? inflected;
    }

    /// <summary>
    /// A peN- + per- reading ("pemer-": pemersatu, pemerhati) of a stem whose memper- verb nobody writes: the word is then
    /// peN- + a stem in p ("pemerasan" is peras + -an as memeras is, not pe- + per- + asan; "pemerataan" is not pe- + per- +
    /// ata + -an), while "mempersatukan" and "memperhatikan" keep pemersatu and pemerhati what they were.
    /// </summary>
    private bool UnwrittenPerVerb(Reading reading) =>
        reading is { Prefix: "pe", Prefixes: 2 } && reading.Stem is { } stem && !PerVerbWritten(stem);

    private bool PerVerbWritten(string stem)
    {
        foreach (var suffix in PerVerbSuffixes)
        {
            // "diper" + stem alone is also di- + a stem in p ("diperas"): only with a suffix does it show the per- verb.
            if (Count(string.Concat("memper", stem, suffix)) > 0 || (suffix.Length > 0 && Count(string.Concat("diper", stem, suffix)) > 0))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] PerVerbSuffixes = ["", "kan", "i"];

    /// <summary>A reading of one meN- prefix whose di- passive (di- + stem + suffix) is written.</summary>
    private bool Passive(Reading reading) =>
        reading is { Prefix: "me", Prefixes: 1 } && Count(string.Concat("di", reading.Stem, reading.Suffix)) > 0;

    private int Count(string word) => vocabulary.GetValueOrDefault(word);

    private bool Accepts(string stem, int reference) =>
        stem.Length >= MinStemLength && Count(stem) > 0 && Count(stem) >= Math.Max(3, (int)(reference * MinStemShare));

    /// <summary>Particles then possessives, each removed only when what remains is a word of its own.</summary>
    private string WithoutInflection(string word)
    {
        var current = word;
        foreach (var group in new[] { Particles, Possessives })
        {
            foreach (var ending in group)
            {
                if (current.Length - ending.Length >= 4 && current.EndsWith(ending, StringComparison.Ordinal))
                {
                    var rest = current[..^ending.Length];
                    if (group == Particles ? IsParticleOff(current, rest) : Count(rest) > 0 || Readings(rest).Any(r => Accepts(r.Stem, Count(word))))
                    {
                        current = rest;
                    }

                    break;
                }
            }
        }

        return current;
    }

    /// <summary>
    /// Whether <paramref name="word"/> is <paramref name="rest"/> with a particle: the rest, or the stem of one of its
    /// readings, is written at least as often as the word itself ("apakah" is apa + -kah), not a rarer word that happens
    /// to end the same way ("langkah" is not lang + -kah, "menikah" not meni + -kah, "bersekolah" not berseko + -lah).
    /// </summary>
    private bool IsParticleOff(string word, string rest)
    {
        var whole = Math.Max(1, Count(word));
        return Count(rest) >= whole || (Count(rest) == 0 && Readings(rest).Any(r => Accepts(r.Stem, whole) && Count(r.Stem) >= whole));
    }

    /// <summary>Every way of reading the word as prefixes + stem + suffix, with how many affixes were removed.</summary>
    private IEnumerable<Reading> Readings(string word)
    {
        foreach (var suffix in Suffixes.Prepend(""))
        {
            if (suffix.Length > 0 && (!word.EndsWith(suffix, StringComparison.Ordinal) || word.Length - suffix.Length < MinStemLength))
            {
                continue;
            }

            var body = word[..^suffix.Length];
            var suffixCount = suffix.Length > 0 ? 1 : 0;
            if (suffixCount > 0)
            {
                yield return new Reading(body, 1, suffix, null, 0);
            }

            foreach (var (first, afterFirst) in Prefixed(body))
            {
                if (!AllowedConfix(first, suffix))
                {
                    continue;
                }

                yield return new Reading(afterFirst, 1 + suffixCount, suffix, first, 1);
                foreach (var (second, afterSecond) in Prefixed(afterFirst))
                {
                    // ber- does not stack under di-, meN- or peN- ("memberikan" is me- + beri + -kan, not me- + ber- + ikan;
                    // "diberhentikan" di- + berhenti + -kan), nor peN- and ter- under anything but ke- ("memenuhi" is
                    // me- + penuh + -i, not me- + pe- + tuh + -i; "kepemimpinan" is ke- + peN- + pimpin + -an).
                    if ((second is "per" && first is "di" or "me" or "ke" or "pe" or "ter" or "se")
                        || (second is "ber" && first is "ke" or "ter" or "se")
                        || (second is "pe" or "ter" && first is "ke"))
                    {
                        yield return new Reading(afterSecond, 2 + suffixCount, suffix, first, 2);
                    }
                }
            }
        }
    }

    /// <summary>Combinations Indonesian does not form (be-...-i, di-...-an, ke-...-i, me-...-an, se-...-i, ter-...-an).</summary>
    private static bool AllowedConfix(string prefix, string suffix) => (prefix, suffix) switch
    {
        ("ber", "i") or ("di", "an") or ("ke", "i") or ("ke", "kan") or ("me", "an") or ("se", "i") or ("se", "kan") or ("ter", "an") => false,
        _ => true,
    };

    /// <summary>One prefix off, with the sound changes of meN- and peN- undone: each (prefix family, rest) reading.</summary>
    private static IEnumerable<(string Prefix, string Remainder)> Prefixed(string word)
    {
        if (word.Length < MinStemLength + 2)
        {
            yield break;
        }

        foreach (var (family, spellings) in new[] { ("me", "me"), ("pe", "pe") })
        {
            if (!word.StartsWith(spellings, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = word[2..];
            if (rest.StartsWith("ng", StringComparison.Ordinal) && rest.Length > 3)
            {
                var after = rest[2..];
                yield return (family, after);
                if (IsVowel(after[0]))
                {
                    yield return (family, "k" + after);
                }
            }
            else if (rest.StartsWith("ny", StringComparison.Ordinal) && rest.Length > 3)
            {
                yield return (family, "s" + rest[2..]);
                yield return (family, rest);
            }
            else if (rest.StartsWith('n') && rest.Length > 2)
            {
                var after = rest[1..];
                if (IsVowel(after[0]))
                {
                    yield return (family, "t" + after);
                    yield return (family, rest);
                }
                else if (after[0] is 'c' or 'd' or 'j' or 'z' or 's' or 't')
                {
                    yield return (family, after);
                }
            }
            else if (rest.StartsWith('m') && rest.Length > 2)
            {
                var after = rest[1..];
                if (IsVowel(after[0]))
                {
                    yield return (family, "p" + after);
                    yield return (family, rest);
                }
                else if (after[0] is 'b' or 'f' or 'v' or 'p')
                {
                    yield return (family, after);
                }
            }
            else if (rest.Length > 0 && rest[0] is 'l' or 'r' or 'w' or 'y')
            {
                yield return (family, rest);
            }

            if (family == "pe")
            {
                if (rest.StartsWith('r') && rest.Length > 3)
                {
                    yield return ("per", rest[1..]);
                }

                // pe- before a root in l keeps the l (pelantikan is lantik, pelaporan lapor); only "pelajar" is pe(l)- + ajar.
                // Read as pel- + vowel for any root, "pelantikan" became "anti", a commoner word.
                if (rest.StartsWith("lajar", StringComparison.Ordinal))
                {
                    yield return ("per", rest[1..]);
                }
            }
        }

        foreach (var prefix in new[] { "di", "ke", "se" })
        {
            if (word.StartsWith(prefix, StringComparison.Ordinal))
            {
                yield return (prefix, word[2..]);
            }
        }

        foreach (var (prefix, family) in new[] { ("ter", "ter"), ("ber", "ber"), ("per", "per"), ("bel", "ber") })
        {
            if (word.StartsWith(prefix, StringComparison.Ordinal) && word.Length - prefix.Length >= MinStemLength)
            {
                yield return (family, word[prefix.Length..]);
            }
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>One reading: the stem, how many affixes were removed, the suffix ("" for none), the first prefix's family and how many prefixes.</summary>
    private readonly record struct Reading(string Stem, int Removed, string Suffix, string? Prefix, int Prefixes);
}

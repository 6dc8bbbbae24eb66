namespace NetralitasSearch.Indexer.Extraction.Persons;

/// <summary>
/// Groups the mentions of a text into persons: a mention whose words are all in another's is the same person
/// ("Azan" of "M Azan", "Syarief" of "Laode M Syarief"), and so are a known short form and its full name
/// ("Jokowi", "Joko Widodo") or a name and the short form the text gives in brackets after it.
/// </summary>
internal sealed class PersonMerger(PersonLexicon lexicon, Func<string, bool> isPlausibleName)
{
    private readonly PersonLexicon lexicon = lexicon;
    private readonly Func<string, bool> isPlausibleName = isPlausibleName;

    private static readonly IReadOnlySet<string> NoWives = System.Collections.Frozen.FrozenSet<string>.Empty;

    /// <param name="wives">The names the text gives after a word for a wife ("ibu negara Iriana Joko Widodo"): her given
    /// name before her husband's name, whom the text also names alone; the two are two persons.</param>
    public List<MergedPerson> Merge(List<NameCandidate> candidates, IReadOnlyList<(string Full, string Short)> links, IReadOnlySet<string>? wives = null)
    {
        wives ??= NoWives;
        var linked = links.Select(link => (Full: Words(link.Full), Short: Key(link.Short))).ToList();
        var persons = new List<MergedPerson>();
        foreach (var candidate in candidates.OrderByDescending(c => c.Name.Split(' ').Length).ThenBy(c => c.Start))
        {
            var words = Words(candidate.Name);
            var key = Key(candidate.Name);

            // A short form the text itself gives for a name ("disapa TGB") is a name, if never a plausible one alone.
            if (!isPlausibleName(candidate.Name) && !linked.Any(link => link.Short == key))
            {
                continue;
            }
            var matches = persons.Where(p => !IsHusbandOf(key, p, wives) && (words.IsSubsetOf(p.Words) || p.Words.IsSubsetOf(words) || Aliased(key, p, linked))).ToList();
            if (matches.Count > 1 && wives.Count > 0)
            {
                // "Jokowi" is the husband's short form, not the wife's.
                matches.RemoveAll(p => p.Mentions.All(m => wives.Contains(Key(m.Name))));
            }

            if (matches.Count == 0)
            {
                // "Yusri" for Yusrianto, "Alex" for Alexander Marwata; "Aziah" for Azizah, "Hamin Pou" for Hamim Pou.
                matches = persons.Where(p => IsNickname(words, p) || IsTypo(words, p) || IsSpellingVariant(words, p) || IsShortened(words, p) || IsJoined(key, p) || IsInitialled(candidate.Name, p)).ToList();
            }
            if (matches.Count == 0)
            {
                persons.Add(new MergedPerson(candidate));
                continue;
            }

            if (matches.Count > 1 && words.Count == 1)
            {
                // "Okta" could be "Okta Masgud" or "Okta Wijaya": keep the mention apart from both.
                continue;
            }

            matches[0].Add(candidate);
        }

        return persons.OrderBy(p => p.FirstStart).ToList();
    }

    /// <summary>Whether the name of two words or more, or a known short form, is the husband's in the wife's name: "Joko
    /// Widodo" in "Iriana Joko Widodo", "Jokowi" in "Iriana Jokowi", which the text gives after "ibu negara".</summary>
    private bool IsHusbandOf(string key, MergedPerson person, IReadOnlySet<string> wives) =>
        wives.Count > 0 && (key.Contains(' ', StringComparison.Ordinal) || lexicon.KnownAliases.ContainsKey(key)) && person.Mentions.Any(m => Key(m.Name) is var wife && wives.Contains(wife)
            && wife.EndsWith(" " + key, StringComparison.Ordinal) && wife.IndexOf(' ', StringComparison.Ordinal) == wife.Length - key.Length - 1);

    /// <summary>Whether a mention is a known or bracketed short form of the person, or the person's name is one of the mention.</summary>
    private bool Aliased(string key, MergedPerson person, List<(HashSet<string> Full, string Short)> linked)
    {
        if (lexicon.KnownAliases.TryGetValue(key, out var full) && (Words(full).IsSubsetOf(person.Words) || (person.Words.Count > 1 && person.Words.IsSubsetOf(Words(full)))))
        {
            return true;
        }

        if (lexicon.KnownAliasesByFull.TryGetValue(key, out var shorts) && person.Mentions.Any(m => shorts.Contains(Key(m.Name))))
        {
            return true;
        }

        return linked.Count > 0 && linked.Any(link => link.Short == key && link.Full.IsSubsetOf(person.Words));
    }

    /// <summary>One word that opens a word of the person's name, at least four letters and two short of it ("Yusri",
    /// "Rulli", "Alex"), or three letters and four short of it ("Dwi" for Dwikorita); or that ends the person's one-word name,
    /// at least four letters and two short of it, as Javanese names are shortened ("Mbah Pani" for Supani); or that ends the
    /// given name of a longer name, at least five letters and three short of it ("Junot" for Herjunot Ali), or whose end is
    /// the person's one-word name so (the text's first mention "Junot", then "Herjunot").</summary>
    private static bool IsNickname(HashSet<string> words, MergedPerson person)
    {
        if (words.Count != 1)
        {
            return false;
        }

        var word = words.First();
        return (word.Length >= 3 && OpensAWordOf(person, word, word.Length == 3 ? 4 : 2))
            || (word.Length >= 4 && person.Words.Count == 1 && person.Words.First() is var only && only.Length >= word.Length + 2 && only.EndsWith(word, StringComparison.Ordinal))
            || (word.Length >= 5 && person.Words.Count >= 2 && EndsGivenName(person, word))
            || (person.Words.Count == 1 && person.Words.First() is var nickname && nickname.Length >= 5 && word.Length >= nickname.Length + 3
                && word.EndsWith(nickname, StringComparison.Ordinal));
    }

    /// <summary>Whether <paramref name="word"/> ends the first word of the person's name, three letters short of it at least:
    /// "junot" of Herjunot Ali.</summary>
    private static bool EndsGivenName(MergedPerson person, string word)
    {
        var key = Key(person.Name);
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        return space >= word.Length + 3 && key.AsSpan(0, space).EndsWith(word, StringComparison.Ordinal);
    }

    /// <summary>Whether <paramref name="word"/> opens a word of the person's name at least <paramref name="shorter"/> letters longer.</summary>
    private static bool OpensAWordOf(MergedPerson person, string word, int shorter) =>
        person.Words.Any(w => w.Length >= word.Length + shorter && w.StartsWith(word, StringComparison.Ordinal));

    /// <summary>Two words or more, each a word of the person's name or the opening of one, at least four letters and two short
    /// of it, one opening and one whole word at least: "Bambang Brodjo" for Bambang Brodjonegoro.</summary>
    internal static bool IsShortenedForm(HashSet<string> words, MergedPerson person) => IsShortened(words, person);

    private static bool IsShortened(HashSet<string> words, MergedPerson person)
    {
        if (words.Count < 2 || words.Count > person.Words.Count)
        {
            return false;
        }

        var opened = 0;
        foreach (var word in words)
        {
            if (person.Words.Contains(word))
            {
                continue;
            }

            if (word.Length < 4 || !OpensAWordOf(person, word, 2))
            {
                return false;
            }

            opened++;
        }

        return opened == 1;
    }

    /// <summary>A name that opens with the initials of the person's given names in capitals and goes on with the rest of one of
    /// the person's names: "BJ Habibie" for Bacharuddin Jusuf Habibie.</summary>
    private static bool IsInitialled(string name, MergedPerson person)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || parts[0].Length is < 2 or > 3 || !parts[0].All(char.IsUpper))
        {
            return false;
        }

        var rest = parts.Length - 1;
        return person.Mentions.Any(mention => mention.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is var full && full.Length == parts[0].Length + rest
            && parts[0].Select((letter, k) => char.ToUpperInvariant(full[k][0]) == letter).All(same => same)
            && parts.Skip(1).Select((word, k) => string.Equals(word, full[parts[0].Length + k], StringComparison.OrdinalIgnoreCase)).All(same => same));
    }

    /// <summary>One word that is two words of one of the person's names written together: "Jihyo" for Song Ji Hyo.</summary>
    private static bool IsJoined(string key, MergedPerson person)
    {
        if (key.Contains(' ', StringComparison.Ordinal) || key.Length < 4)
        {
            return false;
        }

        foreach (var mention in person.Mentions)
        {
            var parts = Key(mention.Name).Split(' ');
            for (var k = 0; k + 1 < parts.Length; k++)
            {
                if (parts[k].Length + parts[k + 1].Length == key.Length && key.StartsWith(parts[k], StringComparison.Ordinal) && key.EndsWith(parts[k + 1], StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The same number of words as one of the person's names and one letter apart from it (added, dropped,
    /// changed or two swapped), every word at least four letters: a typo of the name in the same text.</summary>
    private static bool IsTypo(HashSet<string> words, MergedPerson person)
    {
        // Each word of the mention is a word of the person's, or one letter from one (same first letter, at least four
        // letters), and exactly one word differs: "Aziah" of Siti Nur Azizah, "Hamin Pou" of Hamim Pou.
        var differing = 0;
        foreach (var word in words)
        {
            if (person.Words.Contains(word))
            {
                continue;
            }

            if (word.Length < 4 || !person.Words.Any(w => w.Length >= 4 && w[0] == word[0] && Math.Abs(w.Length - word.Length) <= 1 && Distance(w, word) == 1))
            {
                return false;
            }

            differing++;
        }

        return differing == 1 && words.Count <= person.Words.Count;
    }

    /// <summary>Each word a word of the person's name but one, which is spelt as one of the person's words in another way
    /// of writing Indonesian names (see <see cref="SameSpelling"/>), at least four letters: "Deni Siregar" and "Denny" of Denny
    /// Siregar, "Umi Akhtar" of Ummi Akhtar.</summary>
    private static bool IsSpellingVariant(HashSet<string> words, MergedPerson person)
    {
        if (words.Count > person.Words.Count || (words.Count == 1 && words.First().Length < 4))
        {
            return false;
        }

        var differing = 0;
        foreach (var word in words)
        {
            if (person.Words.Contains(word))
            {
                continue;
            }

            if (word.Length < 3 || differing > 0 || !SpeltAsAWordOf(person, word))
            {
                return false;
            }

            differing++;
        }

        return differing == 1;
    }

    private static bool SpeltAsAWordOf(MergedPerson person, string word)
    {
        foreach (var w in person.Words)
        {
            if (w.Length >= 4 && w[0] == word[0] && SameSpelling(w, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether two words of names are the same but for the differences of spelling Indonesian names take: accents,
    /// "y" for "i", doubled letters ("Denny", "Deni"), the old spellings "dj" and "oe" ("Widjaja", "Soekarno").</summary>
    private static bool SameSpelling(string a, string b)
    {
        Span<char> x = stackalloc char[48];
        Span<char> y = stackalloc char[48];
        var length = Spelling(a, x);
        return length > 0 && length == Spelling(b, y) && x[..length].SequenceEqual(y[..length]);
    }

    /// <summary>The word folded as <see cref="SameSpelling"/> compares it, into <paramref name="into"/>; its length, or 0
    /// where it is too long.</summary>
    private static int Spelling(string word, Span<char> into)
    {
        var source = System.Text.Ascii.IsValid(word) ? word : word.Normalize(System.Text.NormalizationForm.FormD);
        var length = 0;
        foreach (var c in source)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var letter = c == 'y' ? 'i' : c;
            if (length > 0 && (into[length - 1] == letter || (into[length - 1] == 'd' && letter == 'j') || (into[length - 1] == 'o' && letter == 'e')))
            {
                into[length - 1] = letter == 'e' && into[length - 1] == 'o' ? 'u' : letter;
                continue;
            }

            if (length == into.Length)
            {
                return 0;
            }

            into[length++] = letter;
        }

        return length;
    }

    /// <summary>Optimal string alignment distance (Damerau-Levenshtein without repeated edits), up to 2.</summary>
    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return 2;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return Math.Min(2, d[a.Length, b.Length]);
    }

    /// <summary>Keys made on this thread, by name: merging compares each mention with every person's mentions, and the
    /// same few dozen names were keyed again for every pair (a third of the person stage's allocation).</summary>
    [ThreadStatic]
    private static Dictionary<string, string>? keys;

    /// <summary>A name compared without case, dots or extra spaces.</summary>
    public static string Key(string name)
    {
        keys ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (keys.TryGetValue(name, out var key))
        {
            return key;
        }

        if (keys.Count >= 4096)
        {
            keys.Clear();
        }

        key = string.Join(' ', name.ToLowerInvariant().Replace('.', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
        keys[name] = key;
        return key;
    }

    public static HashSet<string> Words(string name) =>
        name.ToLowerInvariant().Replace('.', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}

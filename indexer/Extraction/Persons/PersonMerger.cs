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

    public List<MergedPerson> Merge(List<NameCandidate> candidates, IReadOnlyList<(string Full, string Short)> links)
    {
        var linked = links.Select(link => (Full: Words(link.Full), Short: Key(link.Short))).ToList();
        var persons = new List<MergedPerson>();
        foreach (var candidate in candidates.OrderByDescending(c => c.Name.Split(' ').Length).ThenBy(c => c.Start))
        {
            if (!isPlausibleName(candidate.Name))
            {
                continue;
            }

            var words = Words(candidate.Name);
            var key = Key(candidate.Name);
            var matches = persons.Where(p => words.IsSubsetOf(p.Words) || p.Words.IsSubsetOf(words) || Aliased(key, p, linked)).ToList();
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

    /// <summary>Whether a mention is a known or bracketed short form of the person, or the person's name is one of the mention.</summary>
    private bool Aliased(string key, MergedPerson person, List<(HashSet<string> Full, string Short)> linked)
    {
        if (lexicon.KnownAliases.TryGetValue(key, out var full) && Words(full).IsSubsetOf(person.Words))
        {
            return true;
        }

        if (person.Mentions.Any(m => lexicon.KnownAliases.TryGetValue(Key(m.Name), out var fullOfPerson) && fullOfPerson == key))
        {
            return true;
        }

        return linked.Any(link => link.Short == key && link.Full.IsSubsetOf(person.Words));
    }

    /// <summary>A name compared without case, dots or extra spaces.</summary>
    public static string Key(string name) =>
        string.Join(' ', name.ToLowerInvariant().Replace('.', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public static HashSet<string> Words(string name) =>
        name.ToLowerInvariant().Replace('.', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}

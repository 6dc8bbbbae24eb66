using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Indexer.Extraction.Persons;

/// <summary>The mentions of one person, named by the mention with the most words.</summary>
internal sealed class MergedPerson(NameCandidate first)
{
    private NameCandidate best = first;

    public List<NameCandidate> Mentions { get; } = [first];

    public HashSet<string> Words { get; private set; } = PersonMerger.Words(first.Name);

    public int FirstStart => Mentions.Where(m => m.Start >= 0).Select(m => m.Start).DefaultIfEmpty(int.MaxValue).Min();

    public string Name => best.Name;

    /// <summary>The person: the fullest name, the first position and regency the text gives, the other names as aliases.</summary>
    public PersonEntity Entity => new(
        best.Name,
        Mentions.OrderBy(m => m.Start < 0 ? int.MaxValue : m.Start).Select(m => m.Position).FirstOrDefault(p => p is not null),
        best.Original,
        Mentions.Select(m => m.Regency).FirstOrDefault(r => r is not null))
    {
        // A shorter reading of the same occurrence ("Mursalin" inside "Mursalin Hanafi") is not another way of naming him.
        Aliases = Mentions.Where(m => !Mentions.Any(other => other != m && other.Start >= 0 && m.Start >= other.Start
                && m.Start + m.Length <= other.Start + other.Length && other.Length > m.Length))
            .OrderBy(m => m.Start < 0 ? int.MaxValue : m.Start).Select(m => m.Name)
            .Where(name => PersonMerger.Key(name) != PersonMerger.Key(best.Name))
            .DistinctBy(PersonMerger.Key, StringComparer.Ordinal)
            .ToList(),
    };

    public void Add(NameCandidate candidate)
    {
        Mentions.Add(candidate);
        var words = PersonMerger.Words(candidate.Name);
        if (words.Count > Words.Count)
        {
            best = candidate;
            Words = words;
        }
    }
}

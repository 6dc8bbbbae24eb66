using System.Globalization;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Extraction.Regions;
using NetralitasSearch.Indexer.Text;

namespace NetralitasSearch.Indexer.Extraction.Persons;

/// <summary>
/// Persons with their positions, read from the cues Indonesian news gives: a position before the name
/// ("Sekda Batanghari M Azan", "Ketua Bawaslu Kabupaten Kendal, Rohmat Hidayat"), quote attributions ("ujar
/// Sekda Azan", "kata Oktaviano"), titles and degrees around a name ("Drs H Ali Sadikin, M.Si"), forms of
/// address ("Pak Azan") and social media accounts ("akun atas nama Okta Masgud"). Honorifics and degrees are
/// stripped, and mentions of the same person ("Sekda Azan", "M Azan") become one person with the fullest name.
/// </summary>
public sealed class PersonExtractor(Gazetteer gazetteer) : IEntityExtractor
{
    private const int MaxNameWords = 5;
    private readonly Gazetteer gazetteer = gazetteer;
    private readonly PersonLexicon lexicon = PersonLexicon.Default;

    public void Extract(ExtractionContext context, ExtractedEntities entities)
    {
        var reader = new Reader(context.Text, context.TextWords, this);
        var candidates = reader.ReadAll();
        if (context.Author is { } author && LooksLikeAuthorName(author))
        {
            candidates.Add(new NameCandidate(TitleCase(author), author, "Pewarta", -1, 0, null));
        }

        var persons = Merge(candidates);
        foreach (var person in persons)
        {
            entities.Persons.Add(person.Entity);
            foreach (var mention in person.Mentions.Where(m => m.Start >= 0))
            {
                entities.Spans.Add(new EntitySpan(EntityType.Person, person.Entity.Name, mention.Start, mention.Length));
            }
        }
    }

    private static bool LooksLikeAuthorName(string author)
    {
        var words = author.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 4 && !author.Contains('.', StringComparison.Ordinal) && words.All(word => char.IsUpper(word[0]))
            && !words.Any(word => word.ToLowerInvariant() is "redaksi" or "admin" or "tim" or "humas" or "rilis" or "rls" or "kontributor");
    }

    internal static string TitleCase(string name)
    {
        if (name.Any(char.IsLower))
        {
            return name;
        }

        return string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.Length <= 1 ? word : char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant()));
    }

    /// <summary>Mentions whose words are a subset of another's ("Azan" of "M Azan") are the same person.</summary>
    private List<MergedPerson> Merge(List<NameCandidate> candidates)
    {
        var persons = new List<MergedPerson>();
        foreach (var candidate in candidates.OrderByDescending(c => c.Name.Split(' ').Length).ThenBy(c => c.Start))
        {
            if (!IsPlausibleName(candidate.Name))
            {
                continue;
            }

            var words = Words(candidate.Name);
            var matches = persons.Where(p => words.IsSubsetOf(p.Words) || p.Words.IsSubsetOf(words)).ToList();
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

    private bool IsPlausibleName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.All(word => word.Length == 1))
        {
            return false;
        }

        var lower = words.Select(word => word.ToLowerInvariant()).ToList();
        if (lower.All(word => lexicon.OrganisationWords.Contains(word) || lexicon.StopWords.Contains(word)))
        {
            return false;
        }

        if (words.Length == 1 && (words[0].Length < 3 || words[0].All(c => !char.IsLetter(c) || char.IsUpper(c))))
        {
            return false;
        }

        // A place is not a person: "Musi Rawas", "Batanghari".
        return gazetteer.Names.Find(lower).Count == 0;
    }

    private static HashSet<string> Words(string name) =>
        name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    private sealed class MergedPerson(NameCandidate first)
    {
        private NameCandidate best = first;

        public List<NameCandidate> Mentions { get; } = [first];

        public HashSet<string> Words { get; private set; } = PersonExtractor.Words(first.Name);

        public int FirstStart => Mentions.Where(m => m.Start >= 0).Select(m => m.Start).DefaultIfEmpty(int.MaxValue).Min();

        public PersonEntity Entity => new(best.Name, Mentions.OrderBy(m => m.Start < 0 ? int.MaxValue : m.Start).Select(m => m.Position).FirstOrDefault(p => p is not null), best.Original, Mentions.Select(m => m.Regency).FirstOrDefault(r => r is not null));

        public void Add(NameCandidate candidate)
        {
            Mentions.Add(candidate);
            var words = PersonExtractor.Words(candidate.Name);
            if (words.Count > Words.Count)
            {
                best = candidate;
                Words = words;
            }
        }
    }

    /// <summary>One pass over a text's words; holds the text so the gaps between words can be read.</summary>
    private sealed class Reader(string text, IReadOnlyList<Word> words, PersonExtractor owner)
    {
        private readonly PersonLexicon lexicon = owner.lexicon;

        public List<NameCandidate> ReadAll()
        {
            var found = new List<NameCandidate>();
            for (var i = 0; i < words.Count; i++)
            {
                var lower = words[i].Lower;
                NameCandidate? candidate = null;
                if (HeadAt(i) is { } head)
                {
                    candidate = AfterPosition(i, head.Length, head.Village);
                }
                else if (PersonLexicon.AttributionVerbs.Contains(lower) && i + 1 < words.Count && OnlySpaceBefore(i + 1))
                {
                    candidate = HeadAt(i + 1) is { } attributed ? AfterPosition(i + 1, attributed.Length, attributed.Village) : Name(i + 1, null, null);
                }
                else if (PersonLexicon.Addresses.Contains(lower) && i + 1 < words.Count && OnlySpaceBefore(i + 1))
                {
                    candidate = HeadAt(i + 1) is { } addressed ? AfterPosition(i + 1, addressed.Length, addressed.Village) : Name(i + 1, null, null);
                }
                else if (IsHonorificAt(i) && (i == 0 || !IsHonorificAt(i - 1)))
                {
                    candidate = Name(i, null, null);
                }
                else if (lower == "akun")
                {
                    candidate = Account(i + 1);
                }

                candidate ??= BeforeDegree(i);
                if (candidate is not null)
                {
                    found.Add(candidate);
                }
            }

            return found;
        }

        private string Gap(int index) => index <= 0 || index >= words.Count ? "" : text[words[index - 1].End..words[index].Start];

        private bool OnlySpaceBefore(int index) => Gap(index).All(c => c == ' ');

        private (int Length, bool Village)? HeadAt(int index)
        {
            foreach (var (head, village) in lexicon.PositionHeads)
            {
                if (index + head.Length > words.Count)
                {
                    continue;
                }

                var matches = true;
                for (var k = 0; k < head.Length && matches; k++)
                {
                    matches = words[index + k].Lower == head[k] && (k == 0 || OnlySpaceBefore(index + k));
                }

                if (matches)
                {
                    return (head.Length, village);
                }
            }

            return null;
        }

        private bool IsHonorificAt(int index)
        {
            var word = words[index];
            if (!word.IsCapitalized || !PersonLexicon.Honorifics.Contains(word.Lower) || index + 1 >= words.Count)
            {
                return false;
            }

            var gap = Gap(index + 1);
            return words[index + 1].IsCapitalized && gap.Length <= 3 && gap.All(c => c is ' ' or '.');
        }

        /// <summary>The position after a head: offices, acronyms, regions, a place for village heads; then the name.</summary>
        private NameCandidate? AfterPosition(int headStart, int headLength, bool village)
        {
            var j = headStart + headLength;
            string? abbreviation = null;
            string? regency = null;

            if (j < words.Count && Gap(j).Contains('(') && j + 1 <= words.Count && Gap(Math.Min(j + 1, words.Count - 1)).Contains(')'))
            {
                abbreviation = words[j].Text;
                j++;
            }

            if (village && j < words.Count && OnlySpaceBefore(j) && words[j].IsCapitalized && !IsHonorificAt(j))
            {
                var place = owner.gazetteer.Names.Prefixes(k => j + k < words.Count && OnlySpaceBefore(j + k) ? words[j + k].Lower : null).Select(p => p.Length).DefaultIfEmpty(1).Max();
                j += place;
            }

            while (j < words.Count)
            {
                var gap = Gap(j);
                if (gap.Contains('(') && gap.Trim() == "(")
                {
                    var close = j;
                    while (close < words.Count - 1 && !Gap(close + 1).Contains(')') && close - j < 4)
                    {
                        close++;
                    }

                    j = close + 1;
                    continue;
                }

                if (!gap.All(c => c == ' ') || IsHonorificAt(j))
                {
                    break;
                }

                var word = words[j];
                var region = RegionLength(j);
                if (region > 0)
                {
                    regency ??= RegionName(j, region);
                    j += region;
                    continue;
                }

                if (lexicon.OrganisationWords.Contains(word.Lower) || IsRoman(word.Text) || (word.IsAllCaps && word.Length >= 2 && !PersonLexicon.Honorifics.Contains(word.Lower))
                    || (word.Lower is "dan" or "serta" or "&" && j + 1 < words.Count && lexicon.OrganisationWords.Contains(words[j + 1].Lower)))
                {
                    j++;
                    continue;
                }

                break;
            }

            var positionEnd = words[j - 1].End;
            var position = PositionText(headStart, headLength, abbreviation, positionEnd);
            var nameStart = j;
            if (nameStart < words.Count && Gap(nameStart).Trim() is "," or "" or ":" or "-")
            {
                return Name(nameStart, position, regency);
            }

            return null;
        }

        /// <summary>"Sekretaris Daerah (Sekda) Batanghari" reads as "Sekda Batanghari", as the press shortens it.</summary>
        private string PositionText(int headStart, int headLength, string? abbreviation, int end)
        {
            var start = words[headStart].Start;
            var raw = text[start..end];
            if (abbreviation is not null)
            {
                var close = raw.IndexOf(')', StringComparison.Ordinal);
                raw = close >= 0 ? abbreviation + raw[(close + 1)..] : raw;
            }

            var position = TextNormalizer.CollapseWhitespace(raw).Trim(' ', ',', '(', ')');
            return position.Length > 0 && char.IsLower(position[0]) ? char.ToUpperInvariant(position[0]) + position[1..] : position;
        }

        private int RegionLength(int index)
        {
            if (!words[index].IsCapitalized)
            {
                return 0;
            }

            return owner.gazetteer.Names.Prefixes(k => index + k < words.Count && (k == 0 || OnlySpaceBefore(index + k)) && words[index + k].IsCapitalized ? words[index + k].Lower : null)
                .Where(p => p.Entries.Any(e => !e.IsCommonWord || e.IsAcronym))
                .Select(p => p.Length)
                .DefaultIfEmpty(0)
                .Max();
        }

        private string? RegionName(int index, int length)
        {
            var entries = owner.gazetteer.Names.Find(words.Skip(index).Take(length).Select(w => w.Lower));
            var region = entries.Select(e => e.Region).FirstOrDefault(r => r.Kind != RegionKind.Province);
            return region?.DisplayName;
        }

        private static bool IsRoman(string word) => word is "I" or "II" or "III" or "IV" or "V";

        /// <summary>A capitalised run of up to five words after optional titles; stops at punctuation, offices and sentence words.</summary>
        private NameCandidate? Name(int start, string? position, string? regency)
        {
            var j = start;
            while (j < words.Count && (IsHonorificAt(j) || (PersonLexicon.Addresses.Contains(words[j].Lower) && j + 1 < words.Count && OnlySpaceBefore(j + 1))))
            {
                j++;
            }

            var nameStart = j;
            while (j < words.Count && j - nameStart < MaxNameWords)
            {
                var word = words[j];
                if (j > nameStart)
                {
                    var gap = Gap(j);
                    var afterInitial = words[j - 1].Length == 1 && gap.Trim() == ".";
                    if (!gap.All(c => c == ' ') && !afterInitial)
                    {
                        break;
                    }
                }

                if (!word.IsCapitalized)
                {
                    if (word.Lower is "bin" or "binti" or "van" or "de" or "al" && j + 1 < words.Count && words[j + 1].IsCapitalized)
                    {
                        j++;
                        continue;
                    }

                    break;
                }

                if (lexicon.StopWords.Contains(word.Lower) || lexicon.OrganisationWords.Contains(word.Lower) || (j > nameStart && HeadAt(j) is not null) || (j == nameStart && HeadAt(j) is not null))
                {
                    break;
                }

                if (word.IsAllCaps && word.Length >= 2 && !AllCapsContext(j))
                {
                    break;
                }

                j++;
            }

            // "Popo Ali M.,B.Com.": a last single letter followed by a period and a comma is a degree.
            while (j - 1 > nameStart && words[j - 1].Length == 1 && j - 1 + 1 <= words.Count && FollowingGap(j - 1).StartsWith(".,", StringComparison.Ordinal))
            {
                j--;
            }

            if (j == nameStart)
            {
                return null;
            }

            var begin = words[nameStart].Start;
            var end = words[j - 1].End;
            var original = words[Math.Max(start, 0)].Start < begin ? text[words[start].Start..end] : text[begin..end];
            var name = TitleCase(string.Join(' ', words.Skip(nameStart).Take(j - nameStart).Select(w => w.Text)));
            return new NameCandidate(name, original, position, begin, end - begin, regency);
        }

        private string FollowingGap(int index) => index + 1 < words.Count ? text[words[index].End..words[index + 1].Start] : text[words[index].End..];

        /// <summary>All-caps names are read where the surrounding line is in capitals (signature blocks, headlines).</summary>
        private bool AllCapsContext(int index)
        {
            var lineStart = text.LastIndexOf('\n', Math.Max(0, words[index].Start - 1)) + 1;
            var lineEnd = text.IndexOf('\n', words[index].End);
            var line = text[lineStart..(lineEnd < 0 ? text.Length : lineEnd)];
            return !line.Any(char.IsLower) || line.Length < 60 && line.Count(char.IsUpper) > line.Count(char.IsLower);
        }

        /// <summary>"Oktaviano, ST.,M.Si menyampaikan": a capitalised run followed by a comma and degrees.</summary>
        private NameCandidate? BeforeDegree(int index)
        {
            if (index + 1 >= words.Count || !words[index].IsCapitalized || !Gap(index + 1).Trim().StartsWith(',') || !IsDegreeAt(index + 1))
            {
                return null;
            }

            var start = index;
            while (start > 0 && index - start < MaxNameWords - 1 && OnlySpaceBefore(start) && words[start - 1].IsCapitalized
                && !lexicon.StopWords.Contains(words[start - 1].Lower) && !lexicon.OrganisationWords.Contains(words[start - 1].Lower)
                && !PersonLexicon.AttributionVerbs.Contains(words[start - 1].Lower) && HeadAt(start - 1) is null && RegionLength(start - 1) == 0)
            {
                start--;
            }

            return Name(start, null, null) is { } candidate && candidate.Start + candidate.Length == words[index].End ? candidate : null;
        }

        private bool IsDegreeAt(int index)
        {
            var word = words[index];
            if (!word.IsCapitalized || !PersonLexicon.DegreeParts.Contains(word.Lower))
            {
                return false;
            }

            var after = FollowingGap(index);
            return word.Length > 1 ? after.Length == 0 || after.StartsWith('.') || after.StartsWith(',') || after.StartsWith(' ') && word.IsAllCaps : after.StartsWith('.');
        }

        /// <summary>"akun atas nama Okta Masgud", "akun yuni aryani menuliskan": the account holder's name.</summary>
        private NameCandidate? Account(int start)
        {
            var j = start;
            while (j < words.Count && j - start < 4 && PersonLexicon.AccountNoise.Contains(words[j].Lower) && OnlySpaceBefore(j))
            {
                j++;
            }

            var nameStart = j;
            while (j < words.Count && j - nameStart < 3 && (j == nameStart || OnlySpaceBefore(j)))
            {
                var lower = words[j].Lower;
                if (PersonLexicon.AccountNoise.Contains(lower) || lexicon.StopWords.Contains(lower) || lexicon.OrganisationWords.Contains(lower) || !words[j].Text.All(char.IsLetter)
                    || (!words[j].IsCapitalized && (lower.StartsWith("me", StringComparison.Ordinal) || lower.StartsWith("di", StringComparison.Ordinal) || lower.StartsWith("ber", StringComparison.Ordinal) || lower.StartsWith("ter", StringComparison.Ordinal) || lower.Length < 3)))
                {
                    break;
                }

                j++;
            }

            var count = j - nameStart;
            if (count == 0 || (count == 1 && !words[nameStart].IsCapitalized))
            {
                return null;
            }

            var begin = words[nameStart].Start;
            var end = words[j - 1].End;
            var name = string.Join(' ', words.Skip(nameStart).Take(count).Select(w => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(w.Lower)));
            return new NameCandidate(name, text[begin..end], null, begin, end - begin, null);
        }
    }
}

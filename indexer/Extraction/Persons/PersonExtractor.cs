using System.Globalization;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Extraction.Names;
using NetralitasSearch.Indexer.Extraction.Regions;
using NetralitasSearch.Indexer.Text;

namespace NetralitasSearch.Indexer.Extraction.Persons;

/// <summary>
/// Persons with their positions. The names come from two sources that check each other: the name tagger
/// (<see cref="ExtractedEntities.Names"/>, a sequence model trained on the IndoNLU NER sets), which finds names with
/// no cue nearby (candidate lists, quote attributions, lists of officials), and the cues Indonesian news gives: a
/// position before the name ("Sekda Batanghari M Azan", "Ketua Bawaslu Kabupaten Kendal, Rohmat Hidayat"), quote
/// attributions ("ujar Sekda Azan", "kata Oktaviano"), titles and degrees around a name ("Drs H Ali Sadikin, M.Si"),
/// forms of address ("Pak Azan") and social media accounts ("akun atas nama Okta Masgud"). Where both read a name the
/// words they agree on are the name; a name only the cues read stays unless the tagger calls it an organisation or a
/// place; a name only the tagger read stays unless it is part of a street, building or institution name. Honorifics,
/// ranks, titles and degrees are stripped, and mentions of the same person ("Sekda Azan", "M Azan"; "Joko Widodo",
/// "Jokowi") become one person under the fullest name, with the other forms as aliases.
/// </summary>
public sealed partial class PersonExtractor(Gazetteer gazetteer) : IEntityExtractor
{
    private const int MaxNameWords = 7;
    private readonly Gazetteer gazetteer = gazetteer;
    private readonly PersonLexicon lexicon = PersonLexicon.Default;

    public void Extract(ExtractionContext context, ExtractedEntities entities)
    {
        var reader = new Reader(context.Text, context.TextWordList, this, entities.Names);
        var links = new List<(string Full, string Short)>();
        var candidates = Combine(reader, reader.ReadAll(), entities.Names, links);
        foreach (var byline in context.Bylines.Where(b => LooksLikeAuthorName(b.Name)))
        {
            candidates.Add(new NameCandidate(TitleCase(byline.Name), byline.Name, byline.Role, -1, 0, null));
        }

        if (ClosingByline(context.Text) is { } closing && !context.Bylines.Any(b => string.Equals(b.Name, closing.Name, StringComparison.OrdinalIgnoreCase)))
        {
            // The reporter's name in capitals on the last line (Tempo): the whole line is the name, not the words of it the
            // tagger reads ("WICAKSONO" of "PRIBADI WICAKSONO", "pribadi" being also a common word).
            candidates.RemoveAll(c => c.Start >= closing.Start);
            candidates.Add(closing);
        }

        if (context.Author is { } author && LooksLikeAuthorName(author) && !context.Bylines.Any(b => b.Name == author))
        {
            candidates.Add(new NameCandidate(TitleCase(author), author, "Penulis", -1, 0, null));
        }

        var wives = candidates.Where(reader.AfterWifeWord).Select(c => PersonMerger.Key(c.Name)).ToHashSet(StringComparer.Ordinal);
        var persons = new PersonMerger(lexicon, IsPlausibleName).Merge(candidates, links, wives);
        AddHeadlineNames(context.Title, context.TitleWords, persons);
        AddHeadlineOnlyNames(context.Title, context.TitleWords, persons);
        foreach (var person in persons)
        {
            var entity = person.Entity;
            entities.Persons.Add(entity);
            foreach (var mention in person.Mentions.Where(m => m.Start >= 0))
            {
                entities.Spans.Add(new EntitySpan(EntityType.Person, entity.Name, mention.Start, mention.Length));
            }
        }
    }

    /// <summary>The names of the cues and of the tagger, checked against each other (see the class summary).</summary>
    private static List<NameCandidate> Combine(Reader reader, List<NameCandidate> cued, List<NameMention> names, List<(string Full, string Short)> links)
    {
        // The headline of another story after "Baca juga:" names nobody in this one.
        cued = cued.Where(c => !reader.InLinkedHeadline(c.Start)).ToList();
        names = names.Where(n => !reader.InLinkedHeadline(n.Start)).ToList().ConvertAll(n => n.Class == NameClass.Organisation && reader.IsInitialsAndName(n) ? n with { Class = NameClass.Person } : n);
        var tagged = names.Where(n => n.Class == NameClass.Person).ToList();
        var others = names.Where(n => n.Class != NameClass.Person).ToList();
        var used = new bool[tagged.Count];
        var result = new List<NameCandidate>();
        foreach (var candidate in cued)
        {
            var end = candidate.Start + candidate.Length;
            var overlapping = Enumerable.Range(0, tagged.Count).Where(t => tagged[t].Start < end && candidate.Start < tagged[t].End).ToList();
            if (overlapping.Count == 0)
            {
                // "kata Bawaslu Jatim": what the tagger reads as an organisation or a place, holding an office's word or an
                // acronym, is not a person unless a position stands before it.
                var institutional = candidate.Position is null && reader.HasInstitutionalWord(candidate.Start, end)
                    && others.Any(o => o.Start <= candidate.Start && end <= o.End);
                if (!institutional && !reader.IsInsidePlaceName(reader.WordAt(candidate.Start)) && reader.WithoutOrdinaryLead(candidate, int.MaxValue) is { } named
                    && !reader.CompletesInstitution(named)
                    && (named.Start < 0 || named.Name.Contains(' ', StringComparison.Ordinal) || IsNameWord(named.Name.ToLowerInvariant()) || reader.AfterNicknameCue(named.Start) || reader.FollowedByAge(named)
                        || (named.Position is not null && !reader.InstitutionFollows(named))))
                {
                    result.Add(named);
                    reader.AddAliasCandidates(named, result, links);
                }

                continue;
            }

            // One name read by both: the cue's reading wins, its rules know where a position or a place ends. Two or more
            // names of the tagger inside one cue reading are people listed side by side: each is a name of its own.
            if (overlapping.Count == 1)
            {
                used[overlapping[0]] = true;
                if (!reader.IsInsidePlaceName(reader.WordAt(candidate.Start)) && (reader.IsResultEntry(candidate) ? candidate : reader.WithoutOrdinaryLead(candidate, tagged[overlapping[0]].FirstWord)) is { } both
                    && !reader.CompletesInstitution(both))
                {
                    result.Add(both);
                    reader.AddAliasCandidates(both, result, links);
                }

                continue;
            }

            var first = true;
            foreach (var t in overlapping)
            {
                used[t] = true;
                var from = reader.WordAt(Math.Max(candidate.Start, tagged[t].Start));
                var to = reader.WordEndingAt(Math.Min(end, tagged[t].End));
                if (from < 0 || to < from || reader.IsInsidePlaceName(from))
                {
                    continue;
                }

                var (position, regency) = first ? (candidate.Position, candidate.Regency) : reader.PositionAround(from, to);
                if (reader.FromRange(from, to, position, regency) is { } combined)
                {
                    result.Add(combined);
                    reader.AddAliasCandidates(combined, result, links);
                    first = false;
                }
            }
        }

        for (var t = 0; t < tagged.Count; t++)
        {
            if (used[t] || reader.IsInsidePlaceName(tagged[t].FirstWord) || reader.IsInsideRegionName(tagged[t].FirstWord) || !reader.IsNameWithoutCue(tagged[t].FirstWord, tagged[t].LastWord))
            {
                continue;
            }

            var start = reader.AfterPositionInside(tagged[t].FirstWord, tagged[t].LastWord);
            if (start > tagged[t].LastWord)
            {
                continue;
            }

            var (position, regency) = reader.PositionAround(start, tagged[t].LastWord);
            if (reader.FromRange(start, tagged[t].LastWord, position, regency) is { } named)
            {
                result.Add(named);
                reader.AddAliasCandidates(named, result, links);
            }
        }

        // A line-up's items are its names, whole: a reading inside an item gives way to it ("Di Lorenzo" for "Lorenzo",
        // "Jose Gaya" for "Jose"), an item no one read is a name too ("Maksimovic", "Elmas").
        foreach (var (first, last) in reader.ListedNames(result))
        {
            if (reader.FromRange(first, last, null, null) is not { } item)
            {
                continue;
            }

            var end = item.Start + item.Length;
            var inside = result.FindAll(c => c.Start >= 0 && c.Start < end && item.Start < c.Start + c.Length);
            if (inside.Any(c => c.Start < item.Start || c.Start + c.Length > end || (c.Start == item.Start && c.Length == item.Length)))
            {
                continue;
            }

            result.RemoveAll(inside.Contains);
            result.Add(item);
        }

        // "Hartanto "POKKA" Lius": a nickname in quotes between a given name and a surname belongs to the name, and is the
        // name the person goes by.
        foreach (var (first, nickname, last) in reader.QuotedNicknames(result))
        {
            var begin = reader.StartOfWord(first);
            var end = reader.EndOfWord(last);
            var covered = result.FindAll(c => c.Start >= 0 && c.Start < end && begin < c.Start + c.Length);
            if (covered.Any(c => c.Start < begin || c.Start + c.Length > end))
            {
                continue;
            }

            var name = reader.TextOf(begin, end - begin);
            result.RemoveAll(covered.Contains);
            result.Add(new NameCandidate(name, name, covered.Select(c => c.Position).FirstOrDefault(position => position is not null), begin, end - begin, null));
            var alias = reader.TextOf(reader.StartOfWord(nickname), reader.EndOfWord(nickname) - reader.StartOfWord(nickname));
            result.Add(new NameCandidate(alias, alias, null, reader.StartOfWord(nickname), alias.Length, null));
            links.Add((name, alias));
        }

        // Names the text shows to be no person's elsewhere: after "di" ("di Roland Garros", "di Kobi Seti") a name is a
        // place, after a firm's legal form ("PT Adhi Karya", "KSO Wika Gedung") a firm; without a position next to them
        // their other mentions are the place or the firm again ("Adhi Karya menilai ...").
        var notPersons = reader.FirmNames();
        notPersons.UnionWith(reader.NamesAfterLocative());
        for (var i = result.Count - 1; i >= 0; i--)
        {
            result[i] = reader.WithKoreanSurname(reader.WithInitialsBefore(reader.WithNameTitle(reader.WithInitialsInBrackets(reader.WithoutKinshipLead(reader.WithoutNounLead(reader.WithoutInstitutionLead(reader.WithoutLeadBeforeRank(reader.WithoutTrailingNotes(result[i])))))))));
            // A doubles pair's sides are split at the slash only: "Lee Jhe-Huei/Hsu Ya Ching" holds no ticket.
            if (!(result[i].Position is null && reader.IsWholeQuotation(result[i])) && !reader.IsSlashedPair(result[i]) && reader.AsTicket(result[i]) is { } ticket)
            {
                result[i] = ticket.First;
                if (ticket.Second is { } second)
                {
                    result.Insert(i + 1, second);
                }
            }
            else if (reader.AsDoublesPair(result[i]) is { } pair)
            {
                result[i] = pair.First;
                result.Insert(i + 1, pair.Second);
            }
        }

        WithoutGroupAcronyms(result);

        // "Koordinator Lapangan aksi massa Muhammad Abdul Basit ... ungkap Abbas, demikian biasa ia dipanggil": the name a person
        // goes by, said after it, is a short form of the person named last before it.
        for (var i = 0; i < result.Count; i++)
        {
            if (result[i].Start >= 0 && !result[i].Name.Contains(' ', StringComparison.Ordinal) && reader.FollowedByNicknameCue(result[i]))
            {
                NameCandidate? before = null;
                foreach (var other in result)
                {
                    if (other.Start >= 0 && other.Start < result[i].Start && other.Name.Contains(' ', StringComparison.Ordinal) && (before is null || other.Start > before.Start))
                    {
                        before = other;
                    }
                }

                if (before is not null)
                {
                    links.Add((before.Name, result[i].Name));
                }
            }
        }

        // "Zizou –sapaan akrab Zidane–": the name before is the one the person after goes by. "Blaugrana –julukan Barcelona–",
        // "Laskar Antasari, julukan Barito Putera": where no name read in the text holds the name after "julukan", that is a
        // team's or a thing's, and so is the one before.
        for (var i = 0; i < result.Count; i++)
        {
            if (!result[i].Name.Contains(' ', StringComparison.Ordinal) && reader.NamedByNicknameAfter(result[i]) is var (named, julukan))
            {
                links.Add((named, result[i].Name));
                var bearer = PersonMerger.Words(named);
                if (julukan && !result.Exists(c => bearer.IsSubsetOf(PersonMerger.Words(c.Name))))
                {
                    notPersons.Add(PersonMerger.Key(result[i].Name));
                }
            }
        }

        // A name the text says is played ("Thunderbolt Ross, yang diperankan oleh") is a role wherever the text names it bare.
        foreach (var candidate in result)
        {
            if (candidate.Position is null && reader.FollowedByRoleCue(candidate))
            {
                // And its last name alone, and the other name the text gives the role ("Thunderbolt Ross alias Jenderal Ross",
                // "Ross").
                var role = PersonMerger.Key(candidate.Name);
                notPersons.Add(role);
                notPersons.Add(role[(role.LastIndexOf(' ') + 1)..]);
                foreach (var link in links)
                {
                    if (PersonMerger.Key(link.Full) == role)
                    {
                        notPersons.Add(PersonMerger.Key(link.Short));
                    }
                }
            }
        }

        // A synopsis's characters with their actors in brackets: the roles are no persons, nor their actors' other names.
        var roles = reader.RolesWithActors(result);
        foreach (var (role, actor) in roles)
        {
            notPersons.Add(role);
            links.RemoveAll(link => PersonMerger.Key(link.Full) == role && link.Short == actor);
        }

        result.RemoveAll(c => c.Name.Length == 0 || (c.Position is null && (reader.IsWholeQuotation(c) || reader.AfterMonthWord(c) || reader.FollowedByCountry(c) || reader.AfterEnglishArticle(c) || reader.AfterTitleCue(c) || reader.FollowedByHeadCount(c) || reader.IsRoleBeforeItsHolder(c) || reader.IsRolePlayed(c) || reader.DefinedAsAThing(c) || reader.IsGlossInBrackets(c) || reader.FollowedByEnglishAnd(c) || reader.IsZodiacSign(c) || reader.InListOfProducts(c) || reader.FollowedBySiblingsWord(c) || reader.AfterSourceOrGroupWord(c))) || reader.AfterHashtagSign(c) || reader.EndsWithDocumentNumber(c) || reader.CompletesOpenOffice(c) || (c.Position is not null && reader.OfficeContinues(c)) || reader.IsOfficeGrade(c) || reader.IsRegionWithDirection(c) || reader.IsOfficeOfRegion(c) || reader.OpensWithPlaceWord(c) || reader.FollowedByOwnAcronym(c) || (reader.IsDefinedAbbreviation(c) && !links.Any(link => link.Short == c.Name)) || reader.AfterLegalForm(c) || reader.CompletesInstitutionAsAgung(c)
            || (c.Position is null && (notPersons.Contains(PersonMerger.Key(c.Name)) || reader.FollowedByOrganisationWord(c) || reader.OpensWithBrand(c) || reader.InResultTeam(c))));
        return result;
    }

    /// <summary>Acronyms of a kind of organisation written after its name: football clubs' and companies'.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> OrganisationKindAcronyms = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.Ordinal, "FC", "SC", "CF", "AFC", "FK", "SV", "TBK");

    /// <summary>
    /// A line-up whose one-word names each carry the acronym of their group or show ("Fildan DAA, Ical DA, Irwan DA, Reza
    /// DA", "Rara LIDA, Ridwan LIDA, Randa LIDA"): an acronym after two or more one-word names is the group's, not a name's
    /// word, and so is the acronym of a name listed next to one of them ("Fildan DAA" before "Ical DA"). A lone name with
    /// an acronym ("Jerinx SID") is left as read.
    /// </summary>
    private static void WithoutGroupAcronyms(List<NameCandidate> result)
    {
        // Not a group's: the kind of organisation a name ends with ("Bhayangkara FC", "Neroca FC", "Guarani FC" of a transfer
        // list), whose reading without it would leave the club's name as a person.
        static string? AcronymAfterOneWord(NameCandidate candidate)
        {
            var space = candidate.Name.IndexOf(' ', StringComparison.Ordinal);
            if (candidate.Start < 0 || space < 2 || candidate.Name.IndexOf(' ', space + 1) >= 0 || !char.IsUpper(candidate.Name[0]) || !char.IsLower(candidate.Name[1]))
            {
                return null;
            }

            var acronym = candidate.Name.AsSpan(space + 1);
            return acronym.Length is >= 2 and <= 5 && !acronym.ContainsAnyExceptInRange('A', 'Z') && !OrganisationKindAcronyms.Contains(acronym.ToString()) ? acronym.ToString() : null;
        }

        // Most articles have no such name: the sets are made only for those that do.
        Dictionary<string, HashSet<string>>? members = null;
        foreach (var candidate in result)
        {
            if (AcronymAfterOneWord(candidate) is { } acronym)
            {
                members ??= new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
                if (!members.TryGetValue(acronym, out var names))
                {
                    members[acronym] = names = new HashSet<string>(StringComparer.Ordinal);
                }

                names.Add(candidate.Name[..candidate.Name.IndexOf(' ', StringComparison.Ordinal)]);
            }
        }

        if (members is null || !members.Values.Any(names => names.Count >= 2))
        {
            return;
        }

        var cut = new List<(int Start, int End)>();
        for (var changed = true; changed;)
        {
            changed = false;
            for (var i = 0; i < result.Count; i++)
            {
                var candidate = result[i];
                if (AcronymAfterOneWord(candidate) is not { } acronym
                    || (members[acronym].Count < 2 && !cut.Exists(c => Math.Abs(c.Start - (candidate.Start + candidate.Length)) <= 3 || Math.Abs(candidate.Start - c.End) <= 3)))
                {
                    continue;
                }

                var name = candidate.Name[..candidate.Name.IndexOf(' ', StringComparison.Ordinal)];
                cut.Add((candidate.Start, candidate.Start + candidate.Length));
                result[i] = candidate with { Name = name, Original = name, Length = name.Length };
                changed = true;
            }
        }
    }

    /// <summary>The name tagger, run on the headline (the pipeline runs it on the body only).</summary>
    private readonly NameTagger titleTagger = NameTagger.CreateDefault(gazetteer);

    /// <summary>
    /// Persons the headline names and the body does not ("Ibu Kota Baru Tempati Lahan Perusahaan Sukanto Tanoto, Ini Kata
    /// APRIL Group" over a body whose links, his name among them, the scraper dropped): a name of two to four words the
    /// tagger reads as a person's in the headline, every word one the corpus puts in persons' names and none a word the
    /// press mostly writes in lower case (headline verbs: "Ngegas", "Singgung"), a region's name or an organisation's
    /// word ("Wako Prabumulih"), sharing no word with a person of the body.
    /// </summary>
    private void AddHeadlineOnlyNames(string title, IReadOnlyList<Word> words, List<MergedPerson> persons)
    {
        if (words.Count == 0)
        {
            return;
        }

        foreach (var mention in titleTagger.Tag(title, words).Where(m => m.Class == NameClass.Person && m.WordCount >= 2 && m.WordCount <= 4))
        {
            var name = title[mention.Start..mention.End];
            var key = PersonMerger.Words(name);
            var lowers = Enumerable.Range(mention.FirstWord, mention.WordCount).Select(k => words[k].Lower).ToList();
            if (lowers.Any(w => CapitalisationLexicon.IsMostlyLowerCase(CapitalisationLexicon.Default.ClassOf(w)) || gazetteer.Resolve(w).Count > 0 || lexicon.ExtractorOrganisationWords.Contains(w))
                || !lowers.All(IsNameWord))
            {
                continue;
            }

            if (!IsPlausibleName(name) || persons.Any(p => p.Words.Overlaps(key) || p.Mentions.Any(m => PersonMerger.Words(m.Name).Overlaps(key))))
            {
                continue;
            }

            persons.Add(new MergedPerson(new NameCandidate(name, name, null, -1, 0, null)));
        }
    }

    /// <summary>
    /// The headline's names for persons the body names: "Robert Mugabe" over a body that says only "Mugabe", "Virgil van
    /// Dijk" for "Van Dijk", "Mahfud MD" for "Mahfud", "BJ Habibie" for Bacharuddin Jusuf Habibie, "Dian Sastro" for Dian
    /// Paramita Sastrowardoyo. Headlines are in Title Case, so a name there is a run of capitalised words the press mostly
    /// writes capitalised; a run is taken only as another form of exactly one person of the body (the fuller or a shorter
    /// form, a shortening, or the given names as initials), never as a person of its own.
    /// </summary>
    private void AddHeadlineNames(string title, IReadOnlyList<Word> words, List<MergedPerson> persons)
    {
        if (persons.Count == 0 || words.Count < 1)
        {
            return;
        }

        var i = 0;
        while (i < words.Count)
        {
            if (!IsHeadlineNameWord(words[i]))
            {
                i++;
                continue;
            }

            var end = i;
            while (end + 1 < words.Count && Adjacent(title, words[end], words[end + 1]))
            {
                if (IsHeadlineNameWord(words[end + 1]))
                {
                    end++;
                }
                else if (NameParticles.Contains(words[end + 1].Lower) && end + 2 < words.Count && Adjacent(title, words[end + 1], words[end + 2]) && IsHeadlineNameWord(words[end + 2]))
                {
                    end += 2;
                }
                else
                {
                    break;
                }
            }

            AddHeadlineReading(title, words, i, end, persons);
            i = end + 1;
        }
    }

    /// <summary>The longest part of the run <paramref name="first"/>..<paramref name="last"/>, up to four words, that is
    /// another form of exactly one person: added to that person as a mention outside the body.</summary>
    private void AddHeadlineReading(string title, IReadOnlyList<Word> words, int first, int last, List<MergedPerson> persons)
    {
        for (var length = Math.Min(4, last - first + 1); length >= 1; length--)
        {
            for (var from = first; from + length - 1 <= last; from++)
            {
                var to = from + length - 1;
                if (NameParticles.Contains(words[from].Lower) || NameParticles.Contains(words[to].Lower))
                {
                    continue;
                }

                var name = title[words[from].Start..words[to].End];
                var reading = PersonMerger.Words(name);
                var key = PersonMerger.Key(name);
                MergedPerson? match = null;
                var count = 0;
                var known = false;
                foreach (var person in persons)
                {
                    if (HasMention(person, key))
                    {
                        known = true;
                        break;
                    }

                    if (IsHeadlineFormOf(words, from, to, reading, person))
                    {
                        match = person;
                        count++;
                    }
                }

                if (known)
                {
                    return;
                }

                if (count == 1 && match is not null)
                {
                    match.Add(new NameCandidate(name, name, null, -1, 0, null));
                    return;
                }
            }
        }
    }

    private static bool HasMention(MergedPerson person, string key)
    {
        foreach (var mention in person.Mentions)
        {
            if (PersonMerger.Key(mention.Name) == key)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the headline's words <paramref name="from"/>..<paramref name="to"/> name <paramref name="person"/>:
    /// all of the person's words and more (none of the more an acronym longer than two letters), some of them, a shortening
    /// ("Dian Sastro"), or initials of the given names before the rest ("BJ Habibie").</summary>
    private bool IsHeadlineFormOf(IReadOnlyList<Word> words, int from, int to, HashSet<string> reading, MergedPerson person)
    {
        // One word alone says too little: "Habibie" over a text on Ainun Habibie may be her husband.
        if (reading.IsSubsetOf(person.Words))
        {
            return reading.Count > 1;
        }

        // The words a headline adds to a name are names the press nearly always capitalises ("Robert" of Robert Mugabe), or a
        // short all-capital part ("MD" of Mahfud MD): not the verb after the name ("Susi Pudjiastuti Lantik") nor a regency
        // before it ("Bangkalan Fuad Amin").
        if (person.Words.IsSubsetOf(reading))
        {
            for (var k = from; k <= to; k++)
            {
                if (person.Words.Contains(words[k].Lower) || NameParticles.Contains(words[k].Lower) || (words[k].IsAllCaps && words[k].Text.Length <= 2))
                {
                    continue;
                }

                // Seen ten times at least, and written as a name (not "BTS" or "SHINee" of "Jimin BTS", "Jonghyun SHINee").
                var wordClass = CapitalisationLexicon.Default.ClassOf(words[k].Lower);
                if (!CapitalisationLexicon.IsNearlyAlwaysCapitalised(wordClass) || wordClass < 8 || !IsWrittenAsName(words[k].Text) || gazetteer.Names.Find(words[k].Lower).Count > 0)
                {
                    return false;
                }
            }

            return true;
        }

        if (PersonMerger.IsShortenedForm(reading, person))
        {
            return true;
        }

        // "BJ Habibie" for Bacharuddin Jusuf Habibie: one all-capital word whose letters open the given names, then the rest.
        if (to > from && words[from].IsAllCaps && words[from].Text.Length >= 2)
        {
            var parts = person.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var initials = words[from].Text;
            if (parts.Length != initials.Length + (to - from))
            {
                return false;
            }

            for (var k = 0; k < initials.Length; k++)
            {
                if (char.ToUpperInvariant(parts[k][0]) != initials[k])
                {
                    return false;
                }
            }

            for (var k = from + 1; k <= to; k++)
            {
                if (!string.Equals(parts[initials.Length + k - from - 1], words[k].Text, StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }

    /// <summary>A capital and then lower-case letters only ("Robert", not "BTS" or "SHINee").</summary>
    private static bool IsWrittenAsName(string word)
    {
        for (var k = 1; k < word.Length; k++)
        {
            if (char.IsUpper(word[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Adjacent(string title, Word left, Word right) => right.Start == left.End + 1 && title[left.End] == ' ';

    /// <summary>A capitalised word of letters that the press writes capitalised more often than not and that is no
    /// stop word, office, organisation word, country, rank, honorific or form of address.</summary>
    private bool IsHeadlineNameWord(Word word)
    {
        if (word.Text.Length < 2 || !char.IsUpper(word.Text[0]))
        {
            return false;
        }

        foreach (var c in word.Text)
        {
            if (!char.IsLetter(c) && c != '\'')
            {
                return false;
            }
        }

        var lower = word.Lower;
        return !CapitalisationLexicon.IsMostlyLowerCase(CapitalisationLexicon.Default.ClassOf(lower))
            && !lexicon.ExtractorStopWords.Contains(lower) && !lexicon.ExtractorOrganisationWords.Contains(lower) && !lexicon.Countries.Contains(lower)
            && !lexicon.HeadsByFirstWord.ContainsKey(lower) && !lexicon.Ranks.Contains(lower) && !PersonLexicon.Honorifics.Contains(lower)
            && !PersonLexicon.Addresses.Contains(lower);
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> NameParticles = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.Ordinal, "van", "von", "de", "der", "den", "da", "dos", "la", "bin", "binti");

    private static bool LooksLikeAuthorName(string author)
    {
        var words = author.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 7 && !words.Any(word => word.TrimEnd('.').Contains('.', StringComparison.Ordinal)) && words.All(word => char.IsUpper(word[0]))
            && !words.Any(word => word.ToLowerInvariant() is "redaksi" or "admin" or "tim" or "humas" or "rilis" or "rls" or "kontributor");
    }

    /// <summary>
    /// The reporter's name a text ends with, in capitals on a line of its own ("PRIBADI WICAKSONO", "SILVY RIANA PUTRI"): two
    /// to four words of letters, one of them a word the press writes as a person's, none an organisation's or a place's (a
    /// source credited the same way is no person: "ANTARA", "LIGA INDONESIA", "THE SUN", "CNN ...").
    /// </summary>
    private NameCandidate? ClosingByline(string text)
    {
        var end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var start = text.LastIndexOf('\n', Math.Max(0, end - 1)) + 1;
        if (end - start is < 5 or > 60)
        {
            return null;
        }

        var line = text[start..end];
        var words = line.Split(' ');
        if (words.Length is < 2 or > 4 || !words.All(word => word.Length >= 2 && word.All(char.IsAsciiLetterUpper)))
        {
            return null;
        }

        var personal = false;
        foreach (var word in words)
        {
            var lower = word.ToLowerInvariant();
            var (person, organisation, place) = NameProfiles.Default.Of(lower);
            if (lexicon.ExtractorOrganisationWords.Contains(lower) || lexicon.Countries.Contains(lower) || (organisation >= 3 && organisation > person) || (place >= 3 && place > person))
            {
                return null;
            }

            personal |= person >= 3 && person > organisation && person > place;
        }

        if (!personal || !IsPlausibleName(TitleCase(line)))
        {
            return null;
        }

        return new NameCandidate(TitleCase(line), line, null, start, end - start, null);
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

    private bool IsPlausibleName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.All(word => word.Length == 1))
        {
            return false;
        }

        var lower = words.Select(word => word.ToLowerInvariant()).ToList();
        if (lower.All(word => lexicon.ExtractorOrganisationWords.Contains(word) || lexicon.ExtractorStopWords.Contains(word)))
        {
            return false;
        }

        if (lower.All(PersonLexicon.ExtractorDegreeParts.Contains))
        {
            return false;
        }

        if (words.Length == 1 && (words[0].Length < 3 || words[0].All(c => !char.IsLetter(c) || char.IsUpper(c))))
        {
            return false;
        }

        // "dimulai dari unsur Ketua, Wakil, Sekretaris, Bendahara": the first word of a position alone is no name. (Words the
        // press writes in lower case are left: "Rohani", "Rahim" and "Iris" are people's names too.)
        if (words.Length == 1 && lexicon.HeadsByFirstWord.ContainsKey(lower[0]))
        {
            return false;
        }

        // A place is not a person: "Musi Rawas", "Batanghari", "Vanuatu".
        return gazetteer.Names.Find(lower).Count == 0 && !lexicon.Countries.Contains(string.Join(' ', lower));
    }

    // Capitalised, as a prompt is: "kalau kita lihat juga secara visual", "Heboh berita terkait Habib Rizieq Shihab" are
    // the sentence's own words, and the names after them are its people.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(Baca|BACA|Simak|SIMAK|Lihat|LIHAT) (juga|Juga|JUGA)\b|\b(Berita|BERITA) (terkait|Terkait|TERKAIT)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LinkedHeadline();

    /// <summary>Words that follow a name and, when a space is missing, end up glued to it ("Sadikinmengatakan", "Ashton
    /// Kutcherterkenal", "Valverdejuga").</summary>
    /// <summary>Once, not a new array per call of the readers that look back over a sentence (profiled in ingest).</summary>
    private static readonly System.Buffers.SearchValues<char> Breaks = System.Buffers.SearchValues.Create(".;\"“”");

    private static readonly System.Buffers.SearchValues<char> BreaksOrLine = System.Buffers.SearchValues.Create(".;\"“”\n");

    private static readonly string[] GluedWords = [.. PersonLexicon.ReportingVerbs.Concat(PersonLexicon.AttributionVerbs.Where(verb => verb.Length >= 5))
        .Concat(["selaku", "sebagai", "bersama", "ketika", "beserta", "kepada", "bahwa", "terkenal", "juga"]).OrderByDescending(word => word.Length).ThenBy(word => word, StringComparer.Ordinal)];

    /// <summary>Words that open the name of a street, building or institution, which may hold a person's name.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> PlaceWords = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.Ordinal,
        "jalan", "jl", "jln", "gang", "gg", "rsud", "rs", "rsup", "rsia", "rsu", "sakit", "bandara", "bandar", "stadion", "universitas", "univ", "institut",
        "sekolah", "sma", "smp", "sd", "smk", "sman", "smpn", "sdn", "smkn", "man", "mts", "min", "masjid", "gereja", "pura", "klenteng", "vihara", "gedung",
        "lapangan", "taman", "monumen", "makam", "tmp", "pondok", "ponpes", "pesantren", "yayasan", "museum", "hotel", "kri", "tol", "pelabuhan",
        "terminal", "stasiun", "gor", "graha", "wisma", "balai", "gelora", "jembatan", "bendungan", "waduk", "pasar", "kampus", "asrama", "kapal", "lanud",
        "bundaran", "tugu", "perumahan", "komplek", "kompleks", "puskesmas", "akademi", "politeknik", "stikes", "stie", "uin", "iain", "unit", "kodam", "korem",
        "batalyon", "yonif", "piala", "penghargaan", "trofi", "festival",
        // Lakes, temples, beaches and other sights ("Situ Cangkuang", "Candi Cangkuang"), and vehicles by their make ("bus
        // Mira", "truk Hino").
        "situ", "candi", "danau", "pantai", "gunung", "bukit", "curug", "goa", "gua", "pulau", "sungai", "kawah", "telaga", "teluk", "selat", "bus",
        "truk", "mobil", "motor", "pesawat", "kereta",
        // Goods by their brand ("lima tas Gucci, tas Valentino", "sepatu Nike"; "jam tangan Rolex" is read in IsPlaceWordAt).
        "tas", "sepatu", "ponsel", "arloji", "merek",
        // Crossroads named after the street ("perempatan TB Simatupang").
        "perempatan", "pertigaan");

    /// <summary>Words for a crossroads, where two streets are named together ("perempatan Jalan Fatmawati dan TB Simatupang").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> CrossroadsWords = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.Ordinal, "perempatan", "pertigaan", "persimpangan", "simpang");

    /// <summary>Ranks written out in words, longest first ("Ajun Komisaris Besar Anwar Danu", "Komisaris Jenderal Idham Azis"),
    /// and the Sasak title "Tuan Guru Bajang": stripped before a name like the short forms of <see cref="PersonLexicon.Ranks"/>.</summary>
    private static readonly string[][] SpelledRanks = [.. new[]
    {
        "ajun komisaris besar polisi", "ajun komisaris besar", "ajun komisaris polisi", "ajun komisaris", "komisaris besar polisi", "komisaris besar",
        "komisaris jenderal polisi", "komisaris jenderal", "komisaris polisi", "inspektur jenderal polisi", "inspektur jenderal", "brigadir jenderal polisi",
        "brigadir jenderal", "ajun inspektur polisi satu", "ajun inspektur polisi dua", "inspektur polisi satu", "inspektur polisi dua", "letnan jenderal",
        "mayor jenderal", "letnan kolonel", "tuan guru bajang", "tuan guru",
    }.Select(rank => rank.Split(' ')).OrderByDescending(rank => rank.Length)];

    /// <summary>Roles written in brackets after a name that are no office heads: "(advokat)", "(PNS Seskab)", "(komisioner KPK)".</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> RoleWords = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.Ordinal, "advokat", "pengacara", "dosen", "guru", "hakim", "jaksa", "auditor", "jurnalis", "wartawan", "pns", "asn", "komisioner",
        "anggota", "peneliti", "pengamat", "mahasiswa", "pelajar", "petani", "nelayan", "pedagang", "pengusaha", "aktivis", "warga", "penulis", "editor",
        "politikus", "politisi", "artis", "aktor", "aktris", "penyanyi", "komedian", "presenter", "pelatih", "pemain", "atlet", "ketua", "wakil", "sekretaris",
        "bendahara", "direktur", "kepala", "karyawan", "staf", "pegawai", "pensiunan", "purnawirawan", "mantan", "eks", "istri", "suami", "anak", "ayah", "ibu", "adik", "kakak");

    /// <summary>Other spellings of honorifics, read by the extractor only (the tagger's features read <see cref="PersonLexicon.Honorifics"/>
    /// as its model was trained): "Ustad Udjae", "Ustad Syarifuddin".</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> HonorificSpellings = System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal, "ustad");

    /// <summary>Balinese birth-order and caste names that follow "I" or "Ni" ("I Made", "Ni Luh").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> BalineseNames = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.Ordinal, "wayan", "made", "nyoman", "ketut", "putu", "kadek", "komang", "gede", "luh", "gusti", "nengah", "kade", "ketut", "nym", "md");

    /// <summary>Arabic given names before a family name the press also writes as a common word ("Mohamed Salah").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> ArabicGivenNames = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.Ordinal, "mohamed", "mohammed", "mohamad", "mohammad", "muhammad", "muhamad", "ahmed", "ahmad");

    /// <summary>Korean family names the press writes that are also common words ("Yang Min Suk", "Oh Chang Suk"): the
    /// relative "yang", the interjection "oh".</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> KoreanWordSurnames = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.Ordinal, "yang", "oh");

    /// <summary>Romanised syllables of Korean given names ("Min Suk", "Chang Suk", "Se Jong", "Gu Tak").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> KoreanSyllables = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.Ordinal, "min", "suk", "seok", "sook", "chang", "se", "jong", "gu", "tak", "hyun", "hyeon", "jin", "ji", "hye", "sun", "woo",
        "chul", "cheol", "soo", "su", "yun", "yoon", "jae", "joon", "jun", "young", "yeong", "seung", "sung", "hee", "hyo", "eun", "ho", "ha",
        "ki", "kyung", "dong", "won", "sang", "tae", "joo", "ju", "hoon", "hun", "bin", "seo", "yeon", "na", "ra", "mi", "hwa", "il", "yong",
        "gyu", "kyu", "jung", "chan", "wook", "hyuk", "gi", "da", "bo", "yeol", "rim", "kwang", "geun", "myung", "myeong", "hak", "doo", "gun",
        "moo", "ri", "choong", "hwan", "hae", "gyeong", "kyeong", "seon", "sik", "shik", "jeong", "hong", "pil", "yul", "hyung", "soon");

    /// <summary>
    /// A capitalised word that belongs to an office's name, not to a person's: one the press writes in lower case more
    /// often than not ("Sistem", "Penjaringan"), or one that news text capitalises but rarely puts in a person's name
    /// ("Advokasi", "Media", "Regional": see <see cref="NameProfiles"/>).
    /// </summary>
    private static bool IsOfficeWord(string lower)
    {
        if (CapitalisationLexicon.IsMostlyLowerCase(CapitalisationLexicon.Default.ClassOf(lower)))
        {
            return true;
        }

        var (person, _, _) = NameProfiles.Default.Of(lower);
        return person == 1;
    }

    /// <summary>Whether one word that only the cues read as a name is one: the corpus puts it in persons' names often
    /// enough, or writes it capitalised nearly always without profiling it. An unknown word (a typo of an office's
    /// name, "Penindalan") is not.</summary>
    private static bool IsNameWord(string lower)
    {
        var (person, _, _) = NameProfiles.Default.Of(lower);
        return person >= 2 || (person == 0 && CapitalisationLexicon.IsNearlyAlwaysCapitalised(CapitalisationLexicon.Default.ClassOf(lower)));
    }

    /// <summary>Words for villages and their parts across Indonesia (DIY's kalurahan and kapanewon, Aceh's gampong, ...).</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> VillageWords = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.Ordinal, "kalurahan", "kapanewon", "kemantren", "padukuhan", "pedukuhan", "gampong", "pekon", "nagari", "kampung", "dusun", "desa",
        "kelurahan", "kecamatan", "distrik", "banjar", "lingkungan", "jorong", "korong", "tiyuh", "marga");

    /// <summary>One pass over a text's words; holds the text so the gaps between words can be read.</summary>
    private sealed class Reader
    {
        private readonly string text;

        /// <summary>A list, not the interface: the reader reads words millions of times per load, and through the interface
        /// each read was a dispatched call copying the word (a tenth of extraction's CPU in a perf profile).</summary>
        private readonly List<Word> words;
        private readonly PersonExtractor owner;
        private readonly PersonLexicon lexicon;

        /// <summary>Per word, what the tagger made of it: a person's name starts there, or it is inside another name.</summary>
        private readonly byte[] tagged;

        public Reader(string text, IReadOnlyList<Word> words, PersonExtractor owner, IReadOnlyList<NameMention> names)
        {
            this.text = text;
            this.words = words as List<Word> ?? [.. words];
            this.owner = owner;
            lexicon = owner.lexicon;
            tagged = new byte[words.Count];
            foreach (var name in names)
            {
                for (var k = name.FirstWord; k <= name.LastWord && k < words.Count; k++)
                {
                    tagged[k] = name.Class == NameClass.Person ? (k == name.FirstWord ? PersonStart : PersonInside) : OtherName;
                }
            }
        }

        private const byte PersonStart = 1;
        private const byte PersonInside = 2;
        private const byte OtherName = 3;

        public List<NameCandidate> ReadAll()
        {
            var found = new List<NameCandidate>();
            var insidePosition = -1;
            for (var i = 0; i < words.Count; i++)
            {
                var lower = words[i].Lower;
                NameCandidate? candidate = null;

                // A head inside a position already read ("Ketua Tim Penjaringan Calon Wali Kota dan Calon Wakil Wali Kota
                // Tangsel Suhari") is part of it, not a position of its own.
                if (i < insidePosition)
                {
                    continue;
                }

                if (HeadAt(i) is { } head)
                {
                    insidePosition = ReadPosition(i, head.Length, head.Village).Next;
                    // "Para Kepala Dinas, Camat, ...": a list of offices, nobody named.
                    // "Kantor Bupati Solok, Arosuka": a building named after an office, nobody named either.
                    candidate = i > 0 && words[i - 1].Lower is "para" or "seluruh" or "semua" or "sejumlah" or "beberapa" or "setiap" or "tiap" or "sebagian"
                        or "kantor" or "aula" or "gedung" or "rumah" or "pendopo" or "pendapa" or "halaman" or "rujab" or "rumdin" or "dinas"
                        ? null
                        : AfterPosition(i, head.Length, head.Village);
                }
                else if (PersonLexicon.AttributionVerbs.Contains(lower) && i + 1 < words.Count && OnlySpaceBefore(i + 1))
                {
                    candidate = HeadAt(i + 1) is { } attributed ? AfterPosition(i + 1, attributed.Length, attributed.Village) : Name(i + 1, null, null);
                }
                else if (PersonLexicon.Addresses.Contains(lower) && i + 1 < words.Count && OnlySpaceBefore(i + 1))
                {
                    // "Bu Wali", "Pak Bupati": the office addressed, nobody named.
                    candidate = HeadAt(i + 1) is { } addressed ? AfterPosition(i + 1, addressed.Length, addressed.Village)
                        : lexicon.HeadsByFirstWord.ContainsKey(words[i + 1].Lower) ? null : Name(i + 1, null, null);
                }
                else if (IsHonorificAt(i) && (i == 0 || !IsHonorificAt(i - 1)))
                {
                    candidate = Name(i, null, null);
                }
                else if (lower == "akun")
                {
                    candidate = Account(i + 1);
                }
                else if (lexicon.Ranks.Contains(lower) && words[i].IsCapitalized && i + 1 < words.Count && OnlySpaceBefore(i + 1) && words[i + 1].IsCapitalized
                    && !(found.Count > 0 && found[^1].Start + found[^1].Length > words[i].Start) && (i == 0 || !lexicon.Ranks.Contains(words[i - 1].Lower)))
                {
                    // "2. Sertu Mukti (Kodim 0203 /Langkat ...)": a rank before a capitalised word names its holder, where the tagger
                    // reads no name there (its reading is the fuller one: "Kolonel Myles B Caggins III"; "Kapten Barcelona" is a
                    // team's captain).
                    candidate = Name(i, null, null) is { } ranked && tagged[WordAt(ranked.Start)] == 0 ? ranked : null;
                }
                else if (lower == "salah" && words[i].IsCapitalized && !words[i].SentenceStart && i > 0 && OnlySpaceBefore(i)
                    && words[i - 1].IsCapitalized && ArabicGivenNames.Contains(words[i - 1].Lower)
                    && !(i + 1 < words.Count && OnlySpaceBefore(i + 1) && words[i + 1].IsCapitalized))
                {
                    // "diceloskan Mohamed Salah", "pesepakbola Mohammed Salah yang menempati": the Arabic name Salah, capitalised
                    // mid-sentence after a given name, not the word "salah" (wrong) the tagger takes it for.
                    candidate = FromRange(i - 1, i, null, null);
                }
                else if (KoreanWordSurnames.Contains(lower) && IsKoreanGivenNameAt(i + 1))
                {
                    // "giliran adiknya, Yang Min Suk, yang juga": the given name after the family name the tagger takes for a
                    // common word; the family name joins it afterwards (see WithKoreanSurname).
                    candidate = FromRange(i + 1, i + 2, null, null);
                }
                else if (lower is "disapa" or "dipanggil" && i > 0 && words[i - 1].Lower is "akrab" or "karib" or "biasa" or "sering" && i + 1 < words.Count && OnlySpaceBefore(i + 1)
                    && words[i + 1].IsCapitalized && !words[i + 1].IsAllCaps)
                {
                    // "Pelatih yang karib disapa Djanur": the name a person goes by, where the text gives no other.
                    candidate = Name(i + 1, null, null);
                }

                candidate ??= BeforeDegree(i) ?? Apposition(i) ?? BeforeReportingVerb(i) ?? ListedWithPosition(i) ?? BeforeAge(i) ?? ResultEntry(i);
                if (candidate is null && SlashedPair(i) is { } pair)
                {
                    // The pair whole, split into its two players later (see AsDoublesPair); no cue reads inside it again.
                    candidate = pair;
                    insidePosition = WordEndingAt(pair.Start + pair.Length) + 1;
                }

                if (candidate is not null)
                {
                    found.Add(candidate);
                }
            }

            return found;
        }

        public string TextOf(int start, int length) => text.Substring(start, length);

        /// <summary>Three-letter country codes of sports results (FIM, IOC, BWF).</summary>
        private static readonly System.Collections.Frozen.FrozenSet<string> CountryCodes = System.Collections.Frozen.FrozenSet.Create(
            StringComparer.Ordinal, "SPA", "ESP", "ITA", "FRA", "JPN", "GER", "GBR", "POR", "AUS", "MAL", "MAS", "CZE", "RSA", "SUI", "USA", "THA", "INA",
            "NED", "BEL", "ARG", "BRA", "AUT", "TUR", "KOR", "CHN", "DEN", "SWE", "FIN", "NOR", "CAN", "MEX", "COL", "IND", "PHI", "TPE", "HKG", "SIN");

        /// <summary>An entry of a results table: a rank (or a comma), a name of two words or more, a country's three-letter
        /// code ("2 Fabio Quartararo FRA Petronas Yamaha", "6 Andrea Dovizioso ITA Ducati Team"): the name is a person's.</summary>
        private NameCandidate? ResultEntry(int i)
        {
            // Unranked entries ("Michele Pirro ITA Ducati Team (GP19) DNF") follow a comma.
            var rank = words[i].Text;
            var first = i + 1;
            if (words[i].IsCapitalized && !words[i].IsAllCaps && i > 0 && !OnlySpaceBefore(i) && TrimmedGap(i) == ",")
            {
                first = i;
            }
            else if (rank.Length > 2 || !char.IsDigit(rank[0]) || (rank.Length == 2 && !char.IsDigit(rank[1])) || i + 1 >= words.Count || !(OnlySpaceBefore(i + 1) || TrimmedGap(i + 1) == ".")
                || !words[i + 1].IsCapitalized || words[i + 1].IsAllCaps)
            {
                return null;
            }

            // A code within the next few words, before the costlier reading of the name.
            var code = -1;
            for (var k = first + 1; k < words.Count && k - first <= 4 && OnlySpaceBefore(k); k++)
            {
                if (words[k].Length == 3 && CountryCodes.Contains(words[k].Text))
                {
                    code = k;
                    break;
                }
            }

            if (code < 0)
            {
                return first == i ? null : DashedResultEntry(first);
            }

            if (Name(first, null, null) is { } named && named.Name.Contains(' ', StringComparison.Ordinal) && WordEndingAt(named.Start + named.Length) + 1 == code)
            {
                return Entry(named, code);
            }

            // The words between the rank and the code, where the reading of a name takes a word for a title ("Pol Espargaro
            // SPA": "Pol" is also the police's corps) or goes on past the code: a table's entry holds no title.
            if (code - first < 2)
            {
                return null;
            }

            // A loop, not a lambda: the lambda's closure was made on every call of this method (every word that no other
            // reading takes), a twentieth of everything extraction allocated.
            for (var k = first; k < code; k++)
            {
                if (!words[k].IsCapitalized || words[k].IsAllCaps || (k > first && !OnlySpaceBefore(k)))
                {
                    return null;
                }
            }

            var name = text[words[first].Start..words[code - 1].End];
            return Entry(new NameCandidate(name, name, null, words[first].Start, name.Length, null), code);
        }

        /// <summary>
        /// A ranked entry of a results table with no country code, the team after a dash and the machine in brackets before
        /// the time ("1. Maverick Vinales - Monster Yamaha (YZR-M1) 1'32.775s", ",6. Pol Espargaro - Red Bull KTM Factory (RC16)
        /// +0.849s"): the two to four capitalised words between the rank and the dash are a rider's name, every one of them
        /// (no title: "Pol" is no police corps there), whatever the tagger makes of the line.
        /// </summary>
        private NameCandidate? DashedResultEntry(int first)
        {
            var dash = -1;
            for (var k = first + 1; k < words.Count && k - first <= 4; k++)
            {
                if (!OnlySpaceBefore(k))
                {
                    dash = TrimmedGap(k) is "-" or "–" && k - first >= 2 ? k : -1;
                    break;
                }

                if (!words[k].IsCapitalized || words[k].IsAllCaps)
                {
                    return null;
                }
            }

            if (dash < 0 || !words[first].IsCapitalized || words[first].IsAllCaps)
            {
                return null;
            }

            // The machine in brackets and the time or the gap after it, within the entry: what makes the line a table's.
            var bracket = -1;
            for (var k = dash + 1; k < words.Count && k - dash <= 6 && !Gap(k).AsSpan().ContainsAny('\n', ','); k++)
            {
                if (GapHas(k, '('))
                {
                    bracket = k;
                    break;
                }
            }

            var close = bracket;
            while (close > 0 && close + 1 < words.Count && close - bracket < 4 && !GapHas(close + 1, ')'))
            {
                close++;
            }

            if (bracket < 0 || close + 1 >= words.Count || !GapHas(close + 1, ')') || !char.IsDigit(words[close + 1].Text[0]))
            {
                return null;
            }

            var name = text[words[first].Start..words[dash - 1].End];
            resultEntries.Add((words[first].Start, words[dash].Start, words[bracket - 1].End));
            return new NameCandidate(name, name, null, words[first].Start, name.Length, null);
        }

        /// <summary>
        /// A doubles pair written with a slash, each side a full name of two or three capitalised words ("ganda Jepang, Erina
        /// Honda/Nozomi Shimizu", "Lee Jhe-Huei/Hsu Ya Ching", "Satwiksairaj Rankireddy/Ashiwini Ponnappa"): the two players,
        /// whatever the tagger makes of names it has not seen (it reads "Honda" as the firm). A word of an office, an
        /// organisation, a place, a country or one the press mostly writes in lower case on either side makes the pair
        /// something else ("Kementerian PPN/Bappenas", "Duta Besar/Wakil Tetap", "Pengadaan Barang/Jasa").
        /// </summary>
        private NameCandidate? SlashedPair(int i)
        {
            // The slash first, found without a string: most capitalised words have none in the next three gaps.
            if (!words[i].IsCapitalized)
            {
                return null;
            }

            var slash = -1;
            for (var k = i + 1; k < words.Count && k - i <= 3; k++)
            {
                if (!OnlySpaceBefore(k))
                {
                    slash = k - i >= 2 && words[k].Start == words[k - 1].End + 1 && text[words[k - 1].End] == '/' ? k : -1;
                    break;
                }
            }

            if (slash < 0 || !IsPairWord(i, opens: true) || (i > 0 && OnlySpaceBefore(i) && words[i - 1].IsCapitalized && IsPairWord(i - 1, opens: true)) || (i > 0 && GapHas(i, '/')))
            {
                return null;
            }

            // "(Foto: Cenderawasih News/Yulianus Ohee)": a credit, the outlet and its photographer.
            if (i > 0 && GapHas(i, ':') && words[i - 1].Lower is "foto" or "sumber" or "dok" or "ilustrasi" or "kredit" or "photo" or "credit" or "gambar")
            {
                return null;
            }

            for (var k = i + 1; k < slash; k++)
            {
                if (!IsPairWord(k, opens: false))
                {
                    return null;
                }
            }

            var last = slash;
            while (last + 1 < words.Count && OnlySpaceBefore(last + 1) && words[last + 1].IsCapitalized && last + 1 - slash <= 2)
            {
                last++;
            }

            for (var k = slash; k <= last; k++)
            {
                if (!IsPairWord(k, opens: k == slash))
                {
                    return null;
                }
            }

            // Two words at least on the right too, the run ended there, and no third side ("Barang/Jasa/Konsultansi").
            if (last == slash || (last + 1 < words.Count && ((OnlySpaceBefore(last + 1) && words[last + 1].IsCapitalized) || GapHas(last + 1, '/'))))
            {
                return null;
            }

            if (FromRange(i, last, null, null) is not { } pair)
            {
                return null;
            }

            (slashedPairs ??= []).Add(pair.Start);
            return pair;
        }

        /// <summary>Whether the gap before word <paramref name="index"/> holds <paramref name="c"/> (no string made).</summary>
        private bool GapHas(int index, char c) =>
            index > 0 && index < words.Count && text.AsSpan(words[index - 1].End, words[index].Start - words[index - 1].End).Contains(c);

        /// <summary>Whether the word can stand in a player's name of a doubles pair (see <see cref="SlashedPair"/>). A word the
        /// press mostly writes in lower case may stand inside a name, not open it ("Hsu Ya Ching", "Chou Tien Chen").</summary>
        private bool IsPairWord(int k, bool opens)
        {
            var word = words[k];
            if (!word.IsCapitalized || word.IsAllCaps || word.Length < 2 || !char.IsLetter(word.Text[0]))
            {
                return false;
            }

            var lower = word.Lower;
            return !(opens && CapitalisationLexicon.IsMostlyLowerCase(CapitalisationLexicon.Default.ClassOf(lower))) && !lexicon.ExtractorOrganisationWords.Contains(lower)
                && !lexicon.OrganisationWords.Contains(lower) && !lexicon.HeadsByFirstWord.ContainsKey(lower) && !lexicon.Ranks.Contains(lower) && !lexicon.Countries.Contains(lower)
                && !PlaceWords.Contains(lower) && !RegionCues.Cues.ContainsKey(lower)
                // No regency's name has three letters: "Hsu" (a family name) only matches the acronym of Hulu Sungai Utara.
                && (lower.Length <= 3 || owner.gazetteer.Names.Find([lower]).Count == 0);
        }

        private readonly List<(int Start, int TeamStart, int TeamEnd)> resultEntries = [];

        /// <summary>The entry, remembered with the team and the machine written after its code, up to the line's end, a comma
        /// or the time or points ("SPA Factory Aprilia Gresini (RS-GP) 37", "GBR Federal Oil Gresini Moto2 (Kalex) 41m 21.299s").</summary>
        private NameCandidate Entry(NameCandidate named, int code)
        {
            var end = words[code].End;
            for (var k = code + 1; k < words.Count && !Gap(k).AsSpan().ContainsAny('\n', ',') && !char.IsDigit(words[k].Text[0]); k++)
            {
                end = words[k].End;
            }

            resultEntries.Add((named.Start, words[code].End, end));
            return named;
        }

        /// <summary>Whether the name is a results table's entry (see <see cref="ResultEntry"/>): its words are the name, none a
        /// title ("Pol Espargaro": "Pol" is no police corps there).</summary>
        public bool IsResultEntry(NameCandidate candidate) => resultEntries.Exists(entry => entry.Start == candidate.Start) || (slashedPairs?.Contains(candidate.Start) ?? false);

        /// <summary>Where the doubles pairs read by <see cref="SlashedPair"/> start: their words are the players' names, whole.</summary>
        private HashSet<int>? slashedPairs;

        /// <summary>Whether the candidate is a doubles pair <see cref="SlashedPair"/> read.</summary>
        public bool IsSlashedPair(NameCandidate candidate) => candidate.Start >= 0 && slashedPairs is not null && slashedPairs.Contains(candidate.Start);

        /// <summary>Whether the name stands in the team of a results table's entry ("SPA Factory Aprilia Gresini (RS-GP)"):
        /// a team's, not a person's.</summary>
        public bool InResultTeam(NameCandidate candidate) =>
            candidate.Start >= 0 && resultEntries.Exists(entry => entry.TeamStart <= candidate.Start && candidate.Start < entry.TeamEnd);

        /// <summary>Whether a word is one for a kind of thing, before its name: "penyakit Cerebral Palsy", "varian Shin Ramyun
        /// Spicy Mushroom", "seri Irmler Alexa", "warna Grey Avio".</summary>
        private static bool IsKindWord(string word) => word is "penyakit" or "sindrom" or "varian" or "seri" or "tipe" or "warna";

        private HashSet<string>? namesAfterCues;
        private HashSet<string>? kindNames;
        private HashSet<string>? brands;

        /// <summary>
        /// The capitalised runs after lower-case "di" (at, in) and their openings, as <see cref="PersonMerger.Key"/> gives
        /// them: what follows "di" is a place ("di Roland Garros", "di Kobi Seti"), not a person. After a word for a kind of
        /// thing (<see cref="IsKindWord"/>) the run and its endings too ("seri Irmler Alexa": "Alexa" is the model); and the
        /// run before brackets that hold only a comma ("Jeon Nok Du (,)", see <see cref="BeforeEmptyBrackets"/>).
        /// </summary>
        public HashSet<string> NamesAfterLocative()
        {
            ScanCueRuns();
            return namesAfterCues!;
        }

        /// <summary>Whether a name of two words or more opens with a brand the text names a line of products of ("seri Irmler
        /// Alexa", then "Irmler Translucid"): a model of the brand.</summary>
        public bool OpensWithBrand(NameCandidate candidate)
        {
            ScanCueRuns();
            var space = candidate.Name.IndexOf(' ', StringComparison.Ordinal);
            return space > 0 && brands!.Count > 0 && brands.Contains(candidate.Name[..space].ToLowerInvariant());
        }

        /// <summary>One pass over the words for the runs after "di" and after the words for a kind of thing (see
        /// <see cref="NamesAfterLocative"/>, <see cref="IsNamedAfterKindWord"/>, <see cref="OpensWithBrand"/>).</summary>
        private void ScanCueRuns()
        {
            if (namesAfterCues is not null)
            {
                return;
            }

            namesAfterCues = new HashSet<string>(StringComparer.Ordinal);
            kindNames = new HashSet<string>(StringComparer.Ordinal);
            brands = new HashSet<string>(StringComparer.Ordinal);
            List<int>? emptied = null;
            for (var k = 0; k + 1 < words.Count; k++)
            {
                if (BeforeEmptyBrackets(k))
                {
                    (emptied ??= []).Add(k);
                }

                var word = words[k].Text;
                var kind = IsKindWord(word);
                if (!kind && word != "di")
                {
                    continue;
                }

                var first = k + 1;
                var run = "";
                var j = first;
                for (; j < words.Count && j - k <= 4 && OnlySpaceBefore(j) && words[j].IsCapitalized && !words[j].IsAllCaps; j++)
                {
                    run = j == first ? words[j].Lower : run + " " + words[j].Lower;
                    namesAfterCues.Add(run);
                }

                if (!kind || j == first)
                {
                    continue;
                }

                kindNames.Add(run);
                for (var from = first + 1; from < j; from++)
                {
                    var ending = words[from].Lower;
                    for (var m = from + 1; m < j; m++)
                    {
                        ending += " " + words[m].Lower;
                    }

                    namesAfterCues.Add(ending);
                }

                // "seri Irmler Alexa": the line's brand opens the run.
                if (IsProductLineWord(word))
                {
                    brands.Add(words[first].Lower);
                }
            }

            // A synopsis names two roles or more so ("Dong Dong Joo (,) dan Cha Yul Mu (,)"); one name alone before emptied
            // brackets may be a person's whose party or position the link held ("pak Prabowo (,)", "Omar Abdularahman (,)").
            if (emptied is not null && HasTwoNames(emptied))
            {
                foreach (var k in emptied)
                {
                    AddRunEndingAt(k);
                }
            }
        }

        /// <summary>Whether the words at <paramref name="ends"/> end two different names.</summary>
        private bool HasTwoNames(List<int> ends)
        {
            for (var i = 1; i < ends.Count; i++)
            {
                if (words[ends[i]].Lower != words[ends[0]].Lower)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether "akrab disapa", "karib disapa", "biasa dipanggil" stands right before an offset: the name a person goes by.</summary>
        public bool AfterNicknameCue(int offset)
        {
            var first = WordAt(offset);
            return first >= 2 && words[first - 1].Lower is "disapa" or "dipanggil" && words[first - 2].Lower is "akrab" or "karib" or "biasa" or "sering";
        }

        /// <summary>Whether a word continues a region's name that starts before it ("Pemkab Raja [Ampat]").</summary>
        public bool IsInsideRegionName(int first)
        {
            for (var k = first - 1; k >= 0 && first - k <= 3; k--)
            {
                if (PlaceLength(k) > first - k)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether an organisation's word follows the name, after a region's name perhaps: "T.H. Chan School",
        /// "Surya Dumai Group". The name is then the organisation's.</summary>
        public bool FollowedByOrganisationWord(NameCandidate candidate)
        {
            if (candidate.Start < 0)
            {
                return false;
            }

            var next = WordEndingAt(candidate.Start + candidate.Length) + 1;
            if (next < words.Count && OnlySpaceBefore(next) && RegionLength(next) is var region and > 0)
            {
                next += region;
            }

            return next < words.Count && OnlySpaceBefore(next) && words[next].IsCapitalized && lexicon.ExtractorOrganisationWords.Contains(words[next].Lower)
                && !RegionCues.Cues.ContainsKey(words[next].Lower);
        }

        /// <summary>Whether a name opens with a word for a street, building or port ("Pelabuhan Tanjung Priok") or with an
        /// organisation's word ("Kontingen Garuda"): no person's name does.</summary>
        /// <summary>
        /// Whether the name fills a quotation by itself: "lagu utama bertajuk "Umpah Umpah"", "tradisi 'Pekandeana Ana-Ana
        /// Maelu'", "dijuluki sebagai "Paris van Soematra"": a title, a custom or a nickname of a thing, not a person.
        /// </summary>
        public bool IsWholeQuotation(NameCandidate candidate)
        {
            var end = candidate.Start + candidate.Length;
            return candidate.Start > 0 && end < text.Length && IsQuote(text[candidate.Start - 1]) && IsQuote(text[end]);
        }

        /// <summary>Whether the name follows the English article in lower case ("menurut laporan the Sun"): a newspaper's,
        /// a band's or a show's name.</summary>
        public bool AfterEnglishArticle(NameCandidate candidate) => WordRightBefore(candidate)?.Text == "the";

        /// <summary>Whether English "and The", "and His", "and Her" or "and Friends" follow the name ("seperti Andra and The
        /// Backbone, Melly Goeslaw", "tayangan Raffi Billy and Friends"): the opening of a band's or a show's name, not a person
        /// ("Shakiba Kaveh and Anthony Cheetam" names two).</summary>
        public bool FollowedByEnglishAnd(NameCandidate candidate)
        {
            if (candidate.Start < 0)
            {
                return false;
            }

            var next = WordEndingAt(candidate.Start + candidate.Length) + 1;
            return next + 1 < words.Count && words[next].Text == "and" && OnlySpaceBefore(next) && OnlySpaceBefore(next + 1)
                && words[next + 1].Text is "The" or "His" or "Her" or "Friends";
        }

        /// <summary>Whether "demikian" or "begitu" and a verb of calling follow the name after a comma ("Abbas, demikian biasa ia
        /// dipanggil", "Arya, begitu ia biasa disapa"): the name the person goes by.</summary>
        public bool FollowedByNicknameCue(NameCandidate candidate)
        {
            var k = WordEndingAt(candidate.Start + candidate.Length) + 1;
            if (k <= 0 || k >= words.Count || TrimmedGap(k) != "," || words[k].Text is not ("demikian" or "begitu"))
            {
                return false;
            }

            for (var j = k + 1; j < words.Count && j - k <= 4 && OnlySpaceBefore(j); j++)
            {
                if (words[j].Lower is "dipanggil" or "disapa")
                {
                    return true;
                }

                if (words[j].Lower is not ("ia" or "dia" or "biasa" or "akrab" or "karib" or "sering"))
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>Whether a word is one for a line of products, whose models a list names or whose brand opens the run after it.</summary>
        private static bool IsProductLineWord(string word) => word is "seri" or "varian" or "tipe";

        /// <summary>Whether the name is an item of a list ("antara lain", "yaitu", "yakni", "seperti") that a word for a line of
        /// products opens in the same sentence ("sembilan seri piano upright yang dirilis antara lain Monet, Alexa, Davinci,
        /// Carlo, Monique, Van Gogh, Gina, Louis dan Titus"): models named like people, not people.</summary>
        public bool InListOfProducts(NameCandidate candidate)
        {
            if (candidate.Start < 0 || WordAt(candidate.Start) is not (var k and > 0))
            {
                return false;
            }

            // Back over the items before it: capitalised words, commas and "dan" between them.
            for (var items = 0; items < 12; items++)
            {
                var gap = TrimmedGap(k);
                if (k > 0 && gap.Length == 0 && words[k - 1].IsCapitalized)
                {
                    k--;
                    continue;
                }

                if (k > 1 && gap == "," && words[k - 1].IsCapitalized)
                {
                    k--;
                    continue;
                }

                if (k > 1 && gap.Length == 0 && words[k - 1].Text is "dan" or "serta" && words[k - 2].IsCapitalized)
                {
                    k -= 2;
                    continue;
                }

                break;
            }

            if (k < 2 || !OnlySpaceBefore(k)
                || !(words[k - 1].Text is "yaitu" or "yakni" or "seperti" || (words[k - 1].Text == "lain" && words[k - 2].Text == "antara" && OnlySpaceBefore(k - 1))))
            {
                return false;
            }

            for (var j = k - 2; j >= 0 && k - j <= 10; j--)
            {
                if (IsProductLineWord(words[j].Text))
                {
                    return true;
                }

                if (Gap(j + 1).AsSpan().IndexOfAny(Breaks) >= 0)
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>Whether the name follows a source's cue ("seperti dikutip dari China Daily", "dilansir Reuters") or a word for
        /// a group's members ("salah satu member Super Junior", "personel Feel Koplo"): a publication's or a group's name. Only
        /// this mention: where a scraper dropped the source's or the group's name, a person's follows ("dilansir dari Ananda
        /// rupanya adalah sosok ...").</summary>
        public bool AfterSourceOrGroupWord(NameCandidate candidate)
        {
            if (candidate.Start < 0 || WordAt(candidate.Start) is not (var first and > 0) || !OnlySpaceBefore(first))
            {
                return false;
            }

            var before = words[first - 1].Text;
            return before is "member" or "personel" or "dilansir" or "melansir"
                || (before == "dari" && first > 1 && OnlySpaceBefore(first - 1) && words[first - 2].Text is "dikutip" or "dilansir" or "mengutip" or "melansir");
        }

        /// <summary>Whether "bersaudara" (siblings) follows the name ("11 poin dari Hernangomez bersaudara, Juancho dan Willy"):
        /// a family's name for two people or more, named after it.</summary>
        public bool FollowedBySiblingsWord(NameCandidate candidate)
        {
            var next = candidate.Start < 0 ? -1 : WordEndingAt(candidate.Start + candidate.Length) + 1;
            return next > 0 && next < words.Count && words[next].Text == "bersaudara" && OnlySpaceBefore(next);
        }

        /// <summary>Whether the name ends with "No" or "Nomor" before a number ("Peraturan Menteri Pertanuan No. 23 Tahun 2018"):
        /// the title of a regulation or a document, not a person.</summary>
        public bool EndsWithDocumentNumber(NameCandidate candidate)
        {
            var last = candidate.Start < 0 ? -1 : WordEndingAt(candidate.Start + candidate.Length);
            return last >= 0 && last + 1 < words.Count && words[last].Lower is "no" or "nomor" && char.IsDigit(words[last + 1].Text[0])
                && TrimmedGap(last + 1) is "" or "." or ":";
        }

        /// <summary>The signs of the zodiac, as the press writes them.</summary>
        private static readonly System.Collections.Frozen.FrozenSet<string> ZodiacSigns = System.Collections.Frozen.FrozenSet.Create(
            StringComparer.OrdinalIgnoreCase, "aries", "taurus", "gemini", "cancer", "leo", "virgo", "libra", "scorpio", "sagitarius", "sagittarius", "capricorn",
            "capricornus", "aquarius", "pisces");

        private bool? aboutZodiac;

        /// <summary>Whether a one-word name is a sign of the zodiac in a text about the zodiac ("Aries dan 6 Zodiak Ini Dikenal
        /// Boros", "2. Leo, Punya teman Leo yang sedang kesal?"): the people born under it, not a person.</summary>
        public bool IsZodiacSign(NameCandidate candidate)
        {
            if (candidate.Name.Length > 11 || !ZodiacSigns.Contains(candidate.Name))
            {
                return false;
            }

            aboutZodiac ??= text.Contains("zodiak", StringComparison.OrdinalIgnoreCase) || text.Contains("horoskop", StringComparison.OrdinalIgnoreCase)
                || text.Contains("rasi bintang", StringComparison.OrdinalIgnoreCase);
            return aboutZodiac.Value;
        }

        /// <summary>Whether the name follows "berjudul" or "bertajuk" (titled: "puisi berjudul Halau Jerebu"): a work's
        /// title, not a person.</summary>
        public bool AfterTitleCue(NameCandidate candidate) => WordRightBefore(candidate)?.Lower is "berjudul" or "bertajuk";

        /// <summary>Whether the name is said to be played or to be a character after it: "Thunderbolt Ross, yang diperankan
        /// oleh", "sosok Sarah sudah diperankan oleh aktris lain", "menjadi Sarah, karakter perempuan di novel".</summary>
        public bool FollowedByRoleCue(NameCandidate candidate)
        {
            if (candidate.Start < 0)
            {
                return false;
            }

            var k = WordEndingAt(candidate.Start + candidate.Length) + 1;
            if (k <= 0 || k >= words.Count)
            {
                return false;
            }

            var comma = TrimmedGap(k) == ",";
            if (!comma && !OnlySpaceBefore(k))
            {
                return false;
            }

            if (comma && words[k].Lower is "karakter" or "tokoh")
            {
                return true;
            }

            if (words[k].Lower is "yang" or "sudah" or "akan" or "juga" or "telah" && k + 1 < words.Count && OnlySpaceBefore(k + 1))
            {
                k++;
            }

            return words[k].Lower is "diperankan" or "dimainkan";
        }

        /// <summary>Whether a comma and a country follow one word, and the country ends the phrase ("Xincheng Gymnasium,
        /// Changzhou, China, Kamis"): a city abroad, not a person.</summary>
        public bool FollowedByCountry(NameCandidate candidate)
        {
            if (candidate.Start < 0 || candidate.Name.Contains(' ', StringComparison.Ordinal))
            {
                return false;
            }

            var k = WordEndingAt(candidate.Start + candidate.Length) + 1;
            if (k <= 0 || k >= words.Count || TrimmedGap(k) != "," || !words[k].IsCapitalized)
            {
                return false;
            }

            var country = words[k].Lower;
            var end = k;
            if (k + 1 < words.Count && OnlySpaceBefore(k + 1) && lexicon.Countries.Contains(country + " " + words[k + 1].Lower))
            {
                end = k + 1;
            }
            else if (!lexicon.Countries.Contains(country))
            {
                return false;
            }

            var after = end + 1 < words.Count ? TrimmedGap(end + 1) : ".";
            return after is "," or "." or "(";
        }

        /// <summary>Whether one word follows "bulan" in lower case ("tayang di bulan Ramadhan"): a month's name, not a person.</summary>
        public bool AfterMonthWord(NameCandidate candidate) =>
            WordRightBefore(candidate)?.Text == "bulan" && !candidate.Name.Contains(' ', StringComparison.Ordinal);

        /// <summary>
        /// The roles of a cast list: one-word names, each with a person's name in brackets after it and no shortening of it
        /// ("Anugerah (Vincent) dan Rahmat (Desta)", "Pak Jono (Roy Marten)", "Mas Bayu (Imam Darto)"), where the text has
        /// two such pairs at least: a synopsis's characters with their actors. Their keys as <see cref="PersonMerger.Key"/>
        /// gives them, with the actors' names; empty when the text has fewer than two.
        /// </summary>
        public List<(string Role, string Actor)> RolesWithActors(List<NameCandidate> candidates)
        {
            var roles = new List<(string Role, string Actor)>();
            foreach (var candidate in candidates)
            {
                if (candidate.Start < 0 || candidate.Position is not null || candidate.Name.Contains(' ', StringComparison.Ordinal))
                {
                    continue;
                }

                var last = WordEndingAt(candidate.Start + candidate.Length);
                if (last < 0 || AliasInParentheses(last) is not { } actor || tagged[last + 1] != PersonStart || words[last + 1].IsAllCaps
                    || owner.gazetteer.Names.Find(words[last + 1].Lower).Count > 0)
                {
                    continue;
                }

                // "Joko Widodo (Jokowi)", "Abdul Somad (Somad)": a short form of the name is no actor.
                var role = candidate.Name.ToLowerInvariant();
                var opening = words[last + 1].Lower;
                var shared = Math.Min(3, Math.Min(role.Length, opening.Length));
                if (string.CompareOrdinal(role, 0, opening, 0, shared) == 0 || actor.Contains(candidate.Name, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                // "Jadon (Sancho) dan Harry (Kane)" where the text names Harry Kane: a first name and its surname in brackets.
                if (!NamedTogetherElsewhere(candidates, role, actor))
                {
                    roles.Add((PersonMerger.Key(candidate.Name), actor));
                }
            }

            if (roles.Count < 2)
            {
                roles.Clear();
            }

            return roles;
        }

        private static bool NamedTogetherElsewhere(List<NameCandidate> candidates, string role, string actor)
        {
            var together = PersonMerger.Words(role + " " + actor);
            foreach (var other in candidates)
            {
                if (other.Name.Contains(' ', StringComparison.Ordinal) && together.IsSubsetOf(PersonMerger.Words(other.Name)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"Zizou –sapaan akrab Zidane–", "Desmodovi –julukan Dovizioso–", "Kang Emil (sapaan Ridwan Kamil)": the name
        /// after a dash or bracket and "julukan", "sapaan" or "panggilan" (perhaps "akrab"), of whom the name before is the one
        /// he goes by, and whether the word was "julukan", which also follows a comma ("Blaugrana, julukan Barca,"); or null.</summary>
        public (string Name, bool Julukan)? NamedByNicknameAfter(NameCandidate candidate)
        {
            if (candidate.Start < 0)
            {
                return null;
            }

            var k = WordEndingAt(candidate.Start + candidate.Length) + 1;
            if (k <= 0 || k >= words.Count || words[k].Lower is not ("julukan" or "sapaan" or "panggilan"))
            {
                return null;
            }

            var julukan = words[k].Lower == "julukan";
            var gap = TrimmedGap(k);
            if (gap is not ("–" or "—" or "-" or "(" or ",") || (gap == "," && !julukan))
            {
                return null;
            }

            k++;
            if (k < words.Count && OnlySpaceBefore(k) && words[k].Lower is "akrab" or "karib")
            {
                k++;
            }

            if (k >= words.Count || !OnlySpaceBefore(k) || !words[k].IsCapitalized || words[k].IsAllCaps)
            {
                return null;
            }

            var end = k;
            while (end + 1 < words.Count && end - k < 3 && OnlySpaceBefore(end + 1) && words[end + 1].IsCapitalized)
            {
                end++;
            }

            return (text[words[k].Start..words[end].End], julukan);
        }

        /// <summary>The word just before the name with only a space between, or null.</summary>
        /// <summary>Whether the name follows a word for a wife ("ibu negara Iriana Joko Widodo", "istrinya"): the press writes a
        /// wife's given name before her husband's name, and the two are two persons.</summary>
        public bool AfterWifeWord(NameCandidate candidate) =>
            WordRightBefore(candidate) is { } before && (before.Lower is "istri" or "istrinya"
                || (before.Lower == "negara" && WordAt(candidate.Start) is var first and > 1 && OnlySpaceBefore(first - 1) && words[first - 2].Lower == "ibu"));

        private Word? WordRightBefore(NameCandidate candidate) =>
            candidate.Start >= 0 && WordAt(candidate.Start) is var first and > 0 && OnlySpaceBefore(first) ? words[first - 1] : null;

        /// <summary>Whether the name completes an office that its position leaves open ("Kepala Pusat Meteo Publik BMKG":
        /// the position ends with "Pusat", an institution's acronym follows the name): the office's name, not a person.</summary>
        public bool CompletesOpenOffice(NameCandidate candidate)
        {
            if (candidate.Position is not { } position || candidate.Start < 0 || !InstitutionFollows(candidate))
            {
                return false;
            }

            var space = position.LastIndexOf(' ');
            return position[(space + 1)..].ToLowerInvariant() is "pusat" or "balai" or "bidang" or "bagian" or "seksi" or "biro" or "dinas" or "badan" or "direktorat" or "divisi" or "subdit" or "lembaga";
        }

        /// <summary>Whether one word stands between "selaku" or "sebagai" and "adalah" ("Bertindak selaku Imam adalah
        /// Khairunnas Jamal"): the role the person after it fills, not a person.</summary>
        public bool IsRoleBeforeItsHolder(NameCandidate candidate)
        {
            if (candidate.Start < 0 || candidate.Name.Contains(' ', StringComparison.Ordinal) || WordAt(candidate.Start) is not (var first and > 0))
            {
                return false;
            }

            var next = WordEndingAt(candidate.Start + candidate.Length) + 1;
            return words[first - 1].Lower is "selaku" or "sebagai" && next < words.Count && words[next].Lower is "adalah" or "ialah" or "yakni" or "yaitu"
                && OnlySpaceBefore(first) && OnlySpaceBefore(next);
        }

        /// <summary>Whether the name fills brackets right after a word in lower case and none of its words is one the corpus puts
        /// in persons' names ("dalam keadaan kahar (Force Majure)"): a term glossed in another language, not a person
        /// ("istrinya (Ani Yudhoyono)" names one).</summary>
        public bool IsGlossInBrackets(NameCandidate candidate)
        {
            if (candidate.Start < 0)
            {
                return false;
            }

            var first = WordAt(candidate.Start);
            var last = WordEndingAt(candidate.Start + candidate.Length);
            if (first <= 0 || TrimmedGap(first) != "(" || words[first - 1].IsCapitalized || !(last + 1 < words.Count ? Gap(last + 1) : FollowingGap(last)).TrimStart().StartsWith(')'))
            {
                return false;
            }

            for (var k = first; k <= last; k++)
            {
                if (IsNameWord(words[k].Lower))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Words for things a name is said to be ("Doremi yang merupakan brand produk kids personal skin care", "Alibaba
        /// merupakan perusahaan e-commerce").</summary>
        private static readonly System.Collections.Frozen.FrozenSet<string> ThingWords = System.Collections.Frozen.FrozenSet.Create(
            StringComparer.Ordinal, "brand", "merek", "merk", "perusahaan", "produk", "aplikasi", "platform", "startup", "klub", "band", "grup", "restoran", "hotel",
            "toko", "label", "situs", "maskapai", "operator", "bank", "tim", "film", "lagu", "album", "game", "kafe");

        /// <summary>Whether the text says what the name is, and it is a thing: "X (yang) merupakan/adalah (sebuah/salah satu) brand,
        /// perusahaan, klub ...".</summary>
        public bool DefinedAsAThing(NameCandidate candidate)
        {
            if (candidate.Start < 0)
            {
                return false;
            }

            var k = WordEndingAt(candidate.Start + candidate.Length) + 1;
            if (k < words.Count && words[k].Text == "yang" && OnlySpaceBefore(k))
            {
                k++;
            }

            if (k >= words.Count || words[k].Text is not ("merupakan" or "adalah") || !OnlySpaceBefore(k))
            {
                return false;
            }

            k++;
            if (k < words.Count && words[k].Text == "sebuah")
            {
                k++;
            }
            else if (k + 1 < words.Count && words[k].Text == "salah" && words[k + 1].Text == "satu")
            {
                k += 2;
            }

            return k < words.Count && OnlySpaceBefore(k) && ThingWords.Contains(words[k].Text);
        }

        /// <summary>Whether the name is an office's acronym of four letters or more and a region's name ("Plt Sekdis DPPKAD Kudus,
        /// Akhmad Sofyan"): the regional office, not a person.</summary>
        public bool IsOfficeOfRegion(NameCandidate candidate)
        {
            if (candidate.Start < 0)
            {
                return false;
            }

            var first = WordAt(candidate.Start);
            var last = WordEndingAt(candidate.Start + candidate.Length);
            return first >= 0 && first < last && words[first].IsAllCaps && words[first].Length >= 4 && words[first].Text.All(char.IsLetter)
                && owner.gazetteer.Names.Find(words.Skip(first + 1).Take(last - first).Select(w => w.Lower)).Count > 0;
        }

        /// <summary>Whether the name is a role an actor plays or a nickname: after "berperan sebagai", "perannya sebagai",
        /// "memerankan" or "karakter", with a title of the role perhaps between ("berperan sebagai Nyi Misni dalam film ..."), or
        /// after "berjuluk" or "dijuluki" ("member berjuluk Ace").</summary>
        public bool IsRolePlayed(NameCandidate candidate)
        {
            var k = candidate.Start < 0 ? -1 : WordAt(candidate.Start) - 1;
            for (var skipped = 0; k >= 0 && skipped < 2 && words[k].IsCapitalized && OnlySpaceBefore(k + 1); skipped++)
            {
                k--;
            }

            if (k < 0 || !OnlySpaceBefore(k + 1))
            {
                return false;
            }

            // "member berjuluk Ace", "perempuan yang pernah dijuluki Ratu Sinetron": a nickname, said of someone named elsewhere.
            return words[k].Lower is "memerankan" or "karakter" or "berjuluk" or "dijuluki" or "berjulukan"
                || (words[k].Lower == "sebagai" && k > 0 && OnlySpaceBefore(k) && words[k - 1].Lower is "berperan" or "peran" or "perannya" or "memerankan" or "dijuluki");
        }

        /// <summary>Whether a head count follows the name ("Polisi Kehutanan 109 orang, Manggala Agni 210 orang"): a unit's
        /// name in a list of the forces sent, not a person.</summary>
        public bool FollowedByHeadCount(NameCandidate candidate)
        {
            if (candidate.Start < 0)
            {
                return false;
            }

            var next = WordEndingAt(candidate.Start + candidate.Length) + 1;
            return next + 1 < words.Count && OnlySpaceBefore(next) && OnlySpaceBefore(next + 1) && char.IsDigit(words[next].Text[0])
                && words[next].Text.All(c => char.IsDigit(c) || c == '.') && words[next + 1].Lower is "orang" or "personel";
        }

        /// <summary>Whether the name is glued to a hashtag's sign ("#HappyBirthdayYeonjun", "#MulaiAjaDulu"): a slogan, not a
        /// person. (A handle, "akun @Yunita Monalisa", may be a person's name.)</summary>
        public bool AfterHashtagSign(NameCandidate candidate) => candidate.Start > 0 && text[candidate.Start - 1] == '#';

        /// <summary>Whether a one-word name is the grade of a civil-service office ("Pejabat Pimpinan Tinggi (PPT) Pratama",
        /// "JPT Madya"), not a person.</summary>
        public bool IsOfficeGrade(NameCandidate candidate) =>
            candidate.Start >= 0 && WordAt(candidate.Start) is var first and > 0 && WordEndingAt(candidate.Start + candidate.Length) == first
            && words[first].Lower is "pratama" or "madya" or "utama" && words[first - 1].Lower is "tinggi" or "ppt" or "jpt";

        /// <summary>Whether the name is a region's name and a point of the compass ("warga Garut Selatan", "Kabupaten
        /// Garut Selatan"): a part of the region or one proposed, not a person.</summary>
        public bool IsRegionWithDirection(NameCandidate candidate)
        {
            if (candidate.Start < 0 || WordAt(candidate.Start) is not (var first and >= 0))
            {
                return false;
            }

            var last = WordEndingAt(candidate.Start + candidate.Length);
            return last > first && words[last].Lower is "selatan" or "utara" or "barat" or "timur" or "tengah" && RegionLength(first) >= last - first;
        }

        private static bool IsQuote(char c) => c is '"' or '\'' or '“' or '”' or '‘' or '’';

        /// <summary>
        /// The name without what follows it that is no part of it: an editor's note ("Syamsuar-red", "Gubernur Riau,
        /// Syamsuar-red"), a rank that opens the next name ("Pangdam XVI Pattimuram Mayjen TNI (Purn) Eko Wiratmoko"
        /// leaves "Pattimuram", itself no name); a rank that is also a name's word stays ("Agung Laksamana"). A first word
        /// written twice is written once ("Polana Polana B. Pramesti"); short doubled names stay ("Zee Zee Shahab").
        /// </summary>
        public NameCandidate WithoutTrailingNotes(NameCandidate candidate)
        {
            var name = candidate.Name;
            if (name.EndsWith("-red", StringComparison.OrdinalIgnoreCase))
            {
                name = name[..^4];
            }

            // "Direktur Jenderal Udara Kemenhub Polana Polana B. Pramesti": a word written twice by mistake.
            var space = name.IndexOf(' ', StringComparison.Ordinal);
            if (space >= 5 && name.Length > 2 * space + 2 && name[2 * space + 1] == ' ' && name.AsSpan(space + 1, space).SequenceEqual(name.AsSpan(0, space)))
            {
                name = name[(space + 1)..];
            }

            // A rank after the name is the next person's; what stood before it was read as a name only through the rank.
            var last = name[(name.LastIndexOf(' ') + 1)..].ToLowerInvariant();
            if (lexicon.Ranks.Contains(last) && !IsNameWord(last))
            {
                return candidate with { Name = "" };
            }

            return name.Length == candidate.Name.Length ? candidate : candidate with { Name = name, Length = candidate.Start >= 0 ? candidate.Length - (candidate.Name.Length - name.Length) : candidate.Length };
        }

        /// <summary>
        /// Whether a name the tagger reads as an organisation's is two initials in capitals and a name the press writes as a
        /// person's ("BJ Habibie", "FX Hadi Rudyatmo", "HS Dillon"): the initials are not an acronym of the common ones
        /// ("RS Siloam", "PT Pindad", "MD Pictures" stay, their last word being no person's).
        /// </summary>
        public bool IsInitialsAndName(NameMention name)
        {
            var first = name.FirstWord;
            if (name.WordCount is < 2 or > 3 || !words[first].IsAllCaps || words[first].Length != 2 || !words[first].Text.All(char.IsLetter)
                || CommonAcronyms.Contains(words[first].Lower) || lexicon.ExtractorOrganisationWords.Contains(words[first].Lower) || !OnlySpaceBefore(first + 1))
            {
                return false;
            }

            for (var k = first + 1; k < first + name.WordCount; k++)
            {
                var (person, organisation, place) = NameProfiles.Default.Of(words[k].Lower);
                if (!words[k].IsCapitalized || words[k].IsAllCaps || person < 3 || person <= organisation || person <= place)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The name without a first word the text shows to be an institution's or a country's, not a person's: an abbreviation
        /// the text defines ("Aliansi Sumsel Melawan Asap (Gasma) ... Koordinator Gasma Ni'matul Hakiki"), a word the text
        /// also writes after an organisation's word ("Rektor Unis Prof Mustafa Kamil ... Yayasan Unis"), a country ("Menteri
        /// Luar Negeri Suriname Yldiz Pollack-Beighle"), a ministry's short name ("Sekertaris Jenderal Kemenkhub Djoko
        /// Sasono"). The position reading stopped before the word; the word belongs to the office. Two name words at least
        /// stay.
        /// </summary>
        public NameCandidate WithoutInstitutionLead(NameCandidate candidate)
        {
            if (candidate.Start < 0 || candidate.Name.Length == 0 || WordAt(candidate.Start) is not (var first and >= 0) || words[first].Start != candidate.Start)
            {
                return candidate;
            }

            var last = WordEndingAt(candidate.Start + candidate.Length);
            if (last - first < 2 || !OnlySpaceBefore(first + 1) || !words[first + 1].IsCapitalized || words[first + 1].IsAllCaps || words[first].IsAllCaps
                || !candidate.Name.StartsWith(words[first].Text + " ", StringComparison.Ordinal))
            {
                return candidate;
            }

            var lead = words[first].Lower;
            if (!(lexicon.Countries.Contains(lead) || lead.StartsWith("kemen", StringComparison.Ordinal) || DefinedAbbreviations().Contains(lead) || WrittenAfterOrganisationWord(first)))
            {
                return candidate;
            }

            var position = candidate.Position is null ? null : candidate.Position + " " + words[first].Text;
            return FromRange(first + 1, last, position, candidate.Regency) is { Name.Length: > 0 } named ? named : candidate;
        }

        /// <summary>
        /// The name without a word for a grandparent or grandchild before it that the tagger read as part of it ("Cucu Habibie,
        /// Melanie Subono", "Eyang Habibie" for the late BJ Habibie): a kinship, not a given name. ("Putra", "Putri" and "Bibi"
        /// are given names too and stay.)
        /// </summary>
        public NameCandidate WithoutKinshipLead(NameCandidate candidate) =>
            WithoutLead(candidate, lead => lead.Lower is "cucu" or "eyang" or "kakek" or "nenek");

        /// <summary>
        /// The name without the sentence's first word when that word is a noun made with ke-...-an that the tagger read into it
        /// ("Keterusterangan Cowell tersebut muncul", "Kebahagian Zidane bertambah"): the candour, the happiness of the person
        /// after it. Long words only (nine letters and more), and none the corpus writes capitalised.
        /// </summary>
        public NameCandidate WithoutNounLead(NameCandidate candidate) =>
            WithoutLead(candidate, lead => lead.SentenceStart && lead.Lower is { Length: >= 9 } lower && lower.StartsWith("ke", StringComparison.Ordinal)
                && lower.EndsWith("an", StringComparison.Ordinal) && !CapitalisationLexicon.IsNearlyAlwaysCapitalised(CapitalisationLexicon.Default.ClassOf(lower)));

        /// <summary>The name without its first word when <paramref name="isLead"/> says that word is no part of it, and a
        /// name is left after it; else the candidate as it was.</summary>
        private NameCandidate WithoutLead(NameCandidate candidate, Func<Word, bool> isLead)
        {
            if (candidate.Start < 0 || candidate.Name.Length == 0 || WordAt(candidate.Start) is not (var first and >= 0) || words[first].Start != candidate.Start
                || !isLead(words[first]) || !candidate.Name.StartsWith(words[first].Text + " ", StringComparison.Ordinal))
            {
                return candidate;
            }

            var last = WordEndingAt(candidate.Start + candidate.Length);
            return last > first && OnlySpaceBefore(first + 1) && FromRange(first + 1, last, candidate.Position, candidate.Regency) is { Name.Length: > 0 } named ? named : candidate;
        }

        /// <summary>Whether the word at <paramref name="index"/> stands elsewhere in the text right after an organisation's
        /// word and ends the name there ("Yayasan Unis, Hudaya Latuconsina"): the name of the institution. A name going on
        /// ("Menteri Perhubungan Budi Karya Sumadi", "Keluarga Robert Mugabe") is a person's after an office or a group.</summary>
        private bool WrittenAfterOrganisationWord(int index)
        {
            for (var k = 1; k < words.Count; k++)
            {
                if (k != index && words[k].Text == words[index].Text && OnlySpaceBefore(k) && lexicon.OrganisationWords.Contains(words[k - 1].Lower) && words[k - 1].IsCapitalized
                    && !(k + 1 < words.Count && OnlySpaceBefore(k + 1) && words[k + 1].IsCapitalized))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The name with the two initials in capitals that the position reading took as the end of the office ("Wali Kota Solo
        /// FX Hadi Rudyatmo", "Ketua Badan Pengurus YPI OK Syahputra Harianda") or left between the office and the name ("Staf
        /// Ahli Kastaf Kepresidenan FX Rudi Gunawa"): initials the text writes nowhere else, before a given name the press
        /// writes as a person's. An institution's acronym is written again or is a common one ("Menteri PU", "Gubernur BI").
        /// </summary>
        public NameCandidate WithInitialsBefore(NameCandidate candidate)
        {
            if (candidate.Start < 0 || candidate.Name.Length == 0 || WordAt(candidate.Start) is not (var first and > 0) || words[first].Start != candidate.Start
                || !OnlySpaceBefore(first) || !candidate.Name.StartsWith(words[first].Text, StringComparison.Ordinal))
            {
                return candidate;
            }

            var initials = words[first - 1];
            if (!initials.IsAllCaps || initials.Length != 2 || !initials.Text.All(char.IsAsciiLetterUpper) || CommonAcronyms.Contains(initials.Lower)
                || RoleInitials.Contains(initials.Lower) || lexicon.ExtractorOrganisationWords.Contains(initials.Lower) || initials.Text.All(c => c is 'I' or 'V' or 'X')
                || words.Count(w => w.Text == initials.Text) > 1)
            {
                return candidate;
            }

            var (person, organisation, place) = NameProfiles.Default.Of(words[first].Lower);
            if (words[first].IsAllCaps || person < 3 || person <= organisation || person <= place)
            {
                return candidate;
            }

            var position = candidate.Position;
            if (position is not null && position.EndsWith(" " + initials.Text, StringComparison.Ordinal))
            {
                position = position[..^(initials.Text.Length + 1)];
            }

            var original = candidate.Original.StartsWith(candidate.Name, StringComparison.Ordinal) ? initials.Text + " " + candidate.Original : candidate.Original;
            return candidate with { Name = initials.Text + " " + candidate.Name, Original = original, Position = position, Start = initials.Start, Length = candidate.Start + candidate.Length - initials.Start };
        }

        /// <summary>Two-letter short forms of a role, a title, a service or a field the press writes before a name: "MC Indy
        /// Barends", "DJ Bebby Fey", "PD Jeon Chang Geun" (producer), "KA Sri Lelawangsa" (a train), "TNI AL", "Doktor HC", "Dinas
        /// LH" (environment), "HM" (Haji Muhammad, a title the press drops with the name).</summary>
        private static readonly System.Collections.Frozen.FrozenSet<string> RoleInitials = System.Collections.Frozen.FrozenSet.Create(
            StringComparer.Ordinal, "mc", "dj", "pd", "ka", "al", "au", "ad", "hc", "lh", "hm", "hj");

        /// <summary>Two-letter acronyms of institutions, places and things the press writes before a name ("RS Siloam", "AC Milan").</summary>
        private static readonly System.Collections.Frozen.FrozenSet<string> CommonAcronyms = System.Collections.Frozen.FrozenSet.Create(
            StringComparer.Ordinal, "rs", "ri", "as", "pt", "cv", "uu", "nu", "tv", "fc", "ac", "sd", "sm", "ma", "mk", "pn", "pa", "pm", "uk", "un", "ui", "kh", "jl", "gg", "km");

        /// <summary>The name with the Sundanese and Javanese title that is written as part of it ("TB Rahmat Sukendar" for Tubagus,
        /// "Kombes Pol Raden Prabowo Argo Yuwono"): the title is kept where it stands right before the name.</summary>
        public NameCandidate WithNameTitle(NameCandidate candidate)
        {
            if (candidate.Start < 0 || candidate.Name.Length == 0 || WordAt(candidate.Start) is not (var first and > 0) || words[first].Start != candidate.Start
                || !OnlySpaceBefore(first) || words[first - 1].Lower is not ("tb" or "tubagus" or "raden") || !words[first - 1].IsCapitalized
                || candidate.Name.StartsWith(words[first - 1].Text, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }

            var title = words[first - 1];
            var original = candidate.Original.StartsWith(candidate.Name, StringComparison.Ordinal) || candidate.Original == candidate.Name
                ? title.Text + " " + candidate.Original : candidate.Original;
            return candidate with { Name = title.Text + " " + candidate.Name, Original = original, Start = title.Start, Length = candidate.Start + candidate.Length - title.Start };
        }

        /// <summary>Whether a capitalised Korean given name of two syllables opens at <paramref name="index"/>, right after a
        /// capitalised word and a space, and no third capitalised word goes on after it ("Yang Min Suk", "(Oh Chang Suk)").</summary>
        private bool IsKoreanGivenNameAt(int index) =>
            index > 0 && index + 1 < words.Count && words[index - 1].IsCapitalized && !words[index - 1].IsAllCaps && OnlySpaceBefore(index) && OnlySpaceBefore(index + 1)
            && words[index].IsCapitalized && words[index + 1].IsCapitalized && !words[index].IsAllCaps && !words[index + 1].IsAllCaps
            && KoreanSyllables.Contains(words[index].Lower) && KoreanSyllables.Contains(words[index + 1].Lower)
            && !(index + 2 < words.Count && OnlySpaceBefore(index + 2) && words[index + 2].IsCapitalized);

        /// <summary>
        /// The name after a rank that stands inside the reading, without the words before the rank: a unit, an office or its
        /// region ("Turjawali Iptu Anggoro", "Kapolrestabes Medan Kombes Dadang Hartanto", "OKI-Ogan Ilir Letkol Riyandi",
        /// "Sarko Letkol Kav Rohyat Happy Ariyanto": a corps after the rank goes too). Nobody's name holds a rank in its
        /// middle.
        /// </summary>
        public NameCandidate WithoutLeadBeforeRank(NameCandidate candidate)
        {
            if (candidate.Start < 0 || candidate.Length == 0)
            {
                return candidate;
            }

            var first = WordAt(candidate.Start);
            var last = WordEndingAt(candidate.Start + candidate.Length);
            if (first < 0 || last <= first + 1)
            {
                return candidate;
            }

            for (var k = first + 1; k < last; k++)
            {
                // "Laksamana" is a given name too ("Gandjar Laksamana Bonaprapta", "Laksamana Sukardi").
                if (!words[k].IsCapitalized || !lexicon.Ranks.Contains(words[k].Lower) || words[k].Lower == "laksamana" || !OnlySpaceBefore(k))
                {
                    continue;
                }

                var from = k + 1;
                while (from < last && lexicon.Corps.Contains(words[from].Lower))
                {
                    from++;
                }

                return words[from].IsCapitalized && FromRange(from, last, candidate.Position, candidate.Regency) is { } named ? named : candidate;
            }

            return candidate;
        }

        /// <summary>The Korean name with its family name that is also a common word ("Oh Chang Suk", "Yang Se Jong", "Detektif Oh
        /// Gu Tak"): the tagger and the cues read the given name only.</summary>
        public NameCandidate WithKoreanSurname(NameCandidate candidate)
        {
            if (candidate.Start < 0 || WordAt(candidate.Start) is not (var first and > 0) || words[first].Start != candidate.Start
                || WordEndingAt(candidate.Start + candidate.Length) != first + 1 || !KoreanWordSurnames.Contains(words[first - 1].Lower) || !IsKoreanGivenNameAt(first)
                || candidate.Name != words[first].Text + " " + words[first + 1].Text)
            {
                return candidate;
            }

            var surname = words[first - 1];
            var original = candidate.Original == candidate.Name ? surname.Text + " " + candidate.Original : candidate.Original;
            return candidate with { Name = surname.Text + " " + candidate.Name, Original = original, Start = surname.Start, Length = candidate.Start + candidate.Length - surname.Start };
        }

        /// <summary>The name with its family name after the initials of its first words in brackets ("Presiden Ke-3 RI
        /// Bacharuddin Jusuf (BJ) Habibie" gives "Bacharuddin Jusuf Habibie"): the brackets spell the short form, the name
        /// goes on after them.</summary>
        public NameCandidate WithInitialsInBrackets(NameCandidate candidate)
        {
            if (candidate.Start < 0 || candidate.Name.Length == 0 || WordAt(candidate.Start) is not (var first and >= 0))
            {
                return candidate;
            }

            var last = WordEndingAt(candidate.Start + candidate.Length);
            var k = last + 1;
            if (last < first || k + 1 >= words.Count || last - first + 1 is < 2 or > 3 || TrimmedGap(k) != "(" || TrimmedGap(k + 1) != ")" || Gap(k + 1).Contains('\n')
                || !words[k].IsAllCaps || words[k].Length != last - first + 1 || !words[k + 1].IsCapitalized || words[k + 1].IsAllCaps)
            {
                return candidate;
            }

            // "Susilo Bambang Yudhoyono (SBY) Wakil Ketua ...", "Jusuf Kalla (JK) Ketua ...": the initials spell the whole name,
            // an office follows.
            if (HeadAt(k + 1) is not null || IsOfficeWord(words[k + 1].Lower) || lexicon.ExtractorOrganisationWords.Contains(words[k + 1].Lower)
                || lexicon.ExtractorStopWords.Contains(words[k + 1].Lower))
            {
                return candidate;
            }

            for (var j = first; j <= last; j++)
            {
                if (char.ToUpperInvariant(words[j].Text[0]) != words[k].Text[j - first])
                {
                    return candidate;
                }
            }

            var end = words[k + 1].End;
            return candidate with { Name = candidate.Name + " " + words[k + 1].Text, Original = text[candidate.Start..end], Length = end - candidate.Start };
        }

        /// <summary>
        /// A pair written with a slash ("Greysia/Apriyani menaklukkan pasangan asal Inggris Chloe Birch/Lauren Smith", "Della/Rizki
        /// bertemu ganda Jepang"): two persons, a doubles pair in badminton and tennis, read as one name. Each side is a name of
        /// its own; a side of one word is the short form of the player named in full elsewhere.
        /// </summary>
        public (NameCandidate First, NameCandidate Second)? AsDoublesPair(NameCandidate candidate)
        {
            if (candidate.Start < 0 || candidate.Name.Length == 0 || candidate.Start + candidate.Length > text.Length)
            {
                return null;
            }

            var span = text.AsSpan(candidate.Start, candidate.Length);
            var slash = span.IndexOf('/');
            if (slash <= 0 || slash != span.LastIndexOf('/'))
            {
                return null;
            }

            var leftText = span[..slash].TrimEnd();
            var rightText = span[(slash + 1)..].TrimStart();
            if (leftText.Length < 2 || rightText.Length < 2 || !char.IsLetter(leftText[^1]) || !char.IsUpper(rightText[0]))
            {
                return null;
            }

            var parts = candidate.Name.Split(' ');
            var leftCount = leftText.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            var rightCount = rightText.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (leftCount + rightCount != parts.Length || !parts[leftCount - 1].AsSpan().Equals(leftText[(leftText.LastIndexOf(' ') + 1)..], StringComparison.Ordinal))
            {
                return null;
            }

            var left = string.Join(' ', parts[..leftCount]);
            var right = string.Join(' ', parts[leftCount..]);
            var rightStart = candidate.Start + candidate.Length - rightText.Length;
            return (candidate with { Name = left, Original = left, Length = leftText.Length },
                candidate with { Name = right, Original = right, Position = null, Regency = null, Start = rightStart, Length = rightText.Length });
        }

        /// <summary>
        /// A candidate pair written with a hyphen ("kabinet Jokowi-Ma'ruf Amin", "Joko Widodo-Jusuf Kalla", "Ridwan
        /// Kamil-Uu Ruzhanul Ulum") as its two persons: when a side is a name the press is known to shorten, or both sides
        /// have two words or more; none after an organisation's word (the pair names the organisation). Hyphenated names stay whole ("Pierre-Emerick Aubameyang", "Alex Oxlade-Chamberlain",
        /// "Son Heung-Min").
        /// </summary>
        public (NameCandidate First, NameCandidate? Second)? AsTicket(NameCandidate candidate)
        {
            if (!candidate.Name.Contains('-', StringComparison.Ordinal))
            {
                return null;
            }

            var parts = candidate.Name.Split(' ');
            var hyphensBefore = 0;
            for (var k = 0; k < parts.Length; k++)
            {
                var hyphen = parts[k].IndexOf('-', StringComparison.Ordinal);
                // "Ana-Ana": a word doubled with a hyphen is one word.
                if (hyphen <= 0 || hyphen == parts[k].Length - 1 || !char.IsUpper(parts[k][0]) || !char.IsUpper(parts[k][hyphen + 1])
                    || parts[k].AsSpan(0, hyphen).Equals(parts[k].AsSpan(hyphen + 1), StringComparison.OrdinalIgnoreCase))
                {
                    hyphensBefore += parts[k].Count(c => c == '-');
                    continue;
                }

                var left = string.Join(' ', parts[..k].Append(parts[k][..hyphen]));
                var right = string.Join(' ', parts[(k + 1)..].Prepend(parts[k][(hyphen + 1)..]));
                bool Known(string name) => lexicon.KnownAliases.ContainsKey(PersonMerger.Key(name)) || lexicon.KnownAliasesByFull.ContainsKey(PersonMerger.Key(name));
                if (!(Known(left) || Known(right) || (k >= 1 && parts.Length - k >= 2)))
                {
                    return null;
                }

                // "Seknas (Sekretariat Nasional) Prabowo-Sandi", "Tim Kampanye Daerah Jokowi-Ma'ruf": a pair named in an
                // organisation's name names no person of the story.
                if (lexicon.ExtractorOrganisationWords.Contains(parts[0].ToLowerInvariant()) || AfterOrganisationWord(candidate))
                {
                    return (candidate with { Name = "" }, null);
                }

                if (candidate.Start < 0)
                {
                    return (candidate with { Name = left }, candidate with { Name = right, Position = null, Regency = null });
                }

                var end = candidate.Start + candidate.Length;
                var cut = candidate.Start - 1;
                for (var n = 0; n <= hyphensBefore; n++)
                {
                    cut = text.IndexOf('-', cut + 1, end - cut - 1);
                    if (cut < 0)
                    {
                        return null;
                    }
                }

                return (candidate with { Name = left, Original = text[candidate.Start..cut], Length = cut - candidate.Start },
                    new NameCandidate(right, text[(cut + 1)..end], null, cut + 1, end - cut - 1, null));
            }

            return null;
        }

        /// <summary>Whether a capitalised organisation's word stands among the few words just before the name, joined to it
        /// by spaces and brackets only ("Seknas (Sekretariat Nasional) Prabowo-Sandi"; not "kabinet Jokowi-Ma'ruf Amin").</summary>
        private bool AfterOrganisationWord(NameCandidate candidate)
        {
            var first = candidate.Start >= 0 ? WordAt(candidate.Start) : -1;
            for (var k = first - 1; k >= 0 && first - k <= 4 && Gap(k + 1).All(c => c is ' ' or '(' or ')'); k--)
            {
                if (words[k].IsCapitalized && lexicon.ExtractorOrganisationWords.Contains(words[k].Lower))
                {
                    return true;
                }
            }

            return false;
        }

        public bool OpensWithPlaceWord(NameCandidate candidate) => candidate.Start >= 0 && WordAt(candidate.Start) is var first and >= 0
            && (PlaceWords.Contains(words[first].Lower) || lexicon.ExtractorOrganisationWords.Contains(words[first].Lower));

        /// <summary>
        /// Whether the name ends an organisation's name that its acronym in brackets spells, the acronym covering more
        /// words than the name: "Ikatan Keluarga Minang (IKM)" makes "Minang" no person's name, "Susilo Bambang Yudhoyono
        /// (SBY)" stays one.
        /// </summary>
        public bool FollowedByOwnAcronym(NameCandidate candidate)
        {
            if (candidate.Start < 0)
            {
                return false;
            }

            var first = WordAt(candidate.Start);
            var last = WordEndingAt(candidate.Start + candidate.Length);
            var next = last + 1;
            if (first < 0 || next >= words.Count || TrimmedGap(next) != "(" || !FollowingGap(next).TrimStart().StartsWith(')') || !words[next].IsAllCaps)
            {
                return false;
            }

            var acronym = words[next].Lower;
            var opening = last - acronym.Length + 1;
            if (acronym.Length <= last - first + 1 || opening < 0)
            {
                return false;
            }

            for (var k = opening; k <= last; k++)
            {
                if (!words[k].IsCapitalized || words[k].Lower[0] != acronym[k - opening] || (k > opening && !OnlySpaceBefore(k)))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether the name is "Agung" (supreme, great) alone after the word of an institution, a building or a place it
        /// completes: "Jaksa Agung" (the Attorney General), "Mahkamah Agung", "Hakim Agung", "Masjid Agung", "Gunung Agung".</summary>
        public bool CompletesInstitutionAsAgung(NameCandidate candidate) =>
            candidate.Start >= 0 && candidate.Name is "Agung" && WordAt(candidate.Start) is var first and > 0 && OnlySpaceBefore(first)
            && words[first - 1].IsCapitalized && words[first - 1].Lower is "jaksa" or "kejaksaan" or "mahkamah" or "hakim" or "masjid" or "pura" or "gunung" or "kayu";

        /// <summary>Whether a firm's legal form stands right before the name ("Manajer PT Surya Argo Palma"), or "PDAM", a
        /// regional water company's ("PDAM Tirta Dharma", "Perusahaan Daerah Air Minum (PDAM) Tirta Dharma").</summary>
        public bool AfterLegalForm(NameCandidate candidate) =>
            candidate.Start >= 0 && WordAt(candidate.Start) is var first and > 0 && words[first - 1].IsAllCaps && words[first - 1].Lower is "pt" or "cv" or "kso" or "pdam"
            && Gap(first).All(c => c is ' ' or '.' or ')');

        /// <summary>The names the text gives firms and consortia after their legal form ("PT Adhi Karya", "PT. Wijaya Karya
        /// Bangunan Gedung Tbk", "KSO Wika Gedung"), with their openings of two words and more, as <see cref="PersonMerger.Key"/> gives them.</summary>
        public HashSet<string> FirmNames()
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            for (var k = 0; k + 1 < words.Count; k++)
            {
                if (words[k].Lower is not ("pt" or "cv" or "kso" or "pdam") || !words[k].IsAllCaps || !Gap(k + 1).All(c => c is ' ' or '.' or ')') || !words[k + 1].IsCapitalized)
                {
                    continue;
                }

                // The whole name and its openings of two words and more: "PT Surya Argo Palma" makes no "Surya" a firm.
                var parts = new List<string>();
                for (var j = k + 1; j < words.Count && j - k <= 5 && words[j].IsCapitalized && (j == k + 1 || OnlySpaceBefore(j)) && words[j].Lower is not ("tbk" or "persero"); j++)
                {
                    parts.Add(words[j].Lower);
                    if (parts.Count >= 2)
                    {
                        names.Add(string.Join(' ', parts));
                    }
                }

                if (parts.Count == 1)
                {
                    names.Add(parts[0]);
                }
            }

            // "McKinsey & Co", "Apple Inc", "Cambridge Analytica Ltd": the name before a firm's legal form written after it.
            for (var k = 1; k < words.Count; k++)
            {
                if (words[k].Text is not ("Co" or "Inc" or "Ltd" or "LLC" or "Corp") || TrimmedGap(k) is not ("" or "&" or ",") || !words[k - 1].IsCapitalized)
                {
                    continue;
                }

                var first = k - 1;
                while (first > 0 && k - first < 3 && OnlySpaceBefore(first) && words[first - 1].IsCapitalized)
                {
                    first--;
                }

                for (var j = first; j < k; j++)
                {
                    names.Add(PersonMerger.Key(text[words[j].Start..words[k - 1].End]));
                }
            }

            return names;
        }

        /// <summary>The word that contains or starts after character <paramref name="offset"/>; -1 past the end.</summary>
        public int WordAt(int offset)
        {
            var low = 0;
            var high = words.Count - 1;
            while (low <= high)
            {
                var middle = (low + high) / 2;
                if (words[middle].End <= offset)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return low < words.Count ? low : -1;
        }

        /// <summary>The last word that ends at or before character <paramref name="offset"/>.</summary>
        public int WordEndingAt(int offset)
        {
            var word = WordAt(offset);
            return word < 0 ? words.Count - 1 : words[word].Start < offset ? word : word - 1;
        }

        /// <summary>
        /// A name from words <paramref name="first"/> to <paramref name="last"/>: forms of address, honorifics, ranks and titles
        /// before it and degrees after it are left out, and a last word glued to the next ("Sadikinmengatakan") is cut.
        /// </summary>
        public NameCandidate? FromRange(int first, int last, string? position, string? regency)
        {
            while (first < last && (IsTitleWord(first) || SpelledRankAt(first) is > 0 and var rank && first + rank <= last))
            {
                first += Math.Max(1, SpelledRankAt(first) is var spelled && first + spelled <= last ? spelled : 1);
            }

            while (last > first && (IsTrailingDegree(last) || PersonLexicon.ReportingVerbs.Contains(words[last].Lower)))
            {
                last--;
            }

            // "I Nyoman Wara", "Ni Luh Putu": the Balinese "I" and "Ni" before a birth-order name belong to the name.
            if (first > 0 && words[first - 1].Text is "I" or "Ni" && OnlySpaceBefore(first) && BalineseNames.Contains(words[first].Lower))
            {
                first--;
            }

            // "Finn Wolfhard’s Mike" (a cast list in English: the actor, then the role after the possessive): the name
            // ends at the possessive, which is left out.
            for (var k = first; k < last; k++)
            {
                if (EnglishPossessive(words[k].Text) > 0)
                {
                    last = k;
                    break;
                }
            }

            if (last - first + 1 > MaxNameWords)
            {
                return null;
            }

            var parts = new List<string>(last - first + 1);
            for (var k = first; k <= last; k++)
            {
                parts.Add(words[k].Text);
            }

            var end = words[last].End;
            if (Unglued(words[last]) is { } cut)
            {
                parts[^1] = cut;
                end = words[last].Start + cut.Length;
            }
            else if (EnglishPossessive(words[last].Text) is > 0 and var possessive)
            {
                parts[^1] = parts[^1][..^possessive];
                end -= possessive;
            }

            if (parts.All(part => part.Length == 1))
            {
                return null;
            }

            var begin = words[first].Start;
            return new NameCandidate(TitleCase(string.Join(' ', parts)), text[begin..end], position, begin, end - begin, regency);
        }

        /// <summary>
        /// The names of a list set out with semicolons and commas, a football line-up above all ("Meret; Di Lorenzo, Maksimovic,
        /// Koulibaly, Rui; Callejon, ..."), with the names in brackets after one ("Kurt Zouma (Olivier Giroud 73')"): each item
        /// as its first and last word. A list is taken when it has a semicolon, at least six items, each one to four
        /// capitalised words and no office's name, and the tagger or the cues read a person in at least three of them, or in two and a fifth.
        /// </summary>
        public List<(int First, int Last)> ListedNames(List<NameCandidate> found)
        {
            var listed = new List<(int First, int Last)>();
            if (!text.Contains(';', StringComparison.Ordinal))
            {
                return listed;
            }

            var run = new List<(int First, int Last)>();
            var semicolons = 0;
            var k = 0;
            while (k < words.Count)
            {
                var last = ListItemEnd(k);
                if (last < 0)
                {
                    CloseList(run, semicolons, found, listed);
                    semicolons = 0;
                    k++;
                    continue;
                }

                run.Add((k, last));
                var next = last + 1;
                var separatorStart = words[last].End;
                var close = -1;
                if (next < words.Count && text.AsSpan(separatorStart, words[next].Start - separatorStart).Trim().StartsWith("(", StringComparison.Ordinal))
                {
                    close = text.IndexOf(')', separatorStart);
                    if (close < 0 || close - separatorStart > 40)
                    {
                        CloseList(run, semicolons, found, listed);
                        semicolons = 0;
                        k = next;
                        continue;
                    }

                    // "(Olivier Giroud 73')": the player who came on; "(C)": the captain.
                    var inside = next;
                    while (next < words.Count && words[next].Start < close)
                    {
                        next++;
                    }

                    var nameEnd = next - 1;
                    while (nameEnd >= inside && words[nameEnd].Text.All(char.IsDigit))
                    {
                        nameEnd--;
                    }

                    if (nameEnd >= inside && ListItemEnd(inside) == nameEnd && words[nameEnd].Length > 1)
                    {
                        run.Add((inside, nameEnd));
                    }

                    separatorStart = close + 1;
                }

                var separator = text.AsSpan(separatorStart, (next < words.Count ? words[next].Start : text.Length) - separatorStart).Trim();
                if (separator.StartsWith(":", StringComparison.Ordinal))
                {
                    // "Cadangan : Gelson Fernandes, ...", "Pelatih: Gerardo Martino": a heading, not a name.
                    run.RemoveAt(run.Count - 1);
                }

                if (separator is ";")
                {
                    semicolons++;
                }
                else if (separator is not ",")
                {
                    CloseList(run, semicolons, found, listed);
                    semicolons = 0;
                }

                k = next;
            }

            CloseList(run, semicolons, found, listed);
            return listed;
        }

        /// <summary>The last word of a list item of one to four capitalised words (a particle inside: "Malheiro de Sa", "dos Santos Torres") starting at <paramref name="first"/>, or -1.</summary>
        private int ListItemEnd(int first)
        {
            var opensWithParticle = NameParticles.Contains(words[first].Text) && first + 1 < words.Count && Gap(first + 1) == " " && words[first + 1].IsCapitalized;
            if (!opensWithParticle && !(words[first].IsCapitalized && char.IsLetter(words[first].Text[0])))
            {
                return -1;
            }

            var last = first;
            while (last + 1 < words.Count && Gap(last + 1) == " " && (words[last + 1].IsCapitalized
                || (NameParticles.Contains(words[last + 1].Text) && last + 2 < words.Count && Gap(last + 2) == " " && words[last + 2].IsCapitalized)))
            {
                last++;
            }

            return last - first < 4 ? last : -1;
        }

        /// <summary>An item of a list that can be a name: no organisation's word, acronym or lone letter in it ("Grup A", "Provinsi DKI Jakarta").</summary>
        private bool IsListedName((int First, int Last) item)
        {
            for (var w = item.First; w <= item.Last; w++)
            {
                if (lexicon.ExtractorOrganisationWords.Contains(words[w].Lower) || lexicon.ExtractorStopWords.Contains(words[w].Lower) || (words[w].IsAllCaps && words[w].Length > 1))
                {
                    return false;
                }
            }

            return words[item.Last].Length > 1;
        }

        private void CloseList(List<(int First, int Last)> run, int semicolons, List<NameCandidate> found, List<(int First, int Last)> listed)
        {
            // "Nursaid, Kadis Ketahanan Pangan; Irman, Kadis Pertanian; ...": officials listed with their offices are read by
            // the cues for positions.
            if (semicolons >= 1 && run.Count >= 6 && !run.Any(item => Enumerable.Range(item.First, item.Last - item.First + 1).Any(w => HeadAt(w) is not null)))
            {
                var read = run.Count(item => Enumerable.Range(item.First, item.Last - item.First + 1).Any(w => tagged[w] is PersonStart or PersonInside)
                    || found.Any(c => c.Start >= 0 && c.Start < words[item.Last].End && words[item.First].Start < c.Start + c.Length));
                // Three items read are enough in a long line-up: how many of its names the tagger knows moves with each
                // model (22 items with 4 read in a Real10 line-up after the model was rebuilt).
                if (read >= 3 || (read >= 2 && 5 * read >= run.Count))
                {
                    listed.AddRange(run.Where(IsListedName));
                }
            }

            run.Clear();
        }

        /// <summary>A capitalised word beside a nickname that can be a name though the press also writes it in lower case ("Teja"):
        /// no sentence's first word (after the closing quote the reader cannot tell), no capitals, sentence word, organisation's
        /// word or office.</summary>
        private bool IsCapitalisedNameWord(int index, bool afterQuote) =>
            (afterQuote || !words[index].SentenceStart) && !words[index].IsAllCaps && !lexicon.ExtractorStopWords.Contains(words[index].Lower)
            && !lexicon.ExtractorOrganisationWords.Contains(words[index].Lower) && HeadAt(index) is null;

        /// <summary>One capitalised word that can be a name beside a nickname: not a sentence's first word, not one the press mostly writes in lower case ("Aksi "labrak" Uya").</summary>
        private bool IsLoneNameWord(int index) =>
            !words[index].SentenceStart && !words[index].IsAllCaps && !CapitalisationLexicon.IsMostlyLowerCase(CapitalisationLexicon.Default.ClassOf(words[index].Lower));

        public int StartOfWord(int index) => words[index].Start;

        public int EndOfWord(int index) => words[index].End;

        /// <summary>
        /// Names with a nickname in quotes between the given name and the surname ("Henri "Carraway" Teja", "Farhan "Hanss"
        /// Akbari Ardiansyah"): the first word of the name, the nickname's word and the last word of the name. The name on
        /// either side of the quotes is a reading of the tagger or the cues, else one capitalised word that can be a name; at least one side is
        /// a reading, and the nickname is capitalised.
        /// </summary>
        public List<(int First, int Nickname, int Last)> QuotedNicknames(List<NameCandidate> found)
        {
            var named = new List<(int First, int Nickname, int Last)>();
            if (!text.Contains('"', StringComparison.Ordinal) && !text.Contains('“', StringComparison.Ordinal))
            {
                return named;
            }

            for (var k = 1; k + 1 < words.Count; k++)
            {
                if (Gap(k) is not (" \"" or " “") || Gap(k + 1) is not ("\" " or "” ") || !words[k].IsCapitalized || !words[k - 1].IsCapitalized || !words[k + 1].IsCapitalized
                    || !char.IsLetter(words[k - 1].Text[0]) || !char.IsLetter(words[k + 1].Text[0]))
                {
                    continue;
                }

                var left = found.FirstOrDefault(c => c.Start >= 0 && c.Start + c.Length == words[k - 1].End);
                var right = found.FirstOrDefault(c => c.Start == words[k + 1].Start);
                // One side may be a word the press also writes in lower case ("Teja"), when the other can be a name.
                var leftName = left is not null || IsLoneNameWord(k - 1);
                var rightName = right is not null || IsLoneNameWord(k + 1);
                if (!(leftName && rightName) && !(leftName && IsCapitalisedNameWord(k + 1, afterQuote: true)) && !(rightName && IsCapitalisedNameWord(k - 1, afterQuote: false)))
                {
                    continue;
                }

                var first = left is null ? k - 1 : WordAt(left.Start);
                var last = right is null ? k + 1 : WordEndingAt(right.Start + right.Length);
                if (first >= 0 && last > k)
                {
                    named.Add((first, k, last));
                }
            }

            return named;
        }

        /// <summary>How many words a rank written out takes at <paramref name="index"/> ("Ajun Komisaris Besar": 3), or 0.</summary>
        private int SpelledRankAt(int index)
        {
            if (words[index].Lower is not ("ajun" or "komisaris" or "inspektur" or "brigadir" or "letnan" or "mayor" or "tuan"))
            {
                return 0;
            }

            foreach (var rank in SpelledRanks)
            {
                if (index + rank.Length <= words.Count && words[index].IsCapitalized && rank.Select((word, k) => words[index + k].Lower == word && (k == 0 || OnlySpaceBefore(index + k))).All(same => same))
                {
                    return rank.Length;
                }
            }

            return 0;
        }

        private bool IsTitleWord(int index)
        {
            var lower = words[index].Lower;
            return PersonLexicon.Honorifics.Contains(lower) || PersonLexicon.Addresses.Contains(lower) || lexicon.Ranks.Contains(lower)
                || lexicon.Corps.Contains(lower) || NobleTitleAt(index) > 0 || lower is "ki" or "nyi" or "kyai" or "haji" or "letnan" or "sersan" or "kopral" or "nabi" or "rasul";
        }

        private List<(int Start, int End)>? linkedHeadlines;

        /// <summary>Whether an offset lies in the headline of another story, from "Baca juga" (or "Simak juga", "Lihat juga",
        /// "Berita terkait") to the end of its line.</summary>
        public bool InLinkedHeadline(int offset)
        {
            if (offset < 0)
            {
                return false;
            }

            if (linkedHeadlines is null)
            {
                linkedHeadlines = [];
                foreach (System.Text.RegularExpressions.Match match in LinkedHeadline().Matches(text))
                {
                    var end = text.IndexOf('\n', match.Index);
                    linkedHeadlines.Add((match.Index, end < 0 ? text.Length : end));
                }
            }

            foreach (var (start, end) in linkedHeadlines)
            {
                if (offset >= start && offset < end)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the one word read as a name after a position is the office's, the office going on after it with
        /// "dan", another capitalised word and an institution ("Direktur Industri Elektronika dan Telematika Kementerian
        /// Perindustrian"): not a person.</summary>
        public bool OfficeContinues(NameCandidate candidate)
        {
            if (candidate.Start < 0 || candidate.Name.Contains(' ', StringComparison.Ordinal))
            {
                return false;
            }

            var next = WordEndingAt(candidate.Start + candidate.Length) + 1;
            return next + 2 < words.Count && words[next].Lower is "dan" or "&" && OnlySpaceBefore(next) && OnlySpaceBefore(next + 1) && OnlySpaceBefore(next + 2)
                && words[next + 1].IsCapitalized && !words[next + 1].IsAllCaps && HeadAt(next + 1) is null
                && words[next + 2].IsCapitalized && (lexicon.OrganisationWords.Contains(words[next + 2].Lower) || lexicon.ExtractorOrganisationWords.Contains(words[next + 2].Lower));
        }

        /// <summary>Whether an institution's word or acronym follows a name directly ("Penindalan KPK"): then it was an office's.</summary>
        public bool InstitutionFollows(NameCandidate candidate)
        {
            var next = WordEndingAt(candidate.Start + candidate.Length) + 1;
            return next < words.Count && OnlySpaceBefore(next) && (lexicon.ExtractorOrganisationWords.Contains(words[next].Lower) || (words[next].IsAllCaps && words[next].Length >= 2));
        }

        /// <summary>Whether the words between two offsets hold an office's word or an acronym ("Bawaslu", "KPK").</summary>
        public bool HasInstitutionalWord(int start, int end)
        {
            for (var k = WordAt(start); k >= 0 && k < words.Count && words[k].Start < end; k++)
            {
                if (lexicon.ExtractorOrganisationWords.Contains(words[k].Lower) || (words[k].IsAllCaps && words[k].Length >= 2))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>How many words a traditional or noble title takes at <paramref name="index"/> ("Sri Sultan": 2), or 0.</summary>
        /// <summary>Whether the words from <paramref name="index"/> on are <paramref name="lowers"/> (lower case).</summary>
        private bool StartsAt(IReadOnlyList<string> lowers, int index)
        {
            for (var k = 0; k < lowers.Count; k++)
            {
                if (words[index + k].Lower != lowers[k])
                {
                    return false;
                }
            }

            return true;
        }

        private int NobleTitleAt(int index)
        {
            if (index >= words.Count || !lexicon.NobleTitleWords.Contains(words[index].Lower))
            {
                return 0;
            }

            foreach (var title in lexicon.NobleTitles)
            {
                if (index + title.Length <= words.Count && StartsAt(title, index))
                {
                    return title.Length;
                }
            }

            return 0;
        }

        /// <summary>
        /// Whether a name the tagger read with no cue around it is a person's: not a place or district of the gazetteer,
        /// not opened by a village or street word ("Kalurahan Condongcatur"), holding no office's name ("Bawaslu OKI"),
        /// not only initials and short parts ("M PA" of a degree), not an abbreviation the text defines in brackets
        /// ("Pelatihan Dasar (Latsar)"), and, when it is one word, neither a word the press writes in lower case more often
        /// than not nor an unknown word opening a sentence ("Ikrar serupa ...").
        /// </summary>
        public bool IsNameWithoutCue(int first, int last)
        {
            var lowers = new List<string>(last - first + 1);
            for (var k = first; k <= last; k++)
            {
                var lower = words[k].Lower;
                if (lexicon.ExtractorOrganisationWords.Contains(lower) && !CapitalisationLexicon.IsMostlyLowerCase(CapitalisationLexicon.Default.ClassOf(lower)))
                {
                    return false;
                }

                lowers.Add(lower);
            }

            if (PlaceWords.Contains(lowers[0]) || RegionCues.Cues.ContainsKey(lowers[0]) || RegionCues.Blockers.Contains(lowers[0]) || VillageWords.Contains(lowers[0])
                || lowers.All(lower => lower.Length <= 2) || DefinedAbbreviations().Contains(lowers[0]))
            {
                return false;
            }

            if (owner.gazetteer.Names.Find(lowers).Count > 0 || owner.gazetteer.Districts.Find(lowers).Count > 0)
            {
                return false;
            }

            // "II-III MMI": Roman numerals of a scale, not a name.
            if (words[first].IsAllCaps && words[first].Text.Length > 1 && words[first].Text.All(c => c is 'I' or 'V' or 'X' or '-'))
            {
                return false;
            }

            // "lima tas Gucci, tas Valentino, Louis Vuitton": the last of goods named by their brand.
            if (EndsPlaceList(first, goodsOnly: true))
            {
                return false;
            }

            if (first != last)
            {
                return true;
            }

            // "kata JIMINBAR", "fanbase Jimin di Tiongkok": one word in capitals where the line is not is an acronym, a group's
            // or an organisation's name, as the cues read it (see Name); after a form of address it is a name ("MAS PI'I").
            if (words[first].IsAllCaps && words[first].Length >= 4 && !AllCapsContext(first)
                && !(first > 0 && OnlySpaceBefore(first) && (PersonLexicon.Addresses.Contains(words[first - 1].Lower) || PersonLexicon.Honorifics.Contains(words[first - 1].Lower))))
            {
                return false;
            }

            // "Bidang Pratama": the field of an office.
            if (first > 0 && words[first - 1].Lower is "bidang" or "seksi" or "divisi" or "subbidang")
            {
                return false;
            }

            // "warga Baduy", "suku Dayak", "kepala keluarga Baduy": a people's name, not a person's.
            // "seorang pria Yahudi", "wanita Jepang": a people's or a country's name describing someone.
            if (first > 0 && words[first - 1].Lower is "warga" or "suku" or "masyarakat" or "orang" or "etnis" or "keluarga" or "bangsa" or "kaum" or "umat" or "pria" or "wanita")
            {
                return false;
            }

            // "Desa Waibao yang terdiri dari Kampung Keka, Tengadei, Riangpuho, dan Lebao": the last of the places a village's
            // word opens.
            if (EndsPlaceList(first, goodsOnly: false))
            {
                return false;
            }

            // "Maudy memilih Stanford" beside "Stanford University", "Kampus Stanford"; "Kurator Museum Canterbury": one word the
            // text names elsewhere as a campus, a museum or an app is that institution's name.
            if (NamesInstitutionElsewhere(first))
            {
                return false;
            }

            var wordClass = CapitalisationLexicon.Default.ClassOf(lowers[0]);
            return !CapitalisationLexicon.IsMostlyLowerCase(wordClass) && !(words[first].SentenceStart && !CapitalisationLexicon.IsNearlyAlwaysCapitalised(wordClass));
        }

        /// <summary>Whether a one-word name a position's cue read completes an institution's name the position ends with:
        /// "Kurator Museum Canterbury, Paul Scofield" (the curator is Paul Scofield, "Museum Canterbury" his museum).</summary>
        public bool CompletesInstitution(NameCandidate named)
        {
            if (named.Start < 0 || named.Name.Contains(' ', StringComparison.Ordinal))
            {
                return false;
            }

            var index = WordAt(named.Start);
            return index > 0 && OnlySpaceBefore(index) && IsInstitutionWord(words[index - 1].Lower);
        }

        private static bool IsInstitutionWord(string lower) => lower is "kampus" or "museum" or "aplikasi" or "universitas";

        /// <summary>Whether the word at <paramref name="index"/> stands anywhere in the text right after a word for a campus, a
        /// museum or an app ("Kampus Stanford", "Museum Canterbury", "aplikasi NovelMe") or right before "University"
        /// ("Stanford University").</summary>
        private bool NamesInstitutionElsewhere(int index)
        {
            var lower = words[index].Lower;
            for (var k = 0; k < words.Count; k++)
            {
                if (words[k].Lower != lower || !words[k].IsCapitalized)
                {
                    continue;
                }

                if (k > 0 && OnlySpaceBefore(k) && IsInstitutionWord(words[k - 1].Lower))
                {
                    return true;
                }

                if (k + 1 < words.Count && OnlySpaceBefore(k + 1) && words[k + 1].IsCapitalized && words[k + 1].Lower is "university" or "college")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the word at <paramref name="first"/> ends a list of capitalised names ("X, Y, dan Z") whose first item
        /// a village's word opens ("Kampung Keka, Tengadei, Riangpuho, dan Lebao"), or, with <paramref name="goodsOnly"/>, only
        /// a word for goods named by their brand ("tas Gucci, tas Valentino, Louis Vuitton"), a model's number ("LG G6, OnePlus
        /// 3T, dan Google Pixel": an item may end with it) or a product named after its kind elsewhere.</summary>
        private bool EndsPlaceList(int first, bool goodsOnly)
        {
            var k = first - 1;
            var conjoined = k > 0 && words[k].Lower is "dan" or "serta" && OnlySpaceBefore(first);
            if (conjoined)
            {
                k--;
            }
            else if (TrimmedGap(first) != ",")
            {
                return false;
            }

            for (var items = 0; k >= 0 && items < 8 && (words[k].IsCapitalized || (goodsOnly && HasModelNumber(k, k))); items++)
            {
                var start = k;
                while (start > 0 && k - start < 3 && OnlySpaceBefore(start) && words[start - 1].IsCapitalized)
                {
                    start--;
                }

                if (start > 0 && OnlySpaceBefore(start) && words[start - 1].Lower is "tas" or "sepatu" or "ponsel" or "arloji" or "merek"
                    || (start > 1 && words[start - 1].Lower == "tangan" && words[start - 2].Lower == "jam"))
                {
                    return true;
                }

                // "LG G6, OnePlus 3T, dan Google Pixel": goods named by their make and model, the model's number among them.
                if (goodsOnly && conjoined && start < k && HasModelNumber(start, k))
                {
                    return true;
                }

                // "Ada Shin Ramyun Spicy Mushroom, Shin Ramyun Shrimp, Kimchi Ramyun, Claypot dan Neoguri Udon": after an item the
                // text names after a word for a kind of thing ("varian Shin Ramyun Spicy Mushroom"), the others are its peers.
                if (goodsOnly && IsNamedAfterKindWord(start, k))
                {
                    return true;
                }

                if (!goodsOnly && (VillageWords.Contains(words[start].Lower) || (start > 0 && OnlySpaceBefore(start) && VillageWords.Contains(words[start - 1].Lower))))
                {
                    return true;
                }

                if (TrimmedGap(start) != "," || HeadAt(start) is not null)
                {
                    return false;
                }

                k = start - 1;
            }

            return false;
        }

        /// <summary>Whether a word from <paramref name="from"/> to <paramref name="to"/> mixes letters and digits ("G6", "3T",
        /// "S10"): a model's number.</summary>
        private bool HasModelNumber(int from, int to)
        {
            for (var k = from; k <= to; k++)
            {
                var text = words[k].Text;
                if (text.Length is >= 2 and <= 6 && text.AsSpan().IndexOfAnyInRange('0', '9') >= 0 && text.AsSpan().IndexOfAnyInRange('A', 'Z') >= 0
                    && !text.AsSpan().ContainsAnyExcept(AsciiLettersAndDigits))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether brackets holding only a comma follow word <paramref name="k"/> ("sosok Jeon Nok Du (,)", "Bangtan Boys
        /// (,)"): what a scraper leaves of a link inside them, the actor who plays the role named before them or the acronym of
        /// the name before them; a person's name is followed by neither.</summary>
        private bool BeforeEmptyBrackets(int k)
        {
            var i = words[k].End;
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            if (i + 2 >= text.Length || text[i] != '(' || !words[k].IsCapitalized)
            {
                return false;
            }

            var close = text.IndexOf(')', i + 1, Math.Min(5, text.Length - i - 1));
            return close > 0 && text.AsSpan(i + 1, close - i - 1).Trim(' ') is [','];
        }

        /// <summary>Adds the capitalised run ending at word <paramref name="k"/> (up to four words), and its endings of two words
        /// or more, to the names that are no persons'.</summary>
        private void AddRunEndingAt(int k)
        {
            var start = k;
            while (start > 0 && k - start < 3 && OnlySpaceBefore(start) && words[start - 1].IsCapitalized)
            {
                start--;
            }

            var run = words[k].Lower;
            if (start == k)
            {
                namesAfterCues!.Add(run);
                return;
            }

            for (var from = k - 1; from >= start; from--)
            {
                run = words[from].Lower + " " + run;
                namesAfterCues!.Add(run);
            }
        }

        /// <summary>Whether words <paramref name="from"/> to <paramref name="to"/> are a run the text writes after a word for a
        /// kind of thing elsewhere ("varian Shin Ramyun Spicy Mushroom").</summary>
        private bool IsNamedAfterKindWord(int from, int to)
        {
            ScanCueRuns();
            if (kindNames!.Count == 0)
            {
                return false;
            }

            var item = words[from].Lower;
            for (var j = from + 1; j <= to; j++)
            {
                item += " " + words[j].Lower;
            }

            return kindNames.Contains(item);
        }

        private static readonly System.Buffers.SearchValues<char> AsciiLettersAndDigits =
            System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

        private HashSet<string>? abbreviations;

        /// <summary>Whether a one-word name is a short form the text defines ("Universitas Hasanuddin (Unhas)"), also after a
        /// position, whose office it is then ("Himpunan Pengusaha Muda Indonesia (Hipmi)", "Ketua Hipmi").</summary>
        public bool IsDefinedAbbreviation(NameCandidate candidate) =>
            !candidate.Name.Contains(' ', StringComparison.Ordinal) && DefinedAbbreviations().Contains(candidate.Name.ToLowerInvariant());

        /// <summary>Words the text defines as the short form of a capitalised phrase: "Pelatihan Dasar (Latsar)".</summary>
        private HashSet<string> DefinedAbbreviations()
        {
            if (abbreviations is not null)
            {
                return abbreviations;
            }

            abbreviations = new HashSet<string>(StringComparer.Ordinal);
            for (var k = 2; k + 1 < words.Count; k++)
            {
                if (TrimmedGap(k) == "(" && TrimmedGap(k + 1).StartsWith(')') && words[k].IsCapitalized && words[k - 1].IsCapitalized && words[k - 2].IsCapitalized
                    && OnlySpaceBefore(k - 1) && HeadAt(k - 2) is null && HeadAt(k - 1) is null)
                {
                    abbreviations.Add(words[k].Lower);
                }
            }

            return abbreviations;
        }


        /// <summary>A degree after a name, with or without dots: "SH", "MSi", "S.Pd" (as "S", "Pd").</summary>
        private bool IsTrailingDegree(int index)
        {
            var word = words[index];
            if (!PersonLexicon.ExtractorDegreeParts.Contains(word.Lower) || !word.IsCapitalized)
            {
                return false;
            }

            // A one-letter part counts only with its dot ("S." of "S.Pd"); "Roby Arya B" keeps its initial.
            return word.Length > 1 ? word.IsAllCaps || word.Text.Skip(1).Any(char.IsUpper) || Gap(index).Contains('.') || Gap(index).Contains(',') || FollowingGap(index).StartsWith('.')
                : FollowingGap(index).StartsWith('.') && index + 1 < words.Count && PersonLexicon.ExtractorDegreeParts.Contains(words[index + 1].Lower);
        }

        /// <summary>The length of an English possessive ending a name ("Brown’s", "Ryder's"): 2, else 0.</summary>
        private static int EnglishPossessive(string word) =>
            word.Length >= 4 && word[^1] == 's' && word[^2] is '’' or '\'' && char.IsLetter(word[^3]) ? 2 : 0;

        /// <summary>The name part of a word glued to the word after it ("Sadikinmengatakan" gives "Sadikin"), or null.</summary>
        private static string? Unglued(Word word)
        {
            if (!word.IsCapitalized || word.Length < 8 || CapitalisationLexicon.Default.ClassOf(word.Lower) != 0)
            {
                return null;
            }

            foreach (var suffix in GluedWords)
            {
                if (word.Length - suffix.Length >= 3 && word.Lower.EndsWith(suffix, StringComparison.Ordinal) && char.IsLower(word.Text[word.Length - suffix.Length]))
                {
                    return word.Text[..(word.Length - suffix.Length)];
                }
            }

            return null;
        }

        /// <summary>
        /// Whether a name starting at <paramref name="first"/> belongs to the name of a street, building or institution
        /// ("Jalan Letnan Muchtar Saleh", "RSUD dr. M. Yunus", "Universitas Gadjah Mada"): a place word stands before it
        /// with only capitalised words, titles and dots between.
        /// </summary>
        public bool IsInsidePlaceName(int first)
        {
            var paired = false;
            for (var k = first - 1; k >= 0 && first - k <= 6; k--)
            {
                if (!Gap(k + 1).All(c => c is ' ' or '.'))
                {
                    return false;
                }

                // "perempatan Jalan Fatmawati dan TB Simatupang": the second of two streets at a crossroads ("warga Jalan
                // Helvetia Medan dan Rahel Qori" names a person).
                if (paired ? IsCrossroadsAt(k) : IsPlaceWordAt(k))
                {
                    return true;
                }

                if (!paired && words[k].Text == "dan" && k > 0 && words[k - 1].IsCapitalized)
                {
                    paired = true;
                    continue;
                }

                // "RSUD Majenang dr Tatang Mulyana": a title after a place's name that ends a building's name opens a person's.
                if (PersonLexicon.Honorifics.Contains(words[k].Lower) && k > 0 && !PlaceWords.Contains(words[k - 1].Lower) && PlaceEndsAt(k - 1))
                {
                    return false;
                }

                if (!words[k].IsCapitalized && !PersonLexicon.Honorifics.Contains(words[k].Lower) || HeadAt(k) is not null)
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>Whether a word of <see cref="PlaceWords"/> stands at <paramref name="k"/>, or "tangan" of "jam tangan" (a
        /// wristwatch by its brand: "dua buah jam tangan Rolex").</summary>
        private bool IsPlaceWordAt(int k) => PlaceWords.Contains(words[k].Lower) || (words[k].Lower == "tangan" && k > 0 && words[k - 1].Lower == "jam" && OnlySpaceBefore(k));

        /// <summary>Whether a crossroads' word stands at <paramref name="k"/>, or a street's word right after one ("perempatan Jalan").</summary>
        private bool IsCrossroadsAt(int k) =>
            CrossroadsWords.Contains(words[k].Lower) || (words[k].Lower is "jalan" or "jl" or "jln" && k > 0 && CrossroadsWords.Contains(words[k - 1].Lower));

        /// <summary>
        /// The position written next to a name: a position that ends right before it ("Ketua KPU Kota Medan, Pandapotan
        /// Tamba") or one set off by a comma right after it ("Arsul Sani, Anggota Komisi III DPR,").
        /// </summary>
        public (string? Position, string? Regency) PositionAround(int first, int last)
        {
            for (var k = first - 1; k >= 0 && first - k <= 12; k--)
            {
                if (k < first - 1 && Gap(k + 1).AsSpan().ContainsAny(BreaksOrLine))
                {
                    break;
                }

                if (HeadAt(k) is { } head && (k == 0 || !(words[k - 1].Lower is "para" or "seluruh" or "semua")))
                {
                    var (position, regency, next) = ReadPosition(k, head.Length, head.Village);
                    if (next == first && TrimmedGap(first) is "," or "" or ":" or "-")
                    {
                        return (position, regency);
                    }
                }
            }

            var after = last + 1;
            while (after < words.Count && IsTrailingDegree(after))
            {
                after++;
            }

            if (after < words.Count && TrimmedGap(after) == "," && HeadAt(after) is { } following)
            {
                var (position, regency, _) = ReadPosition(after, following.Length, following.Village);
                return (position, regency);
            }

            // "Nawawi Pomolango (Hakim)", "Budi Tanjung (Jurnalis CNNIndonesia TV)": a role in brackets after the name.
            if (after < words.Count && TrimmedGap(after) == "(" && (HeadAt(after) is not null || RoleWords.Contains(words[after].Lower)))
            {
                var close = text.IndexOf(')', words[after].Start);
                var role = close > 0 && close - words[after].Start <= 60 ? text[words[after].Start..close].Trim() : null;
                if (role is { Length: > 0 } && !role.Contains('\n'))
                {
                    return (role, null);
                }
            }

            return (null, null);
        }

        /// <summary>
        /// Where a tagged name really starts when its first words belong to the position before it ("Kepala Desa [Malakoni
        /// Tedi Sudardi]" gives Tedi): the word after the position's end, when that falls inside the name.
        /// </summary>
        public int AfterPositionInside(int first, int last)
        {
            for (var k = first; k >= 0 && first - k <= 6; k--)
            {
                if (HeadAt(k) is { } head)
                {
                    var (_, _, next) = ReadPosition(k, head.Length, head.Village);
                    return next > first ? next : first;
                }
            }

            return first;
        }

        /// <summary>
        /// A name only the cues read, without the words before it that the press writes in lower case mid-sentence: "kata
        /// Admin Penghubung ..." names nobody, "ujar Jaksa Januar" names Januar (and "Jaksa" is then the position). Words
        /// from <paramref name="taggedFirst"/> on stay: the tagger read them as the name ("Bagus Irawan Prakoso").
        /// </summary>
        public NameCandidate? WithoutOrdinaryLead(NameCandidate candidate, int taggedFirst)
        {
            if (candidate.Start < 0)
            {
                return candidate;
            }

            var first = WordAt(candidate.Start);
            var last = WordEndingAt(candidate.Start + candidate.Length);
            var start = first;

            // "Anggota Fraksi PDIP , Pantas Nainggolan menyatakan": a word capitalised right after the comma that closes a
            // position opens the name, even one the press mostly writes in lower case, when the name ends with a word the press
            // capitalises ("Direktur Industri Maritim, Alat Transportasi ..." goes on with the office; "Almarhum" is the late).
            var afterPosition = candidate.Position is not null && first > 0 && TrimmedGap(first) == "," && !words[first].SentenceStart && first < last
                && words[first].Lower is not ("almarhum" or "almarhumah" or "mendiang")
                && !CapitalisationLexicon.IsMostlyLowerCase(CapitalisationLexicon.Default.ClassOf(words[last].Lower));
            while (start <= last && start < taggedFirst && !IsSasakTitle(start, last) && !(afterPosition && start == first && !words[first].IsAllCaps) && (words[start].Lower.Length > 1 && CapitalisationLexicon.IsMostlyLowerCase(CapitalisationLexicon.Default.ClassOf(words[start].Lower))
                || (taggedFirst < words.Count && IsNoNameLead(start))))
            {
                start++;
            }

            if (start == first)
            {
                // The cue rules' reading, cleaned as the tagger's are: degrees without dots ("STrk"), a glued next word.
                return words[first].IsCapitalized && FromRange(first, last, candidate.Position, candidate.Regency) is { } cleaned && cleaned.Length > 0 ? cleaned : candidate;
            }

            if (start > last)
            {
                return null;
            }

            var role = TextNormalizer.CollapseWhitespace(text[words[first].Start..words[start - 1].End]);
            return FromRange(start, last, candidate.Position ?? role, candidate.Regency);
        }

        /// <summary>Whether "Lalu" opens a name mid-sentence ("Kasat Lantas Polres Tangsel AKP Lalu Hedwin"): the Sasak title
        /// the press writes as part of the name, not the adverb "lalu" (then) that opens a sentence.</summary>
        private bool IsSasakTitle(int index, int last) =>
            index > 0 && index < last && words[index].Text == "Lalu" && words[index + 1].IsCapitalized && OnlySpaceBefore(index + 1)
            && !Gap(index).AsSpan().ContainsAny(BreaksOrLine) && !Gap(index).Contains(',');

        /// <summary>
        /// Whether a word the cues read before the tagger's name is no part of it: an acronym or a roman numeral ("PMII Syarif
        /// Hidayatullah", "Komisi I Satya Yudha"), a region ("Walhi Yogyakarta Halik Sandera") or an organisation's word. A word
        /// the corpus does not know stays, and so does a district's name: the tagger misses first names too ("Gembong Warsono").
        /// </summary>
        private bool IsNoNameLead(int index)
        {
            var word = words[index];
            return (word.IsAllCaps && (word.Length >= 2 || IsRomanNumeralAt(index) || word.Text == "I")) || RegionLength(index) > 0
                || lexicon.ExtractorOrganisationWords.Contains(word.Lower);
        }

        /// <summary>
        /// The other name a text gives a person right after naming them: in brackets ("Joko Widodo (Jokowi)", "Setya
        /// Novanto (Setnov)"), after "alias" ("Yu Bang Tjhiu alias Mony") or "(biasa|akrab) disapa/dipanggil" ("Muhammad Zainul
        /// Majdi atau yang biasa disapa TGB"). The alias becomes a mention of its own, linked to the name.
        /// </summary>
        public void AddAliasCandidates(NameCandidate named, List<NameCandidate> result, List<(string Full, string Short)> links)
        {
            if (named.Start < 0)
            {
                return;
            }

            var last = WordEndingAt(named.Start + named.Length);
            bool bracketedAt(int index) => index == last + 1;
            var aliasStart = -1;
            if (AliasInParentheses(last) is not null)
            {
                aliasStart = last + 1;
            }
            else if (ShortFormAfterAtau(named, last) is { } shortForm)
            {
                aliasStart = shortForm;
            }
            else
            {
                for (var k = last + 1; k < words.Count && k - last <= 6 && OnlySpaceBefore(k); k++)
                {
                    if (words[k].Lower is "alias" or "disapa" or "dipanggil" or "sapaan" && k + 1 < words.Count && OnlySpaceBefore(k + 1) && words[k + 1].IsCapitalized)
                    {
                        aliasStart = k + 1;
                        break;
                    }

                    if (words[k].IsCapitalized)
                    {
                        break;
                    }
                }
            }

            if (aliasStart < 0)
            {
                return;
            }

            var aliasEnd = aliasStart;
            while (aliasEnd + 1 < words.Count && aliasEnd - aliasStart < 2 && OnlySpaceBefore(aliasEnd + 1) && words[aliasEnd + 1].IsCapitalized)
            {
                aliasEnd++;
            }

            // "yang akrab dipanggil Ustadz Udjae": the title is no part of the name he goes by.
            while (aliasStart < aliasEnd && !bracketedAt(aliasStart) && (IsHonorificAt(aliasStart) || lexicon.SingleWordTitles.Contains(words[aliasStart].Lower)
                || PersonLexicon.Addresses.Contains(words[aliasStart].Lower)))
            {
                aliasStart++;
            }

            // "Budi Tanjung (Jurnalis CNNIndonesia TV)", "Nawawi Pomolango (Hakim)": a role in brackets is no other name.
            var opening = words[aliasStart].Lower;
            var bracketed = aliasStart == last + 1;
            if (bracketed && (lexicon.ExtractorOrganisationWords.Contains(opening) || lexicon.HeadsByFirstWord.ContainsKey(opening) || IsOfficeWord(opening)
                || (words[aliasStart].IsAllCaps && !lexicon.KnownAliases.ContainsKey(opening)) || RoleWords.Contains(opening)))
            {
                return;
            }

            var begin = words[aliasStart].Start;
            var end = words[aliasEnd].End;
            var alias = string.Join(' ', words.Skip(aliasStart).Take(aliasEnd - aliasStart + 1).Select(w => w.Text));
            result.Add(new NameCandidate(alias, text[begin..end], null, begin, end - begin, null));
            links.Add((named.Name, alias));
        }

        /// <summary>
        /// "Romahurmuziy atau Romi", "Joko Widodo atau Jokowi": one capitalised word after "atau" that opens like a word of
        /// the name is its short form (two people joined by "atau" rarely share the opening); its index, or null.
        /// </summary>
        private int? ShortFormAfterAtau(NameCandidate named, int last)
        {
            var alias = last + 2;
            if (alias >= words.Count || words[last + 1].Text != "atau" || !OnlySpaceBefore(last + 1) || !OnlySpaceBefore(alias) || !words[alias].IsCapitalized
                || words[alias].IsAllCaps || (alias + 1 < words.Count && OnlySpaceBefore(alias + 1) && words[alias + 1].IsCapitalized))
            {
                return null;
            }

            var opening = words[alias].Lower.Length >= 3 ? words[alias].Lower[..3] : null;
            return opening is not null && PersonMerger.Words(named.Name).Any(word => word.Length > 3 && word.StartsWith(opening, StringComparison.Ordinal) && word != words[alias].Lower) ? alias : null;
        }

        /// <summary>"Joko Widodo (Jokowi)": the short form in brackets right after a name, or null.</summary>
        public string? AliasInParentheses(int last)
        {
            var next = last + 1;
            if (next >= words.Count || TrimmedGap(next) != "(" || !words[next].IsCapitalized || words[next].IsAllCaps && words[next].Length < 3)
            {
                return null;
            }

            var end = next;
            while (end + 1 < words.Count && end - next < 2 && OnlySpaceBefore(end + 1) && words[end + 1].IsCapitalized)
            {
                end++;
            }

            if (end + 1 < words.Count ? !Gap(end + 1).TrimStart().StartsWith(')') : !FollowingGap(end).TrimStart().StartsWith(')'))
            {
                return null;
            }

            var alias = string.Join(' ', words.Skip(next).Take(end - next + 1).Select(w => w.Text));
            return lexicon.ExtractorOrganisationWords.Contains(words[next].Lower) ? null : alias;
        }

        /// <summary>The text between a word and the one before it; the usual single space costs no new string.</summary>
        private string Gap(int index)
        {
            if (index <= 0 || index >= words.Count)
            {
                return "";
            }

            var start = words[index - 1].End;
            var end = words[index].Start;
            return end - start == 1 && text[start] == ' ' ? " " : end == start ? "" : text[start..end];
        }

        /// <summary>The text between a word and the one before it without its white space (the gap, trimmed). The common
        /// ones are literals: the many checks for a comma or a bracket made two strings each (the gap and its trimmed copy),
        /// a twentieth of what the persons stage allocated.</summary>
        private string TrimmedGap(int index)
        {
            if (index <= 0 || index >= words.Count)
            {
                return "";
            }

            var gap = text.AsSpan(words[index - 1].End, words[index].Start - words[index - 1].End).Trim();
            return gap switch
            {
                "" => "",
                "," => ",",
                "." => ".",
                "(" => "(",
                ")" => ")",
                ":" => ":",
                "-" => "-",
                _ => gap.ToString(),
            };
        }

        private bool OnlySpaceBefore(int index)
        {
            if (index <= 0 || index >= words.Count)
            {
                return true;
            }

            for (var k = words[index - 1].End; k < words[index].Start; k++)
            {
                if (text[k] != ' ')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>What <see cref="HeadAt"/> found per word, one byte each: 0 not yet looked up, 1 no head, else 2 + the
        /// head's length times two + 1 for a village head's (a nullable pair per word was a fortieth of what extraction
        /// allocated).</summary>
        private byte[]? heads;

        /// <summary>The position head starting at a word, if any (looked up once per word).</summary>
        private (int Length, bool Village)? HeadAt(int index)
        {
            heads ??= new byte[words.Count];
            if (heads[index] != 0)
            {
                return heads[index] == 1 ? null : ((heads[index] - 2) / 2, (heads[index] & 1) == 1);
            }

            (int Length, bool Village) found = (0, false);

            // "kepala keluarga" (heads of family, KK) is no office.
            var familyHeads = words[index].Lower == "kepala" && index + 1 < words.Count && words[index + 1].Lower == "keluarga";
            if (!familyHeads && lexicon.HeadsByFirstWord.TryGetValue(words[index].Lower, out var candidates))
            {
                foreach (var (head, village) in candidates)
                {
                    if (index + head.Length > words.Count)
                    {
                        continue;
                    }

                    var matches = true;
                    for (var k = 1; k < head.Length && matches; k++)
                    {
                        matches = words[index + k].Lower == head[k] && OnlySpaceBefore(index + k);
                    }

                    if (matches)
                    {
                        found = (head.Length, village);
                        break;
                    }
                }
            }

            heads[index] = (byte)(found.Length == 0 ? 1 : 2 + (found.Length * 2) + (found.Village ? 1 : 0));
            return found.Length == 0 ? null : found;
        }

        private bool IsHonorificAt(int index)
        {
            var word = words[index];
            if (!word.IsCapitalized || !(PersonLexicon.Honorifics.Contains(word.Lower) || HonorificSpellings.Contains(word.Lower)) || index + 1 >= words.Count)
            {
                return false;
            }

            var gap = Gap(index + 1);
            return words[index + 1].IsCapitalized && gap.Length <= 3 && gap.All(c => c is ' ' or '.');
        }

        /// <summary>The position after a head: offices, acronyms, regions, a place for village heads; then the name.</summary>
        /// <summary>The position that starts with a head: the office, its acronyms and its place; and the word after it.</summary>
        /// <summary>By the head's first word: heads are few, so a dictionary (an array over all the words was a fiftieth of
        /// what extraction allocated).</summary>
        private Dictionary<int, (string Position, string? Regency, int Next)>? positions;

        /// <summary>The position that starts with a head at <paramref name="headStart"/>, read once per head.</summary>
        private (string Position, string? Regency, int Next) ReadPosition(int headStart, int headLength, bool village)
        {
            positions ??= [];
            if (!positions.TryGetValue(headStart, out var position))
            {
                position = ReadPositionOnce(headStart, headLength, village);
                positions[headStart] = position;
            }

            return position;
        }

        /// <summary>Whether the office at <paramref name="headStart"/> is a regional head's (bupati, wali kota, gubernur and their deputies).</summary>
        private bool IsRegionalHead(int headStart, int headLength)
        {
            for (var k = headStart; k < headStart + headLength && k < words.Count; k++)
            {
                if (words[k].Lower is "bupati" or "walikota" or "gubernur" || (words[k].Lower == "kota" && k > headStart && words[k - 1].Lower == "wali"))
                {
                    return true;
                }
            }

            return false;
        }

        private (string Position, string? Regency, int Next) ReadPositionOnce(int headStart, int headLength, bool village)
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
                j += VillagePlaceLength(j);
            }

            var inFirm = false;
            var regionEnd = -1;
            while (j < words.Count)
            {
                // Parentheses inside a position hold its acronym: "Kepala BKPSDM (Badan ...)", "... Manusia (BKPSDM) Kabupaten Bogor".
                var gap = Gap(j);
                if (!gap.All(c => c is ' ' or '(' or ')') || IsHonorificAt(j))
                {
                    break;
                }

                var word = words[j];

                // A rank ends the position ("Kapolres Mura AKBP Suhendro").
                if (lexicon.Ranks.Contains(word.Lower))
                {
                    break;
                }

                // "Kepala BBMKG Wilayah I Medan, Edison Kurniawan": a Roman numeral before a region's name numbers the office's
                // area ("I Wayan", "I Gusti" open Balinese names).
                if (word.Text is "I" or "II" or "III" or "IV" or "V" && j + 1 < words.Count && OnlySpaceBefore(j + 1) && words[j + 1].IsCapitalized
                    && !BalineseNames.Contains(words[j + 1].Lower) && owner.gazetteer.Names.Find(words[j + 1].Lower).Count > 0)
                {
                    j++;
                    continue;
                }

                // "Manajer PT Sepanjang Inti Surya Usaha": after a firm's legal form the capitalised words are the firm's name,
                // up to where the tagger reads a person's name ("Direktur Utama PT Pertamina Nicke Widyawati").
                if (word.IsAllCaps && word.Lower is "pt" or "cv" or "kso")
                {
                    inFirm = true;
                    j++;
                    continue;
                }

                if (inFirm && word.IsCapitalized && tagged[j] != PersonStart)
                {
                    j++;
                    continue;
                }

                var region = RegionLength(j);

                // "Kepala BKN Bima Haria Wibisana": a region's name that the tagger reads as the start of a longer person's
                // name is the person's.
                if (region > 0 && tagged[j] == PersonStart && j + region < words.Count && tagged[j + region] == PersonInside)
                {
                    break;
                }

                if (region > 0)
                {
                    regency ??= RegionName(j, region);
                    j += region;
                    regionEnd = j;
                    continue;
                }

                if (word.Lower is "kecamatan" or "desa" or "kelurahan" or "kampung" or "dusun" or "nagari" or "distrik" or "kec" && j + 1 < words.Count && words[j + 1].IsCapitalized && OnlySpaceBefore(j + 1) && !IsHonorificAt(j + 1))
                {
                    j += 1 + PlaceOrWordsBeforeComma(j + 1);
                    continue;
                }

                // A district named before a comma is the office's place ("Ketua Panwascam Tugumulyo, Rahmat Hidayat").
                if (PlaceLength(j) is var districtWords and > 0 && j + districtWords < words.Count && TrimmedGap(j + districtWords) == "," && words[j + districtWords].IsCapitalized)
                {
                    j += districtWords;
                    continue;
                }

                // "Wakil Koordinator Bidang Pratama Golkar": the word after "Bidang", "Seksi" or "Divisi" names the field.
                if (word.IsCapitalized && !word.IsAllCaps && words[j - 1].Lower is "bidang" or "seksi" or "divisi" or "subbidang" && OnlySpaceBefore(j)
                    && j + 1 < words.Count && OnlySpaceBefore(j + 1) && words[j + 1].IsCapitalized)
                {
                    j++;
                    continue;
                }

                // "Dirjen Perhubungan Darat Kemenhub Budi Setiyadi": a ministry's or an organisation's word that the tagger reads
                // as the first word of the person's name ends the position; the name begins after it.
                // So does an acronym of three letters or more ("Koordinator Aksi Nasional PMII Syarif Hidayatullah").
                if (tagged[j] == PersonStart && (lexicon.ExtractorOrganisationWords.Contains(word.Lower) || (word.IsAllCaps && word.Length >= 3 && word.Text.All(char.IsLetter)))
                    && j + 1 < words.Count && OnlySpaceBefore(j + 1) && words[j + 1].IsCapitalized && !words[j + 1].IsAllCaps && tagged[j + 1] == PersonInside)
                {
                    j++;
                    continue;
                }

                // The tagger marks where a person's name begins.
                if (tagged[j] == PersonStart)
                {
                    break;
                }

                // "Gubernur Riau Syamsuar, dan Kepala BNPB ...": one word after the office's region, ending the clause, is the
                // holder's name when the news puts it in persons' names, though the tagger reads it into the place.
                if (regionEnd == j && j + 1 < words.Count && !OnlySpaceBefore(j + 1)
                    && Gap(j + 1).TrimStart().Length > 0 && Gap(j + 1).TrimStart()[0] is ',' or '.' or ';' && !word.IsAllCaps
                    && !lexicon.ExtractorOrganisationWords.Contains(word.Lower) && !IsOfficeWord(word.Lower) && IsNameWord(word.Lower))
                {
                    break;
                }

                // "Bupati Tanjung Jabung Timur Romi Hariyanto", "Bupati Merangin Alyarus, ...": a regional head's office ends
                // with its region; a capitalised word right after it opens the holder's name, though the tagger reads it into
                // the place.
                if (regionEnd == j && IsRegionalHead(headStart, headLength) && OnlySpaceBefore(j) && word.IsCapitalized && !word.IsAllCaps
                    && !lexicon.ExtractorOrganisationWords.Contains(word.Lower) && !IsOfficeWord(word.Lower) && !lexicon.HeadsByFirstWord.ContainsKey(word.Lower)
                    && !RegionCues.Cues.ContainsKey(word.Lower) && word.Lower is not ("periode" or "terpilih" or "nonaktif" or "definitif"))
                {
                    break;
                }

                // Inside a name the tagger reads as an organisation or a place ("Ketua Mahkamah Konstitusi"), or an ordinary word
                // capitalised as part of an office's name ("Deputi BKN Bidang Sistem Informasi Kepegawaian"): still the position.
                if (tagged[j] == OtherName || (word.IsCapitalized && IsOfficeWord(word.Lower))
                    || lexicon.ExtractorOrganisationWords.Contains(word.Lower) || IsRomanNumeralAt(j) || (word.IsAllCaps && word.Length >= 2 && !PersonLexicon.Honorifics.Contains(word.Lower))
                    || (word.Lower is "dan" or "serta" or "&" && j + 1 < words.Count && (lexicon.ExtractorOrganisationWords.Contains(words[j + 1].Lower) || IsOfficeWord(words[j + 1].Lower)
                        || lexicon.HeadsByFirstWord.ContainsKey(words[j + 1].Lower))))
                {
                    j++;
                    continue;
                }

                break;
            }

            var positionEnd = words[j - 1].End;
            var closing = j < words.Count ? Gap(j) : "";
            if (closing.TrimStart().StartsWith(')'))
            {
                positionEnd = words[j].Start - closing.Length + closing.IndexOf(')', StringComparison.Ordinal) + 1;
            }

            return (PositionText(headStart, headLength, abbreviation, positionEnd), regency, j);
        }

        /// <summary>
        /// The words of the place after a village-level head ("Kades Mandi Angin", "Camat Lubuk Raja, Ahmad"): a district or
        /// region of the gazetteer; else the capitalised words up to where the tagger sees a person's name begin; one word when
        /// the tagger read the place into the name; all of them when nobody is named in them.
        /// </summary>
        private int VillagePlaceLength(int start)
        {
            var known = PlaceLength(start);
            if (known > 0)
            {
                return known;
            }

            var run = 1;
            while (start + run < words.Count && run < 4 && OnlySpaceBefore(start + run) && words[start + run].IsCapitalized && !IsHonorificAt(start + run)
                && !lexicon.Ranks.Contains(words[start + run].Lower))
            {
                run++;
            }

            for (var k = start + 1; k < start + run; k++)
            {
                if (tagged[k] == PersonStart)
                {
                    return k - start;
                }
            }

            return tagged[start] is PersonStart or PersonInside ? 1 : run;
        }

        private NameCandidate? AfterPosition(int headStart, int headLength, bool village)
        {
            var (position, regency, j) = ReadPosition(headStart, headLength, village);
            var nameStart = j;
            if (nameStart < words.Count && TrimmedGap(nameStart) is "," or "" or ":" or "-" or ")" or ")," && !Gap(nameStart).Contains('\n'))
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

            var position = TextNormalizer.CollapseWhitespace(raw).Trim(' ', ',');
            while (position.Length > 0 && position[^1] is '(' or ')' && position.Count(c => c == '(') != position.Count(c => c == ')'))
            {
                position = position[..^1].TrimEnd();
            }

            position = position.TrimStart('(', ')', ' ');
            return position.Length > 0 && char.IsLower(position[0]) ? char.ToUpperInvariant(position[0]) + position[1..] : position;
        }

        private int[]? regionLengths;

        /// <summary>Words of a region's name starting at <paramref name="index"/> (0 when none), looked up once per word.</summary>
        private int RegionLength(int index)
        {
            regionLengths ??= CreateUnknown(words.Count);
            if (regionLengths[index] < 0)
            {
                regionLengths[index] = RegionLengthOnce(index);
            }

            return regionLengths[index];
        }

        private static int[] CreateUnknown(int count)
        {
            var array = new int[count];
            Array.Fill(array, -1);
            return array;
        }

        private int RegionLengthOnce(int index)
        {
            if (!words[index].IsCapitalized)
            {
                return 0;
            }

            var longest = 0;
            foreach (var (length, entries) in owner.gazetteer.Names.Prefixes((this, index), CapitalisedNameWordAt))
            {
                if (entries.Any(e => !e.IsCommonWord || e.IsAcronym))
                {
                    longest = Math.Max(longest, length);
                }
            }

            return longest;
        }

        private string? RegionName(int index, int length)
        {
            var entries = owner.gazetteer.Names.Find(words.Skip(index).Take(length).Select(w => w.Lower));
            var region = entries.Select(e => e.Region).FirstOrDefault(r => r.Kind != RegionKind.Province);
            return region?.DisplayName;
        }

        /// <summary>How many words a place name takes at <paramref name="index"/>: a known district or region, else every
        /// capitalised word up to a comma that a name follows ("Camat Lubuk Raja, Ahmad"), else one word.</summary>
        private int PlaceOrWordsBeforeComma(int index)
        {
            var known = PlaceLength(index);
            if (known > 0)
            {
                return known;
            }

            for (var k = index + 1; k < Math.Min(words.Count, index + 4); k++)
            {
                if (!OnlySpaceBefore(k))
                {
                    // "Camat Lubuk Raja, Ahmad": the words before a comma are the place when a name follows it, not a day ("..., Kamis").
                    return TrimmedGap(k) == "," && words[k].IsCapitalized && !lexicon.ExtractorStopWords.Contains(words[k].Lower) ? k - index : 1;
                }

                if (!words[k].IsCapitalized)
                {
                    break;
                }
            }

            return 1;
        }

        /// <summary>Whether the word before <paramref name="index"/> is a head whose place comes before the person.</summary>
        private bool AfterVillageHead(int index)
        {
            for (var back = 1; back <= 3 && index - back >= 0; back++)
            {
                if (HeadAt(index - back) is { Village: true } head && index - back + head.Length == index)
                {
                    return true;
                }

                if (words[index - 1].Lower is "kecamatan" or "desa" or "kelurahan" or "kampung" or "dusun" or "nagari" or "distrik")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Words of a district or region name starting at <paramref name="index"/> (0 when none).</summary>
        private int[]? placeLengths;

        private int PlaceLength(int index)
        {
            placeLengths ??= CreateUnknown(words.Count);
            if (placeLengths[index] < 0)
            {
                placeLengths[index] = words[index].IsCapitalized ? PlaceLengthOnce(index) : 0;
            }

            return placeLengths[index];
        }

        private int PlaceLengthOnce(int index)
        {
            var longest = owner.gazetteer.Districts.Prefixes((this, index), CapitalisedNameWordAt).Longest().Length;
            foreach (var (length, entries) in owner.gazetteer.Names.Prefixes((this, index), CapitalisedNameWordAt))
            {
                if (entries.Any(e => !e.IsCommonWord))
                {
                    longest = Math.Max(longest, length);
                }
            }

            return longest;
        }

        /// <summary>For <see cref="NameTrie.Prefixes"/>: the word at offset <paramref name="k"/> while the words are
        /// capitalised, one space apart.</summary>
        private static string? CapitalisedNameWordAt((Reader Reader, int Start) run, int k)
        {
            var (reader, index) = run;
            var words = reader.words;
            return index + k < words.Count && (k == 0 || reader.OnlySpaceBefore(index + k)) && words[index + k].IsCapitalized ? words[index + k].Lower : null;
        }

        /// <summary>"Asisten I Bidang ...", "Asisten II," but not the Balinese "I Wayan" or "Ni Luh": a numeral is not followed by a name.</summary>
        private bool IsRomanNumeralAt(int index)
        {
            if (words[index].Text is not ("I" or "II" or "III" or "IV" or "V"))
            {
                return false;
            }

            var next = index + 1;
            return next >= words.Count || !OnlySpaceBefore(next) || !words[next].IsCapitalized || lexicon.ExtractorOrganisationWords.Contains(words[next].Lower);
        }

        /// <summary>A capitalised run of up to five words after optional titles; stops at punctuation, offices and sentence words.</summary>
        private NameCandidate? Name(int start, string? position, string? regency)
        {
            var j = start;
            while (j < words.Count && SpelledRankAt(j) is > 0 and var rank && j + rank < words.Count && OnlySpaceBefore(j + rank) && words[j + rank].IsCapitalized)
            {
                j += rank;
            }

            while (j < words.Count && (IsHonorificAt(j) || ((PersonLexicon.Addresses.Contains(words[j].Lower) || lexicon.Ranks.Contains(words[j].Lower) || lexicon.Corps.Contains(words[j].Lower)
                || lexicon.SingleWordTitles.Contains(words[j].Lower)) && j + 1 < words.Count && OnlySpaceBefore(j + 1) && words[j + 1].IsCapitalized)))
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
                    var afterInitial = (words[j - 1].Length == 1 || PersonLexicon.NameAbbreviations.Contains(words[j - 1].Lower)) && gap.Trim() == "." && !gap.Contains('\n');
                    if (!gap.All(c => c == ' ') && !afterInitial)
                    {
                        break;
                    }
                }

                if (!word.IsCapitalized)
                {
                    if (word.Lower is "bin" or "binti" or "van" or "de" or "al" or "br" or "boru" && j + 1 < words.Count && words[j + 1].IsCapitalized)
                    {
                        j++;
                        continue;
                    }

                    break;
                }

                // "Febrita Lustia Menyampaikan rasa syukur": a verb capitalised where a full stop was lost ends the name.
                if (lexicon.ExtractorStopWords.Contains(word.Lower) || lexicon.ExtractorOrganisationWords.Contains(word.Lower) || (j > nameStart && HeadAt(j) is not null) || (j == nameStart && HeadAt(j) is not null)
                    || (j > nameStart && PersonLexicon.ReportingVerbs.Contains(word.Lower)))
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

            // After a village-level head ("Camat Muaradua Ahmad Zulkifli") a district name opens the run: it is the place.
            if (AfterVillageHead(nameStart) && PlaceLength(nameStart) is var place and > 0 && j - nameStart - place >= 1)
            {
                nameStart += place;
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
            if (index + 1 >= words.Count || !words[index].IsCapitalized || !TrimmedGap(index + 1).StartsWith(',') || !IsDegreeAt(index + 1))
            {
                return null;
            }

            var start = index;
            while (start > 0 && index - start < MaxNameWords - 1 && OnlySpaceBefore(start) && words[start - 1].IsCapitalized
                && !lexicon.ExtractorStopWords.Contains(words[start - 1].Lower) && !lexicon.ExtractorOrganisationWords.Contains(words[start - 1].Lower)
                && !PersonLexicon.AttributionVerbs.Contains(words[start - 1].Lower) && HeadAt(start - 1) is null && RegionLength(start - 1) == 0)
            {
                start--;
            }

            return Name(start, null, null) is { } candidate && candidate.Start + candidate.Length == words[index].End ? candidate : null;
        }

        private bool IsDegreeAt(int index)
        {
            var word = words[index];
            if (!word.IsCapitalized || !PersonLexicon.ExtractorDegreeParts.Contains(word.Lower))
            {
                return false;
            }

            var after = FollowingGap(index);
            return word.Length > 1 ? after.Length == 0 || after.StartsWith('.') || after.StartsWith(',') || after.StartsWith(' ') && word.IsAllCaps : after.StartsWith('.');
        }

        /// <summary>"Kepala desa yang bersangkutan, Kornelis Rangga Lajar, mengaku ...": a name set off by commas before a reporting verb.</summary>
        private NameCandidate? Apposition(int index)
        {
            if (index == 0 || !words[index].IsCapitalized || TrimmedGap(index) != "," || HeadAt(index) is not null)
            {
                return null;
            }

            var candidate = Name(index, null, null);
            if (candidate is null)
            {
                return null;
            }

            var end = WordEndingAt(candidate.Start + candidate.Length);
            if (end + 1 >= words.Count || TrimmedGap(end + 1) is not ("," or "") || !PersonLexicon.ReportingVerbs.Contains(words[end + 1].Lower))
            {
                return null;
            }

            return candidate with { Position = PositionBefore(index) };
        }

        /// <summary>
        /// A list of officials, each name followed by its office: "adalah Ardila, Kepala Dinas Lingkungan Hidup; Muliadi Halim,
        /// Kepala Badan ...; dan Jamal, Kadis Sosial". A capitalised run after "adalah", "yakni", "yaitu", "dan", "serta", a
        /// colon or a semicolon, followed by a comma and a position head, is a name with that position.
        /// </summary>
        private NameCandidate? ListedWithPosition(int index)
        {
            if (index == 0 || !words[index].IsCapitalized || words[index].IsAllCaps || HeadAt(index) is not null)
            {
                return null;
            }

            var gap = TrimmedGap(index);
            if (!(gap is ";" or ":" || (gap.Length == 0 && words[index - 1].Lower is "adalah" or "yakni" or "yaitu" or "dan" or "serta" or "ialah")))
            {
                return null;
            }

            if (Name(index, null, null) is not { } candidate || candidate.Start != words[index].Start)
            {
                return null;
            }

            var after = WordEndingAt(candidate.Start + candidate.Length) + 1;
            if (after >= words.Count || TrimmedGap(after) != "," || HeadAt(after) is not { } head)
            {
                return null;
            }

            var (position, regency, _) = ReadPosition(after, head.Length, head.Village);
            return candidate with { Position = position, Regency = regency };
        }

        /// <summary>Whether one of the <paramref name="count"/> words from <paramref name="first"/> on is a reporting verb.</summary>
        private bool ReportingVerbWithin(int first, int count)
        {
            for (var k = first; k < first + count; k++)
            {
                if (PersonLexicon.ReportingVerbs.Contains(words[k].Lower))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"Korban Yuliati (31) tewas", "serta Kristine (35) warga Griya Katulampa": a capitalised run followed by an age in
        /// brackets is a person's name, and so is one followed by a role in brackets ("Budiman (pensiunan)"), the role its position. A word the press writes in lower case more often than not is part of it only where
        /// the tagger reads it into a person's name and no sentence opens with it ("dan Rasio Tamba (19)", not "Korban" or
        /// "Kemudian" opening the sentence, nor "Ayat (2)").</summary>
        private NameCandidate? BeforeAge(int index)
        {
            // A team's or a country's points in a table ("Lithuania (1) masih bertahan sebagai juru kunci", "City (10)") are no
            // age: the tagger reads the word as an organisation or a place here, and the news mostly does elsewhere.
            // A role is a weaker cue than an age: the word must be a name the tagger or the corpus knows ("Bibiku (istri ...)" is
            // "my aunt").
            // The word's own tests first: most words are not capitalised, and the bracket tests are the dearer ones.
            if (!words[index].IsCapitalized || words[index].IsAllCaps)
            {
                return null;
            }

            var age = FollowedByAge(index);
            var role = !age && FollowedByRole(index) && (tagged[index] is PersonStart or PersonInside || IsNameWord(words[index].Lower));
            if (!(role || age) || !MayOpenName(index) || lexicon.Countries.Contains(words[index].Lower)
                || (tagged[index] == OtherName && NameProfiles.Default.Of(words[index].Lower) is { Person: <= 1 } profile && Math.Max(profile.Organisation, profile.Place) >= 3))
            {
                return null;
            }

            var start = index;
            while (start > 0 && index - start < MaxNameWords - 1 && (OnlySpaceBefore(start) || IsInitialBefore(start)) && words[start - 1].IsCapitalized && MayOpenName(start - 1)
                && !lexicon.ExtractorStopWords.Contains(words[start - 1].Lower) && !lexicon.ExtractorOrganisationWords.Contains(words[start - 1].Lower)
                && !PersonLexicon.AttributionVerbs.Contains(words[start - 1].Lower) && HeadAt(start - 1) is null && RegionLength(start - 1) == 0)
            {
                start--;
            }

            if (Name(start, null, null) is not { } candidate || candidate.Start + candidate.Length != words[index].End)
            {
                return null;
            }

            return role ? candidate with { Position = PositionAround(start, index).Position } : candidate;
        }

        /// <summary>Whether a role in brackets follows word <paramref name="index"/> ("5. Budiman (pensiunan)", "8. Ais (pegawai bank
        /// Sumut)"): an office's head or a word for what a person does.</summary>
        private bool FollowedByRole(int index)
        {
            var role = index + 1;
            return role < words.Count && TrimmedGap(role) == "(" && (RoleWords.Contains(words[role].Lower) || HeadAt(role) is not null);
        }

        /// <summary>Whether an initial with its period stands right before word <paramref name="index"/> ("T. Alexander-Arnold").</summary>
        private bool IsInitialBefore(int index) => words[index - 1].Length == 1 && Gap(index) == ". ";

        /// <summary>Whether an age in brackets follows word <paramref name="index"/> ("Kristine (35)").</summary>
        private bool FollowedByAge(int index)
        {
            var age = index + 1;
            return age + 1 < words.Count && TrimmedGap(age) == "(" && words[age].Text.Length is 1 or 2 && words[age].Text.All(char.IsAsciiDigit) && words[age].Text[0] != '0'
                && FollowingGap(age).StartsWith(')');
        }

        /// <summary>Whether an age in brackets follows the name ("serta Kristine (35) warga ..."): a person, even where the
        /// corpus does not know the name.</summary>
        public bool FollowedByAge(NameCandidate candidate) => candidate.Start >= 0 && FollowedByAge(WordEndingAt(candidate.Start + candidate.Length));

        private bool MayOpenName(int index) =>
            !CapitalisationLexicon.IsMostlyLowerCase(CapitalisationLexicon.Default.ClassOf(words[index].Lower))
            || (!words[index].SentenceStart && tagged[index] is PersonStart or PersonInside);

        /// <summary>"Azan mengatakan ...", "Hipzin menyampaikan ...": a capitalised name right before a reporting verb.</summary>
        private NameCandidate? BeforeReportingVerb(int index)
        {
            if (!words[index].IsCapitalized || !ReportingVerbWithin(index + 1, Math.Min(MaxNameWords, words.Count - index - 1))
                || !StartsRun(index) || (PlaceLength(index) > 0 && tagged[index] != PersonStart))
            {
                return null;
            }

            var candidate = Name(index, null, null);
            if (candidate is null)
            {
                return null;
            }

            var end = index;
            while (end + 1 < words.Count && words[end].End < candidate.Start + candidate.Length)
            {
                end++;
            }

            // One capitalised word opening a sentence ("Tidak menghadiri ...") says nothing; as a re-mention of a
            // person already named it adds nothing either.
            var next = end + 1;
            var single = end == index;
            return next < words.Count && OnlySpaceBefore(next) && PersonLexicon.ReportingVerbs.Contains(words[next].Lower) && !(single && words[index].SentenceStart)
                ? candidate with { Position = PositionBefore(index) }
                : null;
        }

        /// <summary>A name can start here: not in the middle of a capitalised run, unless what precedes is an office or a place.</summary>
        private bool StartsRun(int index)
        {
            if (index == 0 || !OnlySpaceBefore(index) || !words[index - 1].IsCapitalized)
            {
                return true;
            }

            var previous = words[index - 1].Lower;
            // "Sumatera Barat Bambang Dwiyanto menyebutkan": a district named Bambang does not end a place where the tagger
            // reads a person's name going on.
            // After an organisation's word that opens the capitalised run no name starts: "Polda Metro Jaya mengaku" names the
            // police, not a person ("Ketua KPU Budi" does name one).
            return (lexicon.ExtractorOrganisationWords.Contains(previous) && !OpensRun(index - 1)) || HeadAt(index - 1) is not null
                || (PlaceEndsAt(index - 1) && tagged[index - 1] is not (PersonStart or PersonInside));
        }

        /// <summary>Whether a capitalised word opens a run: no capitalised word stands right before it.</summary>
        private bool OpensRun(int index) => index == 0 || !OnlySpaceBefore(index) || !words[index - 1].IsCapitalized;

        private bool PlaceEndsAt(int index)
        {
            for (var start = Math.Max(0, index - 3); start <= index; start++)
            {
                if (PlaceLength(start) == index - start + 1)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The position named in the clause before an apposition ("Kepala desa yang bersangkutan, X").</summary>
        private string? PositionBefore(int index)
        {
            for (var back = 1; back <= 8 && index - back >= 0; back++)
            {
                var k = index - back;
                if (back > 1 && Gap(k + 1).AsSpan().ContainsAny(Breaks))
                {
                    return null;
                }

                if (HeadAt(k) is { } head && (k == 0 || !(words[k - 1].Lower is "para" or "seluruh" or "semua")))
                {
                    return ReadPosition(k, head.Length, head.Village).Position;
                }
            }

            return null;
        }

        /// <summary>"akun atas nama Okta Masgud", "akun yuni aryani menuliskan": the account holder's name.</summary>
        private NameCandidate? Account(int start)
        {
            var j = start;
            var named = false;
            while (j < words.Count && j - start < 4 && PersonLexicon.AccountNoise.Contains(words[j].Lower) && OnlySpaceBefore(j))
            {
                named |= words[j].Lower is "nama" or "bernama" or "milik";
                j++;
            }

            var nameStart = j;
            while (j < words.Count && j - nameStart < 3 && (j == nameStart || OnlySpaceBefore(j)))
            {
                var lower = words[j].Lower;
                if (PersonLexicon.AccountNoise.Contains(lower) || lexicon.ExtractorStopWords.Contains(lower) || lexicon.ExtractorOrganisationWords.Contains(lower) || !words[j].Text.All(char.IsLetter)
                    || (!words[j].IsCapitalized && (lower.StartsWith("me", StringComparison.Ordinal) || lower.StartsWith("di", StringComparison.Ordinal) || lower.StartsWith("ber", StringComparison.Ordinal) || lower.StartsWith("ter", StringComparison.Ordinal) || lower.Length < 3)))
                {
                    break;
                }

                j++;
            }

            // A lower-case account name is read only after "atas nama"/"bernama"/"milik": "akun pribadinya adalah" is no name.
            var count = j - nameStart;
            var verbFollows = j < words.Count && OnlySpaceBefore(j) && words[j].Lower.StartsWith("me", StringComparison.Ordinal);
            if (count == 0 || (!words[nameStart].IsCapitalized && (count < 2 || !(named || verbFollows))))
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

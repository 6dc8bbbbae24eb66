using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Extraction.Names;
using NetralitasSearch.Indexer.Extraction.Persons;
using NetralitasSearch.Indexer.Text;

namespace NetralitasSearch.Indexer.Extraction.Regions;

/// <summary>
/// Finds regencies, cities, provinces and districts by longest match against the gazetteer. Capitals are
/// required (a name is a proper noun), acronyms must be in capitals, names that are also ordinary words need
/// a cue at the start of a sentence, and a name shared by a regency and a city follows the cues found anywhere
/// in the document, else it is the regency. A province's name alone is the province, not its capital. Then the
/// context decides what a bare name (no cue) means (<see cref="ReadInContext"/>): part of a person's name, an office's
/// abbreviation, a title before an office, a smaller place named like a regency, or a short form of a longer region.
/// Every region assigned keeps the evidence that decided it (<see cref="ExtractedEntities.PlaceEvidence"/>).
/// </summary>
public sealed class RegionExtractor(Gazetteer gazetteer) : IEntityExtractor
{
    public void Extract(ExtractionContext context, ExtractedEntities entities)
    {
        var mentions = new List<RegionMention>();
        var cultures = new HashSet<string>(StringComparer.Ordinal);
        var villages = new HashSet<string>(StringComparer.Ordinal);
        Scan(context.Title, context.TitleWordList, inTitle: true, mentions, cultures, villages);
        Scan(context.Text, context.TextWordList, inTitle: false, mentions, cultures, villages);
        DropPeoplesOfCultures(context.TitleWordList, context.TextWordList, mentions, cultures);
        DropVillagesOfTheSameName(mentions, villages);
        ResolveSharedNames(mentions);
        FollowDistrictCues(mentions);
        ReadInContext(context.Text, context.TextWordList, context.TitleWordList, mentions, entities.Names);
        DropClubNames(context.Title, context.TitleWordList, mentions, inTitle: true);
        DropClubNames(context.Text, context.TextWordList, mentions, inTitle: false);
        AddElidedNames(context.Title, context.TitleWordList, mentions, inTitle: true);
        AddElidedNames(context.Text, context.TextWordList, mentions, inTitle: false);

        var counts = new Dictionary<Region, int>();
        var order = new List<Region>();
        foreach (var mention in mentions.Where(m => m.Resolved is not null))
        {
            var region = mention.Resolved!;
            if (region.Kind == RegionKind.District)
            {
                if (!mention.InTitle)
                {
                    entities.Spans.Add(new EntitySpan(EntityType.District, region.Name, mention.Start, mention.Length));
                }

                // A district stands for its regency only when no other district in the country has its name, and the text
                // does not name a regency or city for it ("Kecamatan Sembalun, Mataram").
                // The written name decides too: "Tanjungsari" is also the joined spelling of Lampung Selatan's "Tanjung Sari".
                if (DistrictsNamed(mention.Written, region) != 1 || region.ParentCode is null || gazetteer.ByCode(region.ParentCode) is not { } parent
                    || mentions.Any(other => other != mention && other.InTitle == mention.InTitle && other.Resolved is { Kind: not RegionKind.District } && other.FirstWord == mention.FirstWord + mention.WordCount))
                {
                    continue;
                }

                region = parent;
                mention.Evidence = $"'{mention.Written}': a district found in {parent.DisplayName} only";
            }
            else if (!mention.InTitle)
            {
                entities.Spans.Add(new EntitySpan(region.Kind == RegionKind.Province ? EntityType.Province : EntityType.Regency, region.DisplayName, mention.Start, mention.Length));
            }

            if (!counts.ContainsKey(region))
            {
                order.Add(region);
            }

            counts[region] = counts.GetValueOrDefault(region) + (mention.InTitle ? 2 : 1);
            if (mention.Evidence is { } evidence)
            {
                if (!entities.PlaceEvidence.TryGetValue(region, out var list))
                {
                    entities.PlaceEvidence[region] = list = [];
                }

                if (!list.Contains(evidence, StringComparer.OrdinalIgnoreCase) && list.Count < MaxEvidence)
                {
                    list.Add(evidence);
                }
            }
        }

        foreach (var region in order)
        {
            entities.PlaceMentions[region] = counts[region];
            if (region.Kind == RegionKind.Province)
            {
                entities.Provinces.Add(region);
            }
            else
            {
                entities.Regencies.Add((region, counts[region]));
            }
        }

        entities.PrimaryRegency = DatelineRegency(context.DatelinePlace, entities)
            ?? entities.Regencies.OrderByDescending(r => r.Mentions).Select(r => r.Region).FirstOrDefault();
    }

    /// <summary>How many districts of the country the written name or the district's official name can mean.</summary>
    private int DistrictsNamed(string written, Region district) =>
        gazetteer.Districts.Find(Gazetteer.NameWords(written)).Concat(gazetteer.Districts.Find(Gazetteer.NameWords(district.Name)))
            .Select(entry => entry.Region.Code).Distinct(StringComparer.Ordinal).Count();

    private Region? ProvinceAfterItsRegency(RegionMention mention, List<RegionMention> mentions, string gap)
    {
        var city = mention.Resolved!;
        if (city.Kind != RegionKind.City || gap.Trim() != "," || gazetteer.ByCode(city.ProvinceCode) is not { } province)
        {
            return null;
        }

        var provinceWords = Gazetteer.NameWords(province.Name);
        var cityWords = Gazetteer.NameWords(city.Name);
        if (provinceWords.Count <= cityWords.Count || !provinceWords.Skip(provinceWords.Count - cityWords.Count).SequenceEqual(cityWords))
        {
            return null;
        }

        return mentions.Any(m => m.InTitle == mention.InTitle && m.FirstWord + m.WordCount == mention.FirstWord
            && m.Resolved is { Kind: RegionKind.Regency or RegionKind.District } before && before.ProvinceCode == city.ProvinceCode) ? province : null;
    }

    /// <summary>At most this many lines of evidence are kept per region (the first ways the text names it).</summary>
    private const int MaxEvidence = 4;

    /// <summary>
    /// What a bare name (no cue before it) means where it stands in the body. It is no place when it is part of a
    /// person's name the tagger read ("Pangerang Daeng Bone", "Bima Haria Wibisana"), an office's abbreviation in brackets
    /// after the office ("Kepala Biro (Karo)"), a title before an office ("Karo Humas"), or a smaller place listed before
    /// the district or region it lies in ("Jombang, Ciputat, Tangerang Selatan"); it is a longer region when it opens the
    /// name of one the text names in full and its own region lies in another province ("Bone" after "Bone Bolango").
    /// </summary>
    private void ReadInContext(string text, List<Word> words, List<Word> titleWords, List<RegionMention> mentions, List<NameMention> names)
    {
        var persons = names.Where(n => n.Class == NameClass.Person).ToList();
        var lexicon = PersonLexicon.Default;
        RejectPersonNamesInTitle(titleWords, words, mentions, persons);
        var abbreviations = new HashSet<string>(StringComparer.Ordinal);
        HashSet<string>? neighbourhoods = null;
        string Gap(int index) => index <= 0 || index >= words.Count ? "" : text[words[index - 1].End..words[index].Start];
        foreach (var mention in mentions.Where(m => !m.InTitle && m.Resolved is not null && m.Cue is null))
        {
            var first = mention.FirstWord;
            var last = first + mention.WordCount - 1;
            var written = text.Substring(mention.Start, mention.Length);
            // A building named after a person ends with its place ("Bandar Udara APT Pranoto Samarinda"): the place stays.
            if (persons.Any(p => p.FirstWord <= first && last <= p.LastWord && p.WordCount > mention.WordCount && !(p.LastWord == last && AfterBuildingName(text, words, first))))
            {
                mention.Resolved = null;
                continue;
            }

            // "Stadion Maguwoharjo, Kabupaten Sleman, Yogyakarta": a city's name after a regency of its province, the province
            // named after the city, is the province (Sleman lies outside Kota Yogyakarta).
            if (ProvinceAfterItsRegency(mention, mentions, Gap(first)) is { } province)
            {
                mention.Evidence = $"'{written}' after a regency of {province.Name}: the province";
                mention.Resolved = province;
                continue;
            }

            // "Kepala Biro (Karo)", "Organisasi Kerja Sama Islam (OKI)": in brackets after an office or an organisation the
            // tagger read, the name is its abbreviation, and stays one wherever else the text writes it bare.
            if (first > 0 && Gap(first).Trim() == "(" && Gap(last + 1).TrimStart().StartsWith(')')
                && !mentions.Any(m => m.InTitle == mention.InTitle && m.FirstWord + m.WordCount == first && m.Resolved?.Code == mention.Resolved!.Code)
                && (OfficeOrOrganisationBefore(words, first, lexicon) || names.Any(n => n.Class == NameClass.Organisation && n.LastWord == first - 1)))
            {
                abbreviations.Add(mention.Surface);
                mention.Resolved = null;
                continue;
            }

            // "Gereja Masehi Injil Sangihe Talaud (GMIST)", "Jogja Expo Center (JEC)": the acronym after the capitalised words
            // spells them, the place's name among them, so the place is part of that name.
            if (InNameSpelledByAcronym(text, words, first, last))
            {
                mention.Resolved = null;
                continue;
            }

            // "DPRD Jember Fraksi", "Tangerang Raya": an organisation's word or "Raya" (the greater area) after the name.
            if (mention.Resolved!.Kind != RegionKind.Province && last + 1 < words.Count && Gap(last + 1) == " " && words[last + 1].IsCapitalized
                && (lexicon.OrganisationWords.Contains(words[last + 1].Lower) || words[last + 1].Lower == "raya") && !RegionCues.Cues.ContainsKey(words[last + 1].Lower))
            {
                mention.Resolved = null;
                continue;
            }

            // A place in a list of places is a peer, not a smaller place inside the next one ("Boven Digoel, Mamberamo Raya,
            // Mamberamo Tengah": regencies of three provinces since the 2022 split of Papua).
            var listed = first > 0 && Gap(first).Trim() == "," && mentions.Any(m => m.InTitle == mention.InTitle && m.FirstWord + m.WordCount == first && m.Candidates.Any(c => c.Kind != RegionKind.District));
            if (!listed && last + 1 < words.Count && (Gap(last + 1).Trim() == "," || (Gap(last + 1) == " " && words[last + 1].IsCapitalized))
                && IsLocalPlaceBefore(words, last + 1, mention.Resolved, text))
            {
                mention.Resolved = null;
                continue;
            }

            // "Giant Poins Square, Lebak Bulus, Jakarta": the name and one more capitalised word that opens no place's name,
            // before a region of another province that contains them, are a neighbourhood of that region.
            if (!listed && mention.WordCount == 1 && last + 2 < words.Count && Gap(last + 1) == " " && IsOtherNameWord(words[last + 1])
                && Gap(last + 2).Trim() == "," && IsLocalPlaceBefore(words, last + 2, mention.Resolved, text))
            {
                (neighbourhoods ??= new HashSet<string>(StringComparer.Ordinal)).Add(mention.Surface + " " + words[last + 1].Lower);
                mention.Resolved = null;
                continue;
            }

            // "Banyuasin I", "Pedamaran, Mesuji, Pematang Panggang": the text names a district, by a longer name than the
            // regency's or among its peers, the districts of another regency that has one named so.
            if (mention.Resolved.Kind != RegionKind.Province && (ExtendedToDistrict(words, first, mention.WordCount) || AmongDistrictsOfAnother(words, first, last, mention.Resolved, Gap)))
            {
                mention.Resolved = null;
                continue;
            }

            // "seperti yang dilansir dari Metro": a newspaper quoted, named like a city.
            if (mention.WordCount == 1 && first > 0 && Gap(first) == " " && (IsQuotingVerb(words[first - 1].Lower)
                || (words[first - 1].Lower == "dari" && first > 1 && Gap(first - 1) == " " && IsQuotingVerb(words[first - 2].Lower))))
            {
                mention.Resolved = null;
                continue;
            }

            if (IsRouteEnd(text, words, first, last))
            {
                mention.Resolved = null;
                continue;
            }

            // "Karo Persidangan Sistem Informasi ...": a name that is also an office's short form (Karo, Kepala Biro) before
            // the capitalised name of a unit, with no cue, is the office.
            if (mention.WordCount == 1 && lexicon.HeadsByFirstWord.ContainsKey(words[first].Lower) && last + 1 < words.Count && Gap(last + 1) == " "
                && words[last + 1].IsCapitalized && !words[last + 1].IsAllCaps && !mentions.Any(m => m.InTitle == mention.InTitle && m.FirstWord == last + 1))
            {
                mention.Resolved = null;
                continue;
            }

            // "Kendal Jenner juga berjalan di Paris" where the text names "Kylie Jenner": a name right before the family
            // name of a person the text names is that person's given name.
            if (mention.WordCount == 1 && last + 1 < words.Count && Gap(last + 1) == " " && words[last + 1].IsCapitalized
                && persons.Any(p => p.WordCount > 1 && p.LastWord != last + 1 && words[p.LastWord].Text == words[last + 1].Text))
            {
                mention.Resolved = null;
                continue;
            }

            // "Persib Bandung", "PSMS Medan", "LBH Jakarta": a capitalised word before the name that is no cue, office or
            // institution of government makes it part of a longer proper name (a club, an organisation, a building). Names
            // of two words and more are rarely a club's or a firm's ("Sampit Kotawaringin Timur" is the town, then its
            // regency), unless an acronym stands before them; a province's name stays part of the longer name ("Dompet
            // Dhuafa Jawa Barat"). An acronym says so at a sentence's start too ("Hasil Liga 2 Rabu:,PSBS Biak 1-0").
            if (first > 0 && Gap(first) == " " && words[first - 1].IsCapitalized && (!words[first - 1].SentenceStart || words[first - 1].IsAllCaps) && !IsGovernmentWord(words[first - 1].Lower, lexicon)
                && (mention.WordCount == 1 || words[first - 1].IsAllCaps || mention.Resolved.Kind == RegionKind.Province)
                && !mentions.Any(m => m.InTitle == mention.InTitle && m.FirstWord + m.WordCount == first) && !AfterBuildingName(text, words, first))
            {
                mention.Resolved = null;
                continue;
            }

            // "Universitas Muhammadiyah Yogyakarta", "Institut Teknologi Bandung": a school's name, not where anything is.
            if (InSchoolName(text, words, first))
            {
                mention.Resolved = null;
                continue;
            }

            var longer = mentions.Select(m => m.Resolved).OfType<Region>()
                .FirstOrDefault(r => r.Kind != RegionKind.District && r.Code != mention.Resolved.Code && r.ProvinceCode != mention.Resolved.ProvinceCode
                    && Gazetteer.NameWordsOf(r) is var full && full.Count > mention.WordCount && full.Take(mention.WordCount).SequenceEqual(Gazetteer.NameWords(written)));
            if (longer is not null)
            {
                mention.Resolved = longer;
                mention.Evidence = $"'{written}': the short form of {longer.DisplayName}, named in full in the text";
            }
        }

        foreach (var mention in mentions.Where(m => m.Cue is null && m.Resolved is not null && abbreviations.Contains(m.Surface)))
        {
            mention.Resolved = null;
        }

        // "Giant cabang Lebak Bulus ini": a neighbourhood the text placed once is that neighbourhood wherever else it stands.
        if (neighbourhoods is null)
        {
            return;
        }

        foreach (var mention in mentions.Where(m => m.Cue is null && m.Resolved is not null && m.WordCount == 1))
        {
            var next = mention.FirstWord + 1;
            var sameText = mention.InTitle ? titleWords : words;
            if (next < sameText.Count && neighbourhoods.Contains(mention.Surface + " " + sameText[next].Lower))
            {
                mention.Resolved = null;
            }
        }
    }

    /// <summary>A capitalised word that is no cue, compass point, place name, acronym or sentence opening: another proper name's word.</summary>
    private bool IsOtherNameWord(Word word) =>
        word.IsCapitalized && !word.IsAllCaps && !word.SentenceStart && !RegionCues.Cues.ContainsKey(word.Lower) && !RegionCues.CompassWords.Contains(word.Lower)
        && !gazetteer.Names.Begins(word.Lower) && !gazetteer.Districts.Begins(word.Lower);

    /// <summary>
    /// Whether the place after a comma at <paramref name="index"/> contains the one before it, so that the one before is a
    /// smaller place named like a regency ("Jombang, Ciputat", "Kuningan, Jakarta Selatan, Rabu", "Patra Kuningan,
    /// Jakarta"): a district of another regency that is no regency's name itself, or a region of another province that
    /// ends the list (followed by no further place and no "dan"). Peers stay peers ("Tabanan, Badung, Gianyar", "Semarang,
    /// Makassar dan Medan", "Bandung, Riau, Malang").
    /// </summary>
    private bool IsLocalPlaceBefore(List<Word> words, int index, Region before, string text)
    {
        if (before.Kind == RegionKind.Province)
        {
            return false;
        }

        if (DistrictOnlyAt(words, index) is { } district)
        {
            return district.ParentCode != before.Code;
        }

        var (length, entries) = gazetteer.Names.Prefixes((words, index), CapitalisedAt).Longest();
        var container = entries?.Select(e => e.Region).FirstOrDefault();
        if (container is null || Gazetteer.SameProvince(container.ProvinceCode, before.ProvinceCode))
        {
            return false;
        }

        // "Bandung, Riau, Malang, Makassar": a province in the middle of a list of places is a peer like the others; it
        // contains the place before it only where the list ends with it ("Patra Kuningan, Jakarta, Selasa").
        var after = index + length;
        if (after >= words.Count)
        {
            return true;
        }

        var gap = text[words[after - 1].End..words[after].Start].Trim();
        return !(gap == "," && (words[after].Lower is "dan" or "serta" or "hingga" or "atau" || gazetteer.Names.Prefixes((words, after), CapitalisedAt).Any() || ListGoesOn(words, after, text)))
            && !(gap.Length == 0 && words[after].Lower is "dan" or "serta" or "hingga" or "atau");
    }

    /// <summary>Whether the capitalised name at <paramref name="index"/>, of one or two words, is an item of a list that goes
    /// on after it: a comma or "dan" follows ("Denpasar, Malang, Madura, Bandung", "Bandung, Mataram, Lombok, dan Bima", "Flores, Semarang, Malang, Purwokerto,
    /// Cirebon": an island or a town the gazetteer does not hold, in the middle of a list of places). A day's name is no item
    /// ("Kuningan, Jakarta, Selasa, 5 September").</summary>
    private static bool ListGoesOn(List<Word> words, int index, string text)
    {
        if (!words[index].IsCapitalized || words[index].IsAllCaps || words[index].Lower is "senin" or "selasa" or "rabu" or "kamis" or "jumat" or "sabtu" or "minggu")
        {
            return false;
        }

        var end = index;
        if (end + 1 < words.Count && words[end + 1].IsCapitalized && Between(text, words, end + 1) is " ")
        {
            end++;
        }

        if (end + 1 >= words.Count)
        {
            return false;
        }

        var gap = Between(text, words, end + 1).Trim();
        return (gap is "," && (words[end + 1].IsCapitalized || words[end + 1].Lower is "dan" or "serta")) || (gap.IsEmpty && words[end + 1].Lower is "dan" or "serta");
    }

    /// <summary>
    /// Whether the name is an end of a road, toll road or route ("Jalan Raya Nganjuk - Madiun", "Tol Pejagan- Pemalang",
    /// "bus Mira jurusan Surabaya - Solo - Yogyakarta", "Jalan Raya Bogor"): a route word a few capitalised words before it,
    /// reached through dashes between place names or through "Raya", "Lintas", "Poros" alone; or the name right after "arah"
    /// (direction). The road runs there; the text places nothing in those regencies by naming it.
    /// </summary>
    private static bool IsRouteEnd(string text, List<Word> words, int first, int last)
    {
        // "dari arah Bandung menuju Subang": a direction of travel names where a road leads, not where anything is.
        if (first > 0 && words[first - 1].Lower == "arah" && Between(text, words, first) is " ")
        {
            return true;
        }

        // "jalur alternatif menuju Manggarai", "jalan satu arah menuju Bekasi": where a road leads, a route word and only
        // words in lower case before "menuju".
        if (first > 1 && words[first - 1].Lower == "menuju" && Between(text, words, first) is " ")
        {
            for (var k = first - 2; k >= 0 && first - k <= 5 && Between(text, words, k + 1) is " " && !words[k].IsCapitalized; k--)
            {
                if (RegionCues.RouteWords.Contains(words[k].Lower))
                {
                    return true;
                }
            }
        }

        var dashed = last + 1 < words.Count && IsDash(text, words[last].End, words[last + 1].Start);
        for (var k = first - 1; k >= 0 && first - k <= 8; k--)
        {
            var lower = words[k].Lower;
            if (RegionCues.RouteWords.Contains(lower))
            {
                return dashed || Enumerable.Range(k + 1, first - k - 1).All(j => words[j].Lower is "raya" or "lintas" or "poros" or "trans");
            }

            dashed |= IsDash(text, words[k].End, words[k + 1].Start) || words[k].Text.EndsWith('-');
            var gap = Between(text, words, k + 1).Trim();
            if (!(words[k].IsCapitalized || lower is "raya" or "lintas" or "poros") || (gap.Length > 0 && !IsDashText(gap)))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsDash(string text, int start, int end) => end > start && IsDashText(text.AsSpan(start, end - start).Trim());

    private static bool IsDashText(ReadOnlySpan<char> gap) => gap is "-" or "–" or "—";

    /// <summary>A bare name in the headline inside the name of a person the body names ("Bima Aryo ..."): no place.</summary>
    private static void RejectPersonNamesInTitle(List<Word> titleWords, List<Word> words, List<RegionMention> mentions, List<NameMention> persons)
    {
        var personNames = persons.Where(p => p.WordCount > 1).Select(p => Enumerable.Range(p.FirstWord, p.WordCount).Select(k => words[k].Lower).ToArray()).ToList();
        foreach (var mention in mentions.Where(m => m.InTitle && m.Resolved is not null && m.Cue is null))
        {
            foreach (var name in personNames)
            {
                for (var start = Math.Max(0, mention.FirstWord - name.Length + 1); start <= mention.FirstWord && start + name.Length <= titleWords.Count; start++)
                {
                    if (start + name.Length >= mention.FirstWord + mention.WordCount && name.Select((w, k) => titleWords[start + k].Lower == w).All(same => same))
                    {
                        mention.Resolved = null;
                    }
                }
            }
        }
    }

    /// <summary>
    /// Whether the place (words <paramref name="first"/> to <paramref name="last"/>) lies inside a run of capitalised words
    /// that an all-capitals acronym in brackets right after it spells letter by letter, and the run is longer than the place.
    /// </summary>
    private static bool InNameSpelledByAcronym(string text, List<Word> words, int first, int last)
    {
        var end = last;
        while (end + 1 < words.Count && end - last < MaxAcronymLetters && Between(text, words, end + 1) is " " && words[end + 1].IsCapitalized)
        {
            end++;
        }

        if (end + 1 >= words.Count || !words[end + 1].IsAllCaps || Between(text, words, end + 1).Trim() is not "(")
        {
            return false;
        }

        var acronym = words[end + 1].Text;
        var closing = end + 2 < words.Count ? Between(text, words, end + 2) : text.AsSpan(words[end + 1].End);
        var start = end - acronym.Length + 1;
        if (!closing.TrimStart().StartsWith(")") || acronym.Length < 3 || acronym.Length > MaxAcronymLetters || start < 0 || start > first
            || (start == first && end == last))
        {
            return false;
        }

        for (var k = start; k <= end; k++)
        {
            if (!words[k].IsCapitalized || (k > start && Between(text, words, k) is not " ") || char.ToUpperInvariant(words[k].Text[0]) != acronym[k - start])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The longest acronym read as spelling a name letter by letter.</summary>
    private const int MaxAcronymLetters = 8;

    /// <summary>Drops the regions named as part of a football club's name, in the headline and the body ("Cilegon United",
    /// "Sriwijaya FC", "PSBS Biak vs Persewar Waropen 1-0", "Aceh Babel United Seri"): a club's home, a province's too, is
    /// not where the story happens.</summary>
    private static void DropClubNames(string text, List<Word> words, List<RegionMention> mentions, bool inTitle)
    {
        string Gap(int index) => index <= 0 || index >= words.Count ? "" : text[words[index - 1].End..words[index].Start];
        foreach (var mention in mentions)
        {
            if (mention.InTitle == inTitle && mention.Resolved is not null && IsClubName(words, mention.FirstWord, mention.FirstWord + mention.WordCount - 1, Gap))
            {
                mention.Resolved = null;
            }
        }
    }

    /// <summary>Whether the region's name at <paramref name="first"/>..<paramref name="last"/> is part of a football club's:
    /// "United" or "FC" after it, or after one more capitalised word ("Aceh Babel United"), or a club's "Pers..." name or
    /// "PS..." acronym just before it ("Persela Lamongan", "Persewar Waropen", "PSIS Semarang": Persatuan Sepak Bola).</summary>
    private static bool IsClubName(List<Word> words, int first, int last, Func<int, string> gap)
    {
        for (var k = last + 1; k < words.Count && k <= last + 2 && gap(k) == " " && words[k].IsCapitalized; k++)
        {
            if (words[k].Lower is "united" or "fc")
            {
                return true;
            }
        }

        if (first == 0 || gap(first) != " ")
        {
            return false;
        }

        // "Persebaya Bantai PSIS Semarang 4-0", "PSS Sleman", "PSIM Yogyakarta": a club's "PS..." acronym (Persatuan Sepak
        // Bola), in a headline's capitals too; PSSI is the football association, whose provincial body is the province's.
        var before = words[first - 1];
        if (before.IsAllCaps && before.Length is >= 3 and <= 5 && before.Text.StartsWith("PS", StringComparison.Ordinal) && before.Text != "PSSI"
            && before.Text.AsSpan().IndexOfAnyExceptInRange('A', 'Z') < 0)
        {
            return true;
        }

        return before.IsCapitalized && !before.IsAllCaps && before.Lower.Length >= 6 && before.Lower.StartsWith("pers", StringComparison.Ordinal)
            && before.Lower is not ("persero" or "perseroan" or "perseroda" or "persatuan" or "persada") && before.Text.AsSpan().IndexOfAnyExceptInRange('a', 'z') == 0
            && before.Text.AsSpan(1).IndexOfAnyExceptInRange('a', 'z') < 0;
    }

    /// <summary>Whether the capitalised words just before <paramref name="first"/> name an office or an organisation
    /// ("Kepala Biro", "Organisasi Kerja Sama Islam").</summary>
    private static bool OfficeOrOrganisationBefore(List<Word> words, int first, PersonLexicon lexicon)
    {
        for (var k = first - 1; k >= 0 && first - k <= 6 && words[k].IsCapitalized; k--)
        {
            if (lexicon.HeadsByFirstWord.ContainsKey(words[k].Lower) || lexicon.OrganisationWords.Contains(words[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the name ends a school's or university's name: a word for one opens the capitalised words before it,
    /// written together or with the school's acronym in brackets ("Universitas Sebelas Maret (UNS) Surakarta"); after a comma
    /// the name is the school's address ("Universitas Brawijaya, Malang").</summary>
    private static bool InSchoolName(string text, List<Word> words, int first)
    {
        for (var k = first - 1; k >= 0 && first - k <= 5 && words[k].IsCapitalized && Between(text, words, k + 1).Trim() is "" or "(" or ")"; k--)
        {
            if (words[k].Lower is "universitas" or "univ" or "institut" or "politeknik" or "akademi" or "sekolah" or "uin" or "iain" or "stikes" or "stie")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a building's name stands just before the place ("Istana Merdeka Jakarta", "Stadion Siliwangi
    /// Bandung", "Bandar Udara APT Pranoto Samarinda"): then the place is where the building is. So it is in a list of
    /// buildings with their places after the first one's word ("Stadion Wibawa Mukti Bekasi, Patriot Candrabhaga Bekasi, Si
    /// Jalak Harupat Bandung, dan Pakansari Bogor").</summary>
    private static bool AfterBuildingName(string text, List<Word> words, int first, int depth = 0)
    {
        for (var k = first - 1; k >= 0 && first - k <= 4; k--)
        {
            // The item before in a list of buildings, each with its place.
            var gap = Between(text, words, k + 1).Trim();
            if (k + 1 < first && depth < 8 && (gap is "," || (words[k].Lower == "dan" && k > 0 && Between(text, words, k).Trim() is ",")))
            {
                var previous = words[k].Lower == "dan" ? k - 1 : k;
                if (words[previous].IsCapitalized && AfterBuildingName(text, words, previous, depth + 1))
                {
                    return true;
                }
            }

            // "di Grand City Surabaya", "kawasan Pegadungan Jakarta Barat": a place named after where something is (not in a
            // list of buildings: "di Jalan Sepak Bola, Pulo Padang").
            if (!words[k].IsCapitalized)
            {
                return depth == 0 && words[k].Lower is "di" or "kawasan" or "daerah" or "wilayah" or "area" or "sekitar" or "seputar";
            }

            if (words[k].Lower is "istana" or "gedung" or "kantor" or "hotel" or "stadion" or "lapangan" or "masjid" or "gereja" or "pasar" or "bandara" or "bandar"
                or "pelabuhan" or "terminal" or "stasiun" or "gor" or "balai" or "aula" or "alun" or "taman" or "monumen" or "rumah" or "kompleks"
                // Hospitals: "RSUP Karyadi Semarang", "RSUD Rasidin Padang".
                or "rs" or "rsu" or "rsud" or "rsup" or "rsj" or "rsia" or "rsab")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words before a place name that make it the government's place, not part of another name: offices,
    /// institutions of the state, and the words of a position ("Bawaslu Kendal", "Kapolres Musi Rawas", "DPRD Morowali").</summary>
    private static bool IsGovernmentWord(string lower, PersonLexicon lexicon) =>
        RegionCues.Cues.ContainsKey(lower) || lexicon.OrganisationWords.Contains(lower) || lexicon.HeadsByFirstWord.ContainsKey(lower) || lexicon.Ranks.Contains(lower)
        || RegionCues.StateBranches.Contains(lower) || lower is "pj" or "pjs" or "plt" or "wakil" or "tanah" or "ibu" or "di" or "ke" or "dari" or "se";

    private static bool IsQuotingVerb(string lower) => lower is "dilansir" or "melansir" or "dikutip" or "mengutip" or "dilaporkan";

    /// <summary>Whether a district's name starts with the region's words and goes on beyond them ("Banyuasin I", "Mesuji
    /// Makmur") and no region's name is as long.</summary>
    private bool ExtendedToDistrict(List<Word> words, int first, int count)
    {
        var longest = 0;
        foreach (var (length, _) in gazetteer.Districts.Prefixes((words, first), NumberedNameWordAt))
        {
            longest = Math.Max(longest, length);
        }

        if (longest <= count)
        {
            return false;
        }

        foreach (var (length, _) in gazetteer.Names.Prefixes((words, first), NumberedNameWordAt))
        {
            if (length >= longest)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsRomanNumeral(string word) => word is "I" or "II" or "III" or "IV" or "V";

    /// <summary>Whether the region stands in a comma list beside a district of another regency that has a district named
    /// like it ("dari Pedamaran, Mesuji, Pematang Panggang": districts of Ogan Komering Ilir, not the regency of Lampung).</summary>
    private bool AmongDistrictsOfAnother(List<Word> words, int first, int last, Region region, Func<int, string> gap)
    {
        var names = new List<string>(last - first + 1);
        for (var k = first; k <= last; k++)
        {
            names.Add(words[k].Lower);
        }

        var sameNamed = gazetteer.Districts.Find(names);
        if (sameNamed.Count == 0)
        {
            return false;
        }

        if (last + 1 < words.Count && gap(last + 1).Trim() == "," && DistrictOnlyAt(words, last + 1) is { } next && OwnsSameNamed(next.ParentCode, region, sameNamed))
        {
            return true;
        }

        if (first == 0 || gap(first).Trim() != ",")
        {
            return false;
        }

        // The item before the comma: up to three words, after a comma or "dari", "di", "ke", "dan".
        for (var start = first - 1; start >= 0 && start >= first - 3; start--)
        {
            var opensItem = start == 0 || gap(start).Trim() == "," || (gap(start) == " " && words[start - 1].Lower is "dari" or "di" or "ke" or "dan");
            if (opensItem && DistrictOnlyAt(words, start) is { } previous && OwnsSameNamed(previous.ParentCode, region, sameNamed))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OwnsSameNamed(string? regency, Region region, IReadOnlyList<NameEntry> sameNamed)
    {
        if (regency is null || regency == region.Code)
        {
            return false;
        }

        foreach (var entry in sameNamed)
        {
            if (entry.Region.ParentCode == regency)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A district whose name starts at <paramref name="index"/> and is no regency's, city's or province's name
    /// ("Ciputat"), or null: in a list of places it is a container, not a peer ("Tabanan, Badung, Gianyar" are peers).</summary>
    private Region? DistrictOnlyAt(List<Word> words, int index)
    {
        var district = gazetteer.Districts.Prefixes((words, index), CapitalisedAt).Longest();
        if (district.Entries is null)
        {
            return null;
        }

        foreach (var (length, _) in gazetteer.Names.Prefixes((words, index), CapitalisedAt))
        {
            if (length >= district.Length)
            {
                return null;
            }
        }

        return district.Entries.Select(e => e.Region).FirstOrDefault();
    }

    /// <summary>
    /// "Jakarta Utara, Timur dan Selatan", "Kalimantan Barat dan Tengah", "Sulawesi Utara dan Tenggara": after a region
    /// whose name ends with a point of the compass, a list of bare compass words names the regions of the same kind with the
    /// same first words.
    /// </summary>
    private void AddElidedNames(string text, List<Word> words, List<RegionMention> mentions, bool inTitle)
    {
        List<RegionMention>? added = null;
        foreach (var mention in mentions)
        {
            var last = mention.FirstWord + mention.WordCount - 1;
            if (mention.InTitle != inTitle || mention.Resolved is not { Kind: not RegionKind.District } region || !RegionCues.CompassWords.Contains(words[last].Lower))
            {
                continue;
            }

            var name = Gazetteer.NameWordsOf(region);
            if (name.Count < 2 || name[^1] != words[last].Lower)
            {
                continue;
            }

            for (var k = last + 1; k < words.Count; k++)
            {
                var gap = Between(text, words, k).Trim();
                if (words[k].Lower is "dan" or "serta" or "hingga" or "atau" && (gap.Length == 0 || gap is ",") && k + 1 < words.Count
                    && Between(text, words, k + 1).Trim().Length == 0)
                {
                    k++;
                }
                else if (gap is not ",")
                {
                    break;
                }

                var word = words[k];
                var longer = k + 1 < words.Count && words[k + 1].IsCapitalized && words[k + 1].Start - word.End <= 1;
                var elided = word.IsCapitalized && RegionCues.CompassWords.Contains(word.Lower) && !longer
                    ? gazetteer.Names.Find(name.Take(name.Count - 1).Append(word.Lower)).Select(e => e.Region).FirstOrDefault(r => r.Kind == region.Kind)
                    : null;
                if (elided is null)
                {
                    break;
                }

                (added ??= []).Add(new RegionMention([elided], mention.Cue, word.Start, word.Length, inTitle, word.Lower, k, 1)
                {
                    Written = word.Text,
                    Resolved = elided,
                    Evidence = (inTitle ? "headline " : "") + $"'{word.Text}': {elided.DisplayName}, its first words left out after '{mention.Written}'",
                });
            }
        }

        if (added is not null)
        {
            // In the text's order, which is the order places are listed in.
            mentions.AddRange(added);
            mentions.Sort((a, b) => a.InTitle != b.InTitle ? (a.InTitle ? -1 : 1) : a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>"orang Buton" where the text also writes "adat Buton" or "Kesultanan Buton": the people, not the regency.</summary>
    private static void DropPeoplesOfCultures(List<Word> titleWords, List<Word> words, List<RegionMention> mentions, HashSet<string> cultures)
    {
        if (cultures.Count == 0)
        {
            return;
        }

        mentions.RemoveAll(m => m.Cue is null && cultures.Contains(m.Surface) && m.FirstWord > 0 && (m.InTitle ? titleWords : words)[m.FirstWord - 1].Lower == "orang");
    }

    /// <summary>
    /// "warga Kelurahan Jombang, Ciputat, Kota Tangerang Selatan ... menuju Jombang": where the text names a village or a
    /// kelurahan with a regency's name and never names that regency with a cue ("Kabupaten Jombang", "Bupati Jombang"),
    /// the bare name is the village again.
    /// </summary>
    private static void DropVillagesOfTheSameName(List<RegionMention> mentions, HashSet<string> villages)
    {
        if (villages.Count == 0)
        {
            return;
        }

        var cued = mentions.Where(m => m.Cue is not null && m.Resolved is not null).Select(m => m.Resolved!.Code).ToHashSet(StringComparer.Ordinal);
        mentions.RemoveAll(m => m.Cue is null && villages.Contains(m.Surface) && m.Resolved is { } region && region.Kind != RegionKind.Province && !cued.Contains(region.Code));
    }

    /// <summary>Words that name a village or a part of one before its name ("Kelurahan Jombang", "Desa Kediri").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> VillageWords = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.Ordinal, "desa", "kelurahan", "kampung", "dusun", "dukuh", "nagari", "gampong", "pekon");

    private void Scan(string text, List<Word> words, bool inTitle, List<RegionMention> mentions, HashSet<string> cultures, HashSet<string> villages)
    {
        var i = 0;
        while (i < words.Count)
        {
            var found = Match(text, words, i, inTitle);
            if (found is null && words[i].IsCapitalized && words[i].Text.Contains('-'))
            {
                mentions.AddRange(MatchHyphenParts(text, words, i, inTitle));
            }

            if (found is null)
            {
                if (i > 0 && words[i].IsCapitalized && VillageWords.Contains(words[i - 1].Lower) && words[i].Start - words[i - 1].End <= 2)
                {
                    villages.Add(words[i].Lower);
                    if (i + 1 < words.Count && words[i + 1].IsCapitalized && words[i + 1].Start - words[i].End == 1)
                    {
                        villages.Add(words[i].Lower + " " + words[i + 1].Lower);
                    }
                }

                i++;
                continue;
            }

            if (found.Value.Mention.Culture)
            {
                cultures.Add(found.Value.Mention.Surface);
            }
            else
            {
                mentions.Add(found.Value.Mention);
            }

            i += found.Value.Words;
        }
    }

    /// <summary>
    /// "Surabaya-Gresik-Lamongan di Jawa Timur", "jaringan Malaysia-Pontianak-Jakarta": places joined by hyphens into one
    /// word, each part matched as a name of its own. Every mention found stands at the joined word (so that the context
    /// read later sees the words around it); a name
    /// the last part opens may run on into the words after it ("Papua-Papua Barat").
    /// </summary>
    private IEnumerable<RegionMention> MatchHyphenParts(string text, List<Word> words, int index, bool inTitle)
    {
        var parts = HyphenSplicedWords.Parts(words[index]);
        if (IsRouteEnd(text, words, index, index) || IsTravelBetween(text, words, index) || !ListsPlaces(parts))
        {
            yield break;
        }

        var spliced = HyphenSplicedWords.Splice(words, index, parts);
        for (var part = 0; part < parts.Count; part++)
        {
            if (parts[part].Length == 0 || !parts[part].IsCapitalized || Match(text, spliced, index + part, inTitle) is not { } found || found.Mention.Culture
                || (found.Words > 1 && part + found.Words <= parts.Count))
            {
                continue;
            }

            var wordCount = found.Words > 1 ? found.Words - (parts.Count - part) + 1 : 1;
            yield return found.Mention with { FirstWord = index, WordCount = wordCount };
            part += found.Words - 1;
        }
    }

    /// <summary>
    /// Whether a hyphen-joined word lists places: two parts or more are a region's or a district's name or a country
    /// ("Malaysia-Pontianak", "Demak-Kudus-Muria"), each another ("Muara Batu-Batu" is a village), the last perhaps opening a
    /// longer name ("Blora-Jawa Tengah", not a cue: "Kota Yogyakarta-Kabupaten Bantul"), and the parts together no region's name ("Bangka-Belitung" is the province).
    /// "Posmetro-Medan", "Bugis-Makassar", "Riau-I", "Surabaya-Ciputra Mall" list no places.
    /// </summary>
    private bool ListsPlaces(List<Word> parts)
    {
        var lower = parts.Select(part => part.Lower).ToList();
        if (lower.Distinct(StringComparer.Ordinal).Count() < lower.Count || gazetteer.Names.Find(lower).Count > 0)
        {
            return false;
        }

        var countries = PersonLexicon.Default.Countries;
        return lower.Select((word, k) => gazetteer.Names.Find(word).Count > 0 || gazetteer.Districts.Find(word).Count > 0 || countries.Contains(word)
            || (k == lower.Count - 1 && gazetteer.Names.Begins(word) && !RegionCues.Cues.ContainsKey(word))).Count(place => place) >= 2;
    }

    /// <summary>
    /// Whether a hyphen-joined word names the ends of a journey: a road's, railway's or flight's word among the three words before
    /// it ("Jalan penghubung Bandung-Subang", "kereta api Bogor-Sukabumi", "rute yakni Jakarta-Surabaya, Jakarta-Bali"; other
    /// such words between are not counted), or "dari" right before it ("dari Sabang-Merauke", from one end to the other).
    /// </summary>
    private static bool IsTravelBetween(string text, List<Word> words, int index)
    {
        if (index > 0 && words[index - 1].Lower == "dari")
        {
            return true;
        }

        var counted = 0;
        for (var k = index - 1; k >= 0 && counted < 3 && Between(text, words, k + 1).IndexOfAny(".!?\n") < 0; k--)
        {
            var lower = words[k].Lower;
            if (RegionCues.RouteWords.Contains(lower) || RegionCues.TravelWords.Contains(lower))
            {
                return true;
            }

            counted += words[k].IsCapitalized && lower.Contains('-') ? 0 : 1;
        }

        return false;
    }

    /// <summary>For <see cref="NameTrie.Prefixes"/>: the word at offset <paramref name="k"/> from the start while the words
    /// are capitalised.</summary>
    private static string? CapitalisedAt((List<Word> Words, int Start) run, int k) =>
        run.Start + k < run.Words.Count && run.Words[run.Start + k].IsCapitalized ? run.Words[run.Start + k].Lower : null;

    /// <summary>For <see cref="NameTrie.Prefixes"/>: the word at offset <paramref name="k"/> while it goes on the name begun at
    /// the start (see <see cref="WithinName"/>).</summary>
    private static string? WordWithinNameAt((string Text, List<Word> Words, int Start) run, int k) =>
        run.Start + k < run.Words.Count && WithinName(run.Text, run.Words, run.Start + k, run.Start) ? run.Words[run.Start + k].Lower : null;

    /// <summary>For <see cref="NameTrie.Prefixes"/>: the word at offset <paramref name="k"/> while the words, one space apart,
    /// are capitalised or Roman numerals ("Banyuasin I").</summary>
    private static string? NumberedNameWordAt((List<Word> Words, int Start) run, int k)
    {
        var (words, first) = run;
        return first + k < words.Count && (k == 0 || words[first + k].Start == words[first + k - 1].End + 1) && (words[first + k].IsCapitalized || IsRomanNumeral(words[first + k].Text)) ? words[first + k].Lower : null;
    }

    /// <summary>The text between the word before <paramref name="index"/> and the word at it (spaces, punctuation).</summary>
    private static ReadOnlySpan<char> Between(string text, List<Word> words, int index) =>
        text.AsSpan(words[index - 1].End, words[index].Start - words[index - 1].End);

    private (RegionMention Mention, int Words)? Match(string text, List<Word> words, int index, bool inTitle)
    {
        if (!words[index].IsCapitalized && !char.IsDigit(words[index].Text[0]))
        {
            return null;
        }

        // "Kabupaten Batang Hari": the cue word is read as the cue of the name after it, never as the start of
        // an official full name ("Kabupaten Batang" would otherwise win and leave "Hari" behind).
        if (RegionCues.Cues.ContainsKey(words[index].Lower))
        {
            return null;
        }

        // "Desa Sukamaju", "Jl. Sudirman": a blocker right before the name, not across a comma ("Kabupaten Banjar, Tabalong").
        var previous = index > 0 && words[index - 1].End >= words[index].Start - 3 && !Between(text, words, index).Contains(',')
            ? words[index - 1].Lower : null;
        if (previous is not null && RegionCues.Blockers.Contains(previous))
        {
            return null;
        }

        return MatchAt(text, words, index, inTitle, previous);
    }

    /// <summary>
    /// <see cref="Match"/> after its quick refusals (apart, so that the closure below is only made for the words that
    /// pass them: made on entry to Match, it was a twentieth of everything ingest allocated).
    /// </summary>
    private (RegionMention Mention, int Words)? MatchAt(string text, List<Word> words, int index, bool inTitle, string? previous)
    {
        var (cue, cueWord) = CueBefore(words, index);
        var best = Longest(gazetteer.Names, text, words, index, inTitle, cue);
        if (cue == RegionKind.District && Longest(gazetteer.Districts, text, words, index, inTitle, cue) is { } district)
        {
            best = district;
        }

        // Two words written as one region name ("Batang Hari" for Batanghari) beat a one-word match ("Batang").
        if (index + 1 < words.Count && WithinName(text, words, index + 1, index) && words[index + 1].IsCapitalized)
        {
            var joined = gazetteer.Names.Find(words[index].Lower + words[index + 1].Lower);
            if (Usable(joined, words, index, 2, inTitle, cue) is { } usable && (best is null || best.Value.Words < 2))
            {
                best = (usable, 2);
            }
        }

        if (best is null)
        {
            return Misspelt(text, words, index, inTitle, cue, cueWord);
        }

        var (entries, count) = best.Value;
        var surface = string.Join(' ', words.Skip(index).Take(count).Select(w => w.Lower));

        // "Ogan Komering Ulu (OKU) Timur": the press puts the acronym inside the name; the whole name wins.
        var continued = ContinuedAfterAcronym(text, words, index, count);
        if (continued is { } longer)
        {
            entries = longer.Entries;
            count = longer.Words;
        }

        var start = words[index].Start;
        var end = words[index + count - 1].End;
        var kindOfName = entries.FirstOrDefault(entry => entry.CarriesKind)?.Region.Kind;

        // "Polres Metro Bekasi Kota", "Kapolres Blitar Kota": "Kota" right after a name a regency and a city share, opening no
        // other place's name, says the city (the police write their city commands so).
        var cueAfter = false;
        if (cue is null && kindOfName is null && CityCueAfter(words, index + count) && entries.Any(e => e.Region.Kind == RegionKind.City) && entries.Any(e => e.Region.Kind == RegionKind.Regency))
        {
            (cue, cueWord, cueAfter) = (RegionKind.City, words[index + count].Text, true);
        }

        var candidates = entries.Select(entry => entry.Region).Distinct().ToList();
        var culture = previous is not null && RegionCues.CultureWords.Contains(previous) && !candidates.Any(region => region.Kind == RegionKind.Province);
        var mention = new RegionMention(candidates, kindOfName ?? cue, start, end - start, inTitle, surface, index, count) { Written = text[start..end], Culture = culture };
        mention.Resolved = Choose(mention);
        if (mention.Resolved is { } resolved)
        {
            var written = text[start..end];
            var official = WritesOfficialName(entries, resolved, written);
            mention.Evidence = (inTitle ? "headline " : "") + (kindOfName is not null ? $"'{written}': the official name"
                : cue is not null && resolved.Kind == cue ? $"'{written}': the cue '{cueWord}' {(cueAfter ? "after" : "before")} it"
                : resolved.Kind == RegionKind.Province ? $"'{written}': a province's name alone is the province"
                : !official ? $"'{written}': a press name of {resolved.DisplayName}"
                : entries.Any(e => e.IsCommonWord) ? $"'{written}': capitalised mid-sentence (it is also an ordinary word)"
                : $"'{written}': the name of the {(resolved.Kind == RegionKind.City ? "city" : "regency")}");
        }

        return (mention, count);
    }

    /// <summary>
    /// "Bupati Bantaing", "Kabupaten Ponoroggo", "Wali Kota Samarang": a capitalised word after a regency's or city's cue
    /// that is a one-word name misspelt by one letter. Not after a bare "Kota" (but after "Wali Kota", "Pemerintah Kota"),
    /// which also opens towns ("Kota Timika", "Kota Bangko") and nicknames ("Kota Kembang").
    /// </summary>
    private (RegionMention Mention, int Words)? Misspelt(string text, List<Word> words, int index, bool inTitle, RegionKind? cue, string? cueWord)
    {
        var word = words[index];
        var town = cueWord is not null && RegionCues.CityTownWords.Contains(cueWord.ToLowerInvariant()) && !(index >= 2 && words[index - 2].Lower is "wali" or "pemerintah");
        // "Kabupaten Serdang Berdagai", "Wali Kota Tangeerang Selatan": a misspelt longer name is not read as a shorter one
        // ("Serang", "Tangerang"). A word that opens no name, before a capitalised word that goes on no name, is the name and a
        // person's name follows ("Bupati Sorolangun Cek Endra").
        var longer = index + 1 < words.Count && words[index + 1].IsCapitalized && words[index + 1].Start - word.End <= 1
            && (gazetteer.Names.Begins(word.Lower) || laterNameWords.Contains(words[index + 1].Lower));
        if (cue is not (RegionKind.Regency or RegionKind.City) || cueWord is null || town || !word.IsCapitalized || word.IsAllCaps || word.SentenceStart || longer || gazetteer.Misspelt(word.Lower, cue.Value) is not { } region)
        {
            return null;
        }

        var mention = new RegionMention([region], cue, word.Start, word.Length, inTitle, word.Lower, index, 1)
        {
            Written = word.Text,
            Resolved = region,
            Evidence = (inTitle ? "headline " : "") + $"'{word.Text}': {region.DisplayName} misspelt, after the cue '{cueWord}'",
        };
        return (mention, 1);
    }

    /// <summary>The second and later words of the regions' names ("selatan", "hari", "rawas", "bedagai").</summary>
    private readonly System.Collections.Frozen.FrozenSet<string> laterNameWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        gazetteer.Regions.SelectMany(region => Gazetteer.NameWords(region.Name).Skip(1)), StringComparer.Ordinal);

    private (List<NameEntry> Entries, int Words)? ContinuedAfterAcronym(string text, List<Word> words, int index, int count)
    {
        var acronym = index + count;
        if (acronym + 1 >= words.Count || !words[acronym].IsAllCaps)
        {
            return null;
        }

        var before = text[words[acronym - 1].End..words[acronym].Start];
        var after = text[words[acronym].End..words[acronym + 1].Start];
        if (before.Trim() != "(" || after.Trim() != ")" || !words[acronym + 1].IsCapitalized)
        {
            return null;
        }

        var name = words.Skip(index).Take(count).Select(w => w.Lower).Append(words[acronym + 1].Lower).ToList();
        var entries = gazetteer.Names.Find(name).ToList();
        return entries.Count > 0 ? (entries, count + 2) : null;
    }

    private static (List<NameEntry> Entries, int Words)? Longest(NameTrie trie, string text, List<Word> words, int index, bool inTitle, RegionKind? cue)
    {
        if (!trie.Begins(words[index].Lower))
        {
            return null;
        }

        (List<NameEntry>, int)? best = null;
        foreach (var (length, entries) in trie.Prefixes((text, words, index), WordWithinNameAt))
        {
            if (Usable(entries, words, index, length, inTitle, cue) is { } usable)
            {
                best = (usable, length);
            }
        }

        return best;
    }

    /// <summary>The entries that <see cref="Accepts"/> takes for the words at <paramref name="index"/>, or null when none.
    /// (A loop, not a lambda: a lambda over the parameters made its closure on every call of the method holding it.)</summary>
    private static List<NameEntry>? Usable(IReadOnlyList<NameEntry> entries, List<Word> words, int index, int length, bool inTitle, RegionKind? cue)
    {
        List<NameEntry>? usable = null;
        foreach (var entry in entries)
        {
            if (Accepts(entry, words, index, length, inTitle, cue))
            {
                (usable ??= []).Add(entry);
            }
        }

        return usable;
    }

    /// <summary>Capitals, acronyms in capitals, and ordinary words only with a cue or mid-sentence.</summary>
    private static bool Accepts(NameEntry entry, List<Word> words, int index, int length, bool inTitle, RegionKind? cue)
    {
        for (var k = index; k < index + length; k++)
        {
            var word = words[k];
            if (!word.IsCapitalized && !char.IsDigit(word.Text[0]) && !IsConnective(word.Lower))
            {
                return false;
            }
        }

        if (entry.IsAcronym && !words.Skip(index).Take(length).Any(word => word.IsAllCaps))
        {
            return false;
        }

        // An ordinary word that is also a name counts without a cue only mid-sentence, capitalised, and not as the first
        // word of a longer proper noun ("Kaur Pemerintahan", "Polres Metro Bekasi").
        if (entry.IsCommonWord && cue is null)
        {
            var word = words[index];
            var next = index + length < words.Count ? words[index + length] : (Word?)null;
            var partOfLongerName = next is { } following && following.IsCapitalized && following.Start - words[index + length - 1].End <= 1;
            // "Polda Metro Jaya", "Ditreskrimum Polda Metro": the Jakarta police, not Kota Metro.
            var afterPolice = index > 0 && words[index - 1].Lower is "polda" or "kapolda" or "wakapolda";
            return !inTitle && !word.SentenceStart && !word.IsAllCaps && !partOfLongerName && !afterPolice;
        }

        return true;
    }

    /// <summary>Small words inside names ("Pangkajene dan Kepulauan", "Seram Bagian Barat") stay lower case.</summary>
    private static bool IsConnective(string word) => word is "dan" or "bagian";

    private static bool AdjacentToPrevious(List<Word> words, int index, int start) =>
        index == start || words[index].Start - words[index - 1].End <= 2;

    /// <summary>Whether the word at <paramref name="index"/> can continue a name begun at <paramref name="start"/>: next
    /// to it, and no comma between ("Gedung DPRD DKI, Jakarta Pusat" is DKI Jakarta and then Jakarta Pusat, not the alias
    /// "DKI Jakarta" followed by "Pusat"; "Danau Toba, Samosir" is no "Toba Samosir").</summary>
    private static bool WithinName(string text, List<Word> words, int index, int start) =>
        AdjacentToPrevious(words, index, start) && (index == start || !Between(text, words, index).Contains(','));

    /// <summary>Whether <paramref name="written"/> is the official name of <paramref name="resolved"/> among the entries read.
    /// (Apart from <see cref="MatchAt"/>, whose every call made the closure of this lambda when it stood there.)</summary>
    private static bool WritesOfficialName(List<NameEntry> entries, Region resolved, string written) =>
        entries.Any(e => e.Region == resolved && SameName(resolved, written));

    private static bool SameName(Region region, string written) =>
        Gazetteer.NameWordsOf(region).SequenceEqual(Gazetteer.NameWords(written));

    /// <summary>Whether the word at <paramref name="index"/> is "Kota" one space after a name and opens no other place's name.</summary>
    private bool CityCueAfter(List<Word> words, int index)
    {
        if (index >= words.Count || words[index].Text != "Kota" || words[index].Start - words[index - 1].End != 1)
        {
            return false;
        }

        var next = index + 1;
        return next >= words.Count || !words[next].IsCapitalized || words[next].Start - words[index].End != 1 || gazetteer.Names.Find(words[next].Lower).Count == 0;
    }

    private static (RegionKind? Kind, string? Word) CueBefore(List<Word> words, int index)
    {
        for (var back = 1; back <= 2 && index - back >= 0; back++)
        {
            var word = words[index - back];
            if (words[index - back + 1].Start - word.End > 3)
            {
                break;
            }

            if (RegionCues.Cues.TryGetValue(word.Lower, out var kind))
            {
                return (kind, word.Text);
            }

            // "perbatasan Kota Yogyakarta-Kabupaten Bantul": the cue glued to the name before it by a hyphen.
            var hyphen = back == 1 ? word.Lower.LastIndexOf('-') : -1;
            if (hyphen > 0 && RegionCues.Cues.TryGetValue(word.Lower[(hyphen + 1)..], out kind))
            {
                return (kind, word.Text[(hyphen + 1)..]);
            }

            // "Wali Kota", "Pemerintah Kabupaten", "Pj Bupati": the cue is the word next to the name.
            if (back == 1 && word.Lower is not ("pemerintah" or "wakil" or "pj" or "pjs" or "plt"))
            {
                break;
            }
        }

        return (null, null);
    }

    /// <summary>Picks the region a mention means when its cue or the candidates decide it alone.</summary>
    private static Region? Choose(RegionMention mention)
    {
        if (mention.Cue is { } cue)
        {
            var cued = mention.Candidates.FirstOrDefault(region => region.Kind == cue);
            if (cued is not null)
            {
                return cued;
            }

            if (cue == RegionKind.District)
            {
                return null;
            }

            // "Bupati Kota Bekasi" is a typo-level case; fall back to the bare-name rules below.
        }

        var regions = mention.Candidates.Where(region => region.Kind != RegionKind.District).ToList();
        if (regions.Count == 0)
        {
            return null;
        }

        var province = regions.FirstOrDefault(region => region.Kind == RegionKind.Province);
        if (province is not null)
        {
            return province;
        }

        return regions.Count == 1 ? regions[0] : null;
    }

    /// <summary>A bare name shared by a regency and a city follows the nearest cued mention before it, else the regency.</summary>
    private static void ResolveSharedNames(List<RegionMention> mentions)
    {
        // "Kecamatan Semarang Barong": a name the text calls a district, but no district of that name is known, is still
        // no regency or city.
        foreach (var mention in mentions.Where(m => m.Resolved is null && m.Cue != RegionKind.District))
        {
            var regions = mention.Candidates.Where(region => region.Kind is RegionKind.Regency or RegionKind.City).ToList();
            if (regions.Count == 0)
            {
                continue;
            }

            var names = regions.Select(region => region.Code).ToHashSet();
            var cued = mentions.Where(m => m.Resolved is not null && names.Contains(m.Resolved.Code) && m.Cue is not null).ToList();
            var before = cued.LastOrDefault(m => m.InTitle == mention.InTitle && m.Start < mention.Start) ?? cued.FirstOrDefault();
            if (before is null && regions.Count > 1 && DistrictOfOne(mentions, regions) is { } owner)
            {
                mention.Resolved = owner;
                mention.Evidence = (mention.InTitle ? "headline " : "") + $"'{mention.Written}': a regency and a city share the name; the district the text names is {owner.DisplayName}'s";
                continue;
            }

            mention.Resolved = before?.Resolved ?? regions.FirstOrDefault(region => region.Kind == RegionKind.Regency) ?? regions[0];
            mention.Evidence = (mention.InTitle ? "headline " : "") + (before is not null
                ? $"'{mention.Written}': a regency and a city share the name; the text's cue for {mention.Resolved.DisplayName} decides"
                : $"'{mention.Written}': a regency and a city share the name and no cue says which; the regency");
        }
    }

    /// <summary>
    /// "Kecamatan Cibeunying Kaler, Bandung": of a regency and a city that share a name, the one whose district the text
    /// names with a district's cue, when the text names districts of only one of them.
    /// </summary>
    private static Region? DistrictOfOne(List<RegionMention> mentions, List<Region> regions)
    {
        var owners = mentions.Where(m => m.Cue == RegionKind.District && m.Resolved is { Kind: RegionKind.District })
            .Select(m => regions.FirstOrDefault(region => region.Code == m.Resolved!.ParentCode)).OfType<Region>().Distinct().ToList();
        return owners.Count == 1 ? owners[0] : null;
    }

    /// <summary>
    /// A name the text once calls a district ("Kecamatan Sukabumi" in a Bandar Lampung story) is that district
    /// wherever else it stands bare, unless the text also calls it a regency or city somewhere.
    /// </summary>
    private static void FollowDistrictCues(List<RegionMention> mentions)
    {
        var districts = mentions.Where(m => m.Cue == RegionKind.District && m.Resolved?.Kind == RegionKind.District)
            .GroupBy(m => m.Surface).ToDictionary(g => g.Key, g => g.First().Resolved!);
        if (districts.Count == 0)
        {
            return;
        }

        var elsewhereRegion = mentions.Where(m => m.Cue is RegionKind.Regency or RegionKind.City).Select(m => m.Surface).ToHashSet();
        foreach (var mention in mentions.Where(m => m.Cue is null && districts.ContainsKey(m.Surface) && !elsewhereRegion.Contains(m.Surface)))
        {
            mention.Resolved = districts[mention.Surface];
        }
    }

    private Region? DatelineRegency(string? datelinePlace, ExtractedEntities entities)
    {
        if (string.IsNullOrWhiteSpace(datelinePlace))
        {
            return null;
        }

        foreach (var part in datelinePlace.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var regions = gazetteer.Resolve(part).Where(region => region.Kind is RegionKind.Regency or RegionKind.City).ToList();
            if (regions.Count == 0)
            {
                continue;
            }

            // A dateline names where the story was filed, which for "BEKASI" is the city unless the story speaks of the
            // regency more: the regency or city mentioned most of the two, the city on a tie.
            var mentioned = regions.Select(region => (Region: region, Mentions: entities.Regencies.FirstOrDefault(r => r.Region == region).Mentions)).ToList();
            return mentioned.OrderByDescending(m => m.Mentions).ThenBy(m => m.Region.Kind == RegionKind.City ? 0 : 1).First().Region;
        }

        return null;
    }
}

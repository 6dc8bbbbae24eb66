using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Text;

namespace NetralitasSearch.Indexer.Extraction.Regions;

/// <summary>
/// Finds regencies, cities, provinces and districts by longest match against the gazetteer. Capitals are
/// required (a name is a proper noun), acronyms must be in capitals, names that are also ordinary words need
/// a cue at the start of a sentence, and a name shared by a regency and a city follows the cues found anywhere
/// in the document, else it is the regency. A province's name alone is the province, not its capital.
/// </summary>
public sealed class RegionExtractor(Gazetteer gazetteer) : IEntityExtractor
{
    public void Extract(ExtractionContext context, ExtractedEntities entities)
    {
        var mentions = new List<RegionMention>();
        Scan(context.Title, context.TitleWords, inTitle: true, mentions);
        Scan(context.Text, context.TextWords, inTitle: false, mentions);
        ResolveSharedNames(mentions);
        FollowDistrictCues(mentions);

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

                // A district stands for its regency only when no other district in the country has its name.
                if (gazetteer.Districts.Find(Gazetteer.NameWords(region.Name)).Count != 1 || region.ParentCode is null || gazetteer.ByCode(region.ParentCode) is not { } parent)
                {
                    continue;
                }

                region = parent;
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
        }

        foreach (var region in order)
        {
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

    private void Scan(string text, IReadOnlyList<Word> words, bool inTitle, List<RegionMention> mentions)
    {
        var i = 0;
        while (i < words.Count)
        {
            var found = Match(text, words, i, inTitle);
            if (found is null)
            {
                i++;
                continue;
            }

            mentions.Add(found.Value.Mention);
            i += found.Value.Words;
        }
    }

    private (RegionMention Mention, int Words)? Match(string text, IReadOnlyList<Word> words, int index, bool inTitle)
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

        var previous = index > 0 && words[index - 1].End >= words[index].Start - 3 ? words[index - 1].Lower : null;
        if (previous is not null && RegionCues.Blockers.Contains(previous))
        {
            return null;
        }

        var cue = CueBefore(words, index);
        string? WordAt(int offset) => index + offset < words.Count && AdjacentToPrevious(words, index + offset, index) ? words[index + offset].Lower : null;

        var best = Longest(gazetteer.Names, words, index, inTitle, cue, WordAt);
        if (cue == RegionKind.District && Longest(gazetteer.Districts, words, index, inTitle, cue, WordAt) is { } district)
        {
            best = district;
        }

        // Two words written as one region name ("Batang Hari" for Batanghari) beat a one-word match ("Batang").
        if (index + 1 < words.Count && AdjacentToPrevious(words, index + 1, index) && words[index + 1].IsCapitalized)
        {
            var joined = gazetteer.Names.Find([words[index].Lower + words[index + 1].Lower]);
            var usable = joined.Where(entry => Accepts(entry, words, index, 2, inTitle, cue)).ToList();
            if (usable.Count > 0 && (best is null || best.Value.Words < 2))
            {
                best = (usable, 2);
            }
        }

        if (best is null)
        {
            return null;
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
        var candidates = entries.Select(entry => entry.Region).Distinct().ToList();
        var mention = new RegionMention(candidates, kindOfName ?? cue, start, end - start, inTitle, surface);
        mention.Resolved = Choose(mention);
        return (mention, count);
    }

    private (List<NameEntry> Entries, int Words)? ContinuedAfterAcronym(string text, IReadOnlyList<Word> words, int index, int count)
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

    private static (List<NameEntry> Entries, int Words)? Longest(NameTrie trie, IReadOnlyList<Word> words, int index, bool inTitle, RegionKind? cue, Func<int, string?> wordAt)
    {
        (List<NameEntry>, int)? best = null;
        foreach (var (length, entries) in trie.Prefixes(wordAt))
        {
            var usable = entries.Where(entry => Accepts(entry, words, index, length, inTitle, cue)).ToList();
            if (usable.Count > 0)
            {
                best = (usable, length);
            }
        }

        return best;
    }

    /// <summary>Capitals, acronyms in capitals, and ordinary words only with a cue or mid-sentence.</summary>
    private static bool Accepts(NameEntry entry, IReadOnlyList<Word> words, int index, int length, bool inTitle, RegionKind? cue)
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
            return !inTitle && !word.SentenceStart && !word.IsAllCaps && !partOfLongerName;
        }

        return true;
    }

    /// <summary>Small words inside names ("Pangkajene dan Kepulauan", "Seram Bagian Barat") stay lower case.</summary>
    private static bool IsConnective(string word) => word is "dan" or "bagian";

    private static bool AdjacentToPrevious(IReadOnlyList<Word> words, int index, int start) =>
        index == start || words[index].Start - words[index - 1].End <= 2;

    private static RegionKind? CueBefore(IReadOnlyList<Word> words, int index)
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
                return kind;
            }

            // "Wali Kota", "Pemerintah Kabupaten", "Pj Bupati": the cue is the word next to the name.
            if (back == 1 && word.Lower is not ("pemerintah" or "wakil" or "pj" or "pjs" or "plt"))
            {
                break;
            }
        }

        return null;
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
        foreach (var mention in mentions.Where(m => m.Resolved is null))
        {
            var regions = mention.Candidates.Where(region => region.Kind is RegionKind.Regency or RegionKind.City).ToList();
            if (regions.Count == 0)
            {
                continue;
            }

            var names = regions.Select(region => region.Code).ToHashSet();
            var cued = mentions.Where(m => m.Resolved is not null && names.Contains(m.Resolved.Code) && m.Cue is not null).ToList();
            var before = cued.LastOrDefault(m => m.InTitle == mention.InTitle && m.Start < mention.Start) ?? cued.FirstOrDefault();
            mention.Resolved = before?.Resolved ?? regions.FirstOrDefault(region => region.Kind == RegionKind.Regency) ?? regions[0];
        }
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

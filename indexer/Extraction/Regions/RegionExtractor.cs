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
        Scan(context.TitleWords, inTitle: true, mentions);
        Scan(context.TextWords, inTitle: false, mentions);
        ResolveSharedNames(mentions);

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

    private void Scan(IReadOnlyList<Word> words, bool inTitle, List<RegionMention> mentions)
    {
        var i = 0;
        while (i < words.Count)
        {
            var found = Match(words, i, inTitle);
            if (found is null)
            {
                i++;
                continue;
            }

            mentions.Add(found.Value.Mention);
            i += found.Value.Words;
        }
    }

    private (RegionMention Mention, int Words)? Match(IReadOnlyList<Word> words, int index, bool inTitle)
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
        var start = words[index].Start;
        var end = words[index + count - 1].End;
        var kindOfName = entries.FirstOrDefault(entry => entry.CarriesKind)?.Region.Kind;
        var candidates = entries.Select(entry => entry.Region).Distinct().ToList();
        var mention = new RegionMention(candidates, kindOfName ?? cue, start, end - start, inTitle);
        mention.Resolved = Choose(mention);
        return (mention, count);
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

        if (entry.IsCommonWord && cue is null)
        {
            var word = words[index];
            return !inTitle && !word.SentenceStart && !word.IsAllCaps;
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

            // A dateline "BEKASI" means whichever Bekasi the story mentions; the regency if it mentions both or none.
            return regions.FirstOrDefault(region => entities.Regencies.Any(r => r.Region == region) && region.Kind == RegionKind.City && !entities.Regencies.Any(r => r.Region.Kind == RegionKind.Regency && regions.Contains(r.Region)))
                ?? regions.FirstOrDefault(region => region.Kind == RegionKind.Regency)
                ?? regions[0];
        }

        return null;
    }
}

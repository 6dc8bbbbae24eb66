using System.Collections.Frozen;

namespace NetralitasSearch.Indexer.Extraction.Regions;

/// <summary>
/// Indonesia's provinces, regencies, cities and districts (Kepmendagri 2025 codes, via cahyadsn/wilayah)
/// with official, former and press names. Built once from the embedded data files, then read-only.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Shared = new(Load);

    private readonly FrozenDictionary<string, Region> byCode;
    private readonly RegionSuggester suggester;
    private readonly FrozenDictionary<int, (string Name, Region[] Regions)[]> oneWordNamesByLength;

    private Gazetteer(IEnumerable<Region> regions, NameTrie names, NameTrie districts, IEnumerable<(string Name, Region Region)> writtenNames)
    {
        byCode = regions.ToFrozenDictionary(region => region.Code, StringComparer.Ordinal);
        Names = names;
        Districts = districts;
        suggester = new RegionSuggester(writtenNames);
        oneWordNamesByLength = names.FirstWords.Where(word => word.Length >= MinMisspeltLength - 1)
            .Select(word => (Name: word, Regions: names.Find([word]).Select(e => e.Region).Where(r => r.Kind is RegionKind.Regency or RegionKind.City).Distinct().ToArray()))
            .Where(entry => entry.Regions.Length > 0).GroupBy(entry => entry.Name.Length).ToFrozenDictionary(group => group.Key, group => group.ToArray());
    }

    /// <summary>
    /// Whether two province codes are one province as the news of the corpus' years knew it: the provinces split off
    /// Papua in 2022 (Papua Selatan, Papua Tengah, Papua Pegunungan) and off Papua Barat (Papua Barat Daya) count as
    /// their former province, so "Wamena, Jayawijaya, Papua" places Jayawijaya in its province.
    /// </summary>
    public static bool SameProvince(string a, string b) => FormerProvince(a) == FormerProvince(b);

    private static string FormerProvince(string code) => code switch
    {
        "93" or "94" or "95" => "91",
        "96" => "92",
        _ => code,
    };

    /// <summary>The gazetteer of the embedded data, loaded on first use.</summary>
    public static Gazetteer Default => Shared.Value;

    public IEnumerable<Region> Regions => byCode.Values;

    internal NameTrie Names { get; }

    internal NameTrie Districts { get; }

    /// <summary>
    /// The regency or city of the kind given whose one-word name is <paramref name="word"/> misspelt by one letter (one
    /// letter changed, added, dropped, or two swapped), when exactly one is; names shorter than
    /// <see cref="MinMisspeltLength"/> letters are too easily another word misspelt.
    /// </summary>
    internal Region? Misspelt(string word, RegionKind kind)
    {
        if (word.Length < MinMisspeltLength)
        {
            return null;
        }

        Region? found = null;
        for (var length = word.Length - 1; length <= word.Length + 1; length++)
        {
            foreach (var (name, regions) in oneWordNamesByLength.GetValueOrDefault(length, []))
            {
                if (OneEditApart(name, word) && regions.FirstOrDefault(r => r.Kind == kind) is { } region)
                {
                    if (found is not null && found != region)
                    {
                        return null;
                    }

                    found = region;
                }
            }
        }

        return found;
    }

    /// <summary>The shortest name read through a misspelling.</summary>
    internal const int MinMisspeltLength = 6;

    private static bool OneEditApart(string a, string b)
    {
        if (a.Length > b.Length)
        {
            (a, b) = (b, a);
        }

        var i = 0;
        while (i < a.Length && a[i] == b[i])
        {
            i++;
        }

        if (i == a.Length)
        {
            return b.Length == a.Length + 1;
        }

        if (a.Length < b.Length)
        {
            return a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
        }

        return a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))
            || (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2)));
    }

    public Region? ByCode(string code) => byCode.GetValueOrDefault(code);

    /// <summary>
    /// Resolves what a user typed in a filter: a code ("16.05"), an official name ("Musi Rawas", "Kota Bekasi",
    /// "Kabupaten Bekasi"), or an alias ("OKU", "Mura"). A bare name shared by a regency and a city gives both.
    /// </summary>
    public IReadOnlyList<Region> Resolve(string text)
    {
        var trimmed = text.Trim();
        if (byCode.TryGetValue(trimmed, out var coded))
        {
            return [coded];
        }

        var words = NameWords(trimmed);
        if (words.Count == 0)
        {
            return [];
        }

        var kind = words[0] switch
        {
            "kabupaten" or "kab" => RegionKind.Regency,
            "kota" => RegionKind.City,
            "provinsi" or "prov" => RegionKind.Province,
            _ => (RegionKind?)null,
        };

        var found = Names.Find(words).Select(entry => entry.Region).Distinct().ToList();
        if (found.Count == 0 && kind is not null && words.Count > 1)
        {
            found = Names.Find(words.Skip(1)).Select(entry => entry.Region).Where(region => region.Kind == kind).Distinct().ToList();
        }

        return found;
    }

    /// <summary>
    /// Provinces, regencies and cities whose official name or alias has a word starting with <paramref name="prefix"/>,
    /// best first: "OKU" gives Ogan Komering Ulu (alias OKU), Ogan Komering Ulu Selatan (OKU Selatan) and Ogan
    /// Komering Ulu Timur (OKU Timur). For the filter's autocomplete; districts are left out.
    /// </summary>
    public IReadOnlyList<RegionSuggestion> Suggest(string prefix, int limit)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return suggester.Suggest(prefix, limit);
    }

    /// <summary>Lower-case words of a name as the trie holds them ("Kab. Musi Rawas" gives kab, musi, rawas).</summary>
    internal static List<string> NameWords(string name) =>
        Text.WordTokenizer.Tokenize(name).Select(word => word.Lower).ToList();

    /// <summary>
    /// <see cref="NameWords"/> of a region's official name, made once per name (the region stage compares every
    /// mention with every other's name: read anew each time, they were a twentieth of what extraction allocated).
    /// </summary>
    internal static IReadOnlyList<string> NameWordsOf(Region region) =>
        RegionNameWords.GetOrAdd(region.Name, static name => NameWords(name).ToArray());

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> RegionNameWords = new(StringComparer.Ordinal);

    private static Gazetteer Load()
    {
        var regions = new Dictionary<string, Region>(StringComparer.Ordinal);
        var provinces = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in ReadCsv("regions.csv"))
        {
            var kind = row[2] switch
            {
                "province" => RegionKind.Province,
                "city" => RegionKind.City,
                _ => RegionKind.Regency,
            };
            regions[row[0]] = new Region(row[0], row[1], kind, row[3], row[4], kind == RegionKind.Province ? null : row[3]);
            if (kind == RegionKind.Province)
            {
                provinces[row[0]] = row[1];
            }
        }

        var districts = new List<Region>();
        foreach (var row in ReadCsv("districts.csv"))
        {
            if (regions.TryGetValue(row[2], out var regency))
            {
                districts.Add(new Region(row[0], row[1], RegionKind.District, regency.ProvinceCode, regency.ProvinceName, regency.Code));
            }
        }

        var commonWords = ReadLines("common-word-names.txt").ToHashSet(StringComparer.Ordinal);
        var names = new NameTrie();
        var writtenNames = new List<(string Name, Region Region)>();
        foreach (var region in regions.Values)
        {
            AddName(names, region.Name, region, commonWords, carriesKind: false);
            writtenNames.Add((region.Name, region));
        }

        foreach (var row in ReadCsv("region_aliases.csv").Concat(ReadCsv("extra-aliases.csv")))
        {
            if (regions.TryGetValue(row[0], out var region))
            {
                var alias = row[1];
                var carriesKind = alias.StartsWith("Kabupaten ", StringComparison.Ordinal) || alias.StartsWith("Kota ", StringComparison.Ordinal) || alias.StartsWith("Provinsi ", StringComparison.Ordinal);
                AddName(names, alias, region, commonWords, carriesKind);
                writtenNames.Add((alias, region));
            }
        }

        var districtNames = new NameTrie();
        foreach (var district in districts)
        {
            AddName(districtNames, district.Name, district, commonWords, carriesKind: false);
        }

        return new Gazetteer(regions.Values.Concat(districts), names, districtNames, writtenNames);
    }

    /// <summary>Adds a name as written and, for multi-word names, the spelling without spaces ("Lubuklinggau").</summary>
    private static void AddName(NameTrie trie, string name, Region region, HashSet<string> commonWords, bool carriesKind)
    {
        var words = NameWords(name);
        if (words.Count == 0)
        {
            return;
        }

        var isAcronym = Text.WordTokenizer.Tokenize(name).Any(word => word.Length >= 2 && word.IsAllCaps);
        var isCommon = words.Count == 1 && commonWords.Contains(words[0]);
        var entry = new NameEntry(region, isAcronym, isCommon, carriesKind);
        trie.Add(words, entry);

        var joined = string.Concat(words.Select(word => word.Replace("-", "", StringComparison.Ordinal)));
        if (words.Count > 1 && !carriesKind)
        {
            trie.Add([joined], entry with { IsCommonWord = commonWords.Contains(joined) });
        }

        var split = words.SelectMany(word => word.Split('-', StringSplitOptions.RemoveEmptyEntries)).ToList();
        if (split.Count != words.Count)
        {
            trie.Add(split, entry);
            trie.Add([joined], entry);
        }
    }

    private static IEnumerable<string[]> ReadCsv(string name) =>
        ReadLines(name).Skip(1).Select(line => line.Split(',')).Where(row => row.Length >= 2);

    private static IEnumerable<string> ReadLines(string name) => EmbeddedData.ReadLines("Regions/Data/" + name);
}

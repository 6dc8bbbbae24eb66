using System.Collections.Frozen;

namespace NetralitasSearch.Indexer.Extraction.Persons;

/// <summary>The word lists of the person extractor (see the files under Data/ for where they come from).</summary>
internal sealed class PersonLexicon
{
    private static readonly Lazy<PersonLexicon> Shared = new(() => new PersonLexicon());

    private PersonLexicon()
    {
        PositionHeads = ReadHeads("position-heads.txt");
        HeadsByFirstWord = ReadHeads("position-heads.txt", "extractor-position-heads.txt").GroupBy(h => h.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<(string[] Words, bool Village)>)g.ToList(), StringComparer.Ordinal);
        OrganisationWords = EmbeddedData.ReadLines("Persons/Data/organisation-words.txt").ToFrozenSet(StringComparer.Ordinal);
        ExtractorOrganisationWords = OrganisationWords.Concat(EmbeddedData.ReadLines("Persons/Data/extractor-organisation-words.txt")).ToFrozenSet(StringComparer.Ordinal);
        StopWords = EmbeddedData.ReadLines("Persons/Data/name-stopwords.txt").ToFrozenSet(StringComparer.Ordinal);
        ExtractorStopWords = StopWords.Concat(EmbeddedData.ReadLines("Persons/Data/extractor-stopwords.txt")).ToFrozenSet(StringComparer.Ordinal);
        Countries = EmbeddedData.ReadLines("Persons/Data/countries.txt").ToFrozenSet(StringComparer.Ordinal);
        var ranks = EmbeddedData.ReadLines("Persons/Data/ranks.txt").ToList();
        Ranks = ranks.Where(line => !line.StartsWith("corps:", StringComparison.Ordinal)).ToFrozenSet(StringComparer.Ordinal);
        Corps = ranks.Where(line => line.StartsWith("corps:", StringComparison.Ordinal)).Select(line => line["corps:".Length..]).ToFrozenSet(StringComparer.Ordinal);
        NobleTitles = EmbeddedData.ReadLines("Persons/Data/noble-titles.txt")
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)).OrderByDescending(words => words.Length).ToList();
        NobleTitleWords = NobleTitles.Select(words => words[0]).ToFrozenSet(StringComparer.Ordinal);
        SingleWordTitles = NobleTitles.Where(words => words.Length == 1).Select(words => words[0]).ToFrozenSet(StringComparer.Ordinal);
        KnownAliases = EmbeddedData.ReadLines("Persons/Data/known-aliases.txt").Select(line => line.Split('\t'))
            .Where(parts => parts.Length == 2).ToFrozenDictionary(parts => PersonMerger.Key(parts[0]), parts => PersonMerger.Key(parts[1]), StringComparer.Ordinal);
        KnownAliasesByFull = KnownAliases.GroupBy(pair => pair.Value, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => (IReadOnlySet<string>)group.Select(pair => pair.Key).ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    public static PersonLexicon Default => Shared.Value;

    /// <summary>The heads of the files named, longest first; a head listed both ways ("kapolsek", "village:kapolsek") is
    /// read as a village-level head.</summary>
    private static List<(string[] Words, bool Village)> ReadHeads(params string[] files)
    {
        var heads = new List<(string[] Words, bool Village)>();
        foreach (var line in files.SelectMany(file => EmbeddedData.ReadLines("Persons/Data/" + file)))
        {
            var village = line.StartsWith("village:", StringComparison.Ordinal);
            var text = village ? line["village:".Length..] : line;
            heads.Add((text.Split(' ', StringSplitOptions.RemoveEmptyEntries), village));
        }

        return heads.GroupBy(h => string.Join(' ', h.Words), StringComparer.Ordinal).Select(g => g.OrderByDescending(h => h.Village).First())
            .OrderByDescending(h => h.Words.Length).ThenBy(h => string.Join(' ', h.Words), StringComparer.Ordinal).ToList();
    }

    /// <summary>Position heads of position-heads.txt (the list the name tagger's features read), longest first; Village heads
    /// are followed by a place name before the person.</summary>
    public IReadOnlyList<(string[] Words, bool Village)> PositionHeads { get; }

    /// <summary>The heads with those the extractors add (extractor-position-heads.txt) grouped by their first word, longest
    /// first in each group, for lookup per word.</summary>
    public FrozenDictionary<string, IReadOnlyList<(string[] Words, bool Village)>> HeadsByFirstWord { get; }

    public FrozenSet<string> OrganisationWords { get; }

    public FrozenSet<string> StopWords { get; }

    /// <summary>The organisation words and those the person extractor adds (extractor-organisation-words.txt: firms' legal
    /// forms, English institution words, news outlets), which the name tagger's features do not read.</summary>
    public FrozenSet<string> ExtractorOrganisationWords { get; }

    /// <summary>The stop words and those the person extractor adds (extractor-stopwords.txt), unread by the tagger's features.</summary>
    public FrozenSet<string> ExtractorStopWords { get; }

    /// <summary>Countries' names as the press writes them, lower case ("vanuatu", "korea selatan"): no person's name.</summary>
    public FrozenSet<string> Countries { get; }

    /// <summary>Police and military ranks ("akbp", "kolonel"), one word each.</summary>
    public FrozenSet<string> Ranks { get; }

    /// <summary>Corps and service words that follow a rank ("pol", "tni", "inf", "purn").</summary>
    public FrozenSet<string> Corps { get; }

    /// <summary>Traditional, nobility and religious titles as word sequences, longest first ("raden mas", "raden").</summary>
    public IReadOnlyList<string[]> NobleTitles { get; }

    /// <summary>Short forms of public figures and their full names, both as <see cref="PersonMerger.Key"/> gives them.</summary>
    public FrozenDictionary<string, string> KnownAliases { get; }

    /// <summary><see cref="KnownAliases"/> turned round: a full name and its short forms.</summary>
    public FrozenDictionary<string, IReadOnlySet<string>> KnownAliasesByFull { get; }

    /// <summary>The titles of <see cref="NobleTitles"/> that are one word ("raden", not "sri" of "sri sultan").</summary>
    public FrozenSet<string> SingleWordTitles { get; }

    /// <summary>The first words of <see cref="NobleTitles"/>.</summary>
    public FrozenSet<string> NobleTitleWords { get; }

    /// <summary>Titles before a name: Drs, Dra, Dr, dr, Ir, H (Haji), Hj, Prof, KH, Tgk, Ustadz.</summary>
    public static FrozenSet<string> Honorifics { get; } = FrozenSet.Create(
        StringComparer.Ordinal, "drs", "dra", "dr", "ir", "h", "hj", "prof", "kh", "tgk", "ustadz", "ust", "habib", "buya", "drg", "apt", "ns", "dt", "datuk", "hc");

    /// <summary>Forms of address before a name that are not part of it.</summary>
    public static FrozenSet<string> Addresses { get; } = FrozenSet.Create(
        StringComparer.Ordinal, "bapak", "pak", "ibu", "bu", "sdr", "saudara", "saudari", "bung", "mas", "mbak", "kakak", "abang", "bang", "om", "tante", "kang", "cak", "teh", "akang");

    /// <summary>Academic and professional degrees written after a name (parts as the tokenizer splits them).</summary>
    public static FrozenSet<string> DegreeParts { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "s", "m", "b", "d", "a", "st", "mt", "si", "msi", "sh", "mh", "se", "me", "mm", "sos", "ssos", "pd", "spd", "mpd", "ip", "sip",
        "ap", "map", "kom", "skom", "ag", "sag", "mag", "com", "bcom", "ak", "ca", "cpa", "lc", "ma", "mba", "phd", "ph", "stp", "sstp",
        "kes", "mkes", "skm", "kep", "ked", "sked", "farm", "hum", "shum", "psi", "spsi", "ikom", "sikom", "tr", "ipm", "sp",
        "mp", "ec", "hi", "shi", "th", "sth", "pdi", "spdi", "e", "ssi", "sei", "mtr", "msc", "bsc", "eng", "i", "ii",
        "pt", "ds", "sn", "mn", "mhum", "mpa", "mpp", "mse", "msos", "mkn", "ssn", "strk", "sik", "psj", "fil", "sfil", "ba", "sm");

    /// <summary>The degree parts and those the person extractor adds, which the name tagger's features do not read: medical
    /// specialists' and health degrees ("dr Tatang Mulyana SpOG", "dr Darmawan Ismail Sp. BTKV", "MARS"), and the blessing written
    /// after the Prophet's name ("Nabi Muhammad SAW").</summary>
    public static FrozenSet<string> ExtractorDegreeParts { get; } = DegreeParts.Concat([
        "spog", "sppd", "spa", "spb", "spbs", "spjp", "spkj", "sps", "spm", "sprad", "spot", "spkk", "sptht", "spn", "spp", "spak", "mars", "mph", "mkm",
        "btkv", "og", "kj", "jp", "rad", "tht", "thtkl", "kfr", "saw"]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs that attribute a quote to the name that follows ("ujar Sekda Azan", "kata Oktaviano").</summary>
    public static FrozenSet<string> AttributionVerbs { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "ujar", "kata", "ungkap", "jelas", "tegas", "tutur", "terang", "papar", "imbuh", "sebut", "ucap", "tambah", "pungkas",
        "ucapnya", "tandas", "timpal", "seru", "pinta", "harap", "beber", "urai", "katanya", "ujarnya", "lanjut", "sambung",
        "menurut", "kata-nya", "tukas", "cetus", "aku");

    /// <summary>Abbreviated first names written with a period ("Moh. Fikri", "Abd. Rahman"): the name goes on after the period.</summary>
    public static FrozenSet<string> NameAbbreviations { get; } = FrozenSet.Create(
        StringComparer.Ordinal, "moh", "muh", "mhd", "moch", "mochd", "muhd", "abd", "ach", "sy", "st", "md", "mohd", "nur");

    /// <summary>Verbs that follow a name set off by commas ("Kepala desa itu, Kornelis, mengaku ...").</summary>
    public static FrozenSet<string> ReportingVerbs { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "mengatakan", "menyatakan", "mengaku", "menjelaskan", "menegaskan", "membenarkan", "membantah", "menyebutkan", "menyebut",
        "mengungkapkan", "menambahkan", "menuturkan", "meminta", "mengimbau", "mengingatkan", "berharap", "mengakui", "menilai",
        "menerangkan", "memaparkan", "mengklaim", "menampik", "menanggapi", "membeberkan", "mengungkap", "menuding", "menduga",
        "menyampaikan", "menekankan", "menginstruksikan", "memastikan", "mengapresiasi", "menandaskan", "mengharapkan", "menyayangkan");

    /// <summary>Words after "akun" that are not the account holder ("akun tersebut", "akun Facebook").</summary>
    public static FrozenSet<string> AccountNoise { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "tersebut", "itu", "ini", "yang", "milik", "media", "sosial", "facebook", "fb", "instagram", "ig", "tiktok", "twitter", "x",
        "whatsapp", "wa", "resmi", "pribadi", "palsu", "anonim", "diduga", "atas", "nama", "bernama", "medsos", "youtube", "akun",
        "dengan", "dan", "juga", "pun", "asn", "pns", "miliknya", "tsb", "nya");
}

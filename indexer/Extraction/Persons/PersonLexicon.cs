using System.Collections.Frozen;

namespace NetralitasSearch.Indexer.Extraction.Persons;

/// <summary>The word lists of the person extractor (see the files under Data/ for where they come from).</summary>
internal sealed class PersonLexicon
{
    private static readonly Lazy<PersonLexicon> Shared = new(() => new PersonLexicon());

    private PersonLexicon()
    {
        var heads = new List<(string[] Words, bool Village)>();
        foreach (var line in EmbeddedData.ReadLines("Persons/Data/position-heads.txt"))
        {
            var village = line.StartsWith("village:", StringComparison.Ordinal);
            var text = village ? line["village:".Length..] : line;
            heads.Add((text.Split(' ', StringSplitOptions.RemoveEmptyEntries), village));
        }

        PositionHeads = heads.OrderByDescending(h => h.Words.Length).ToList();
        HeadsByFirstWord = PositionHeads.GroupBy(h => h.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<(string[] Words, bool Village)>)g.ToList(), StringComparer.Ordinal);
        OrganisationWords = EmbeddedData.ReadLines("Persons/Data/organisation-words.txt").ToFrozenSet(StringComparer.Ordinal);
        StopWords = EmbeddedData.ReadLines("Persons/Data/name-stopwords.txt").ToFrozenSet(StringComparer.Ordinal);
    }

    public static PersonLexicon Default => Shared.Value;

    /// <summary>Position heads, longest first; Village heads are followed by a place name before the person.</summary>
    public IReadOnlyList<(string[] Words, bool Village)> PositionHeads { get; }

    /// <summary>The heads grouped by their first word, longest first in each group, for lookup per word.</summary>
    public FrozenDictionary<string, IReadOnlyList<(string[] Words, bool Village)>> HeadsByFirstWord { get; }

    public FrozenSet<string> OrganisationWords { get; }

    public FrozenSet<string> StopWords { get; }

    /// <summary>Titles before a name: Drs, Dra, Dr, dr, Ir, H (Haji), Hj, Prof, KH, Tgk, Ustadz.</summary>
    public static FrozenSet<string> Honorifics { get; } = FrozenSet.Create(
        StringComparer.Ordinal, "drs", "dra", "dr", "ir", "h", "hj", "prof", "kh", "tgk", "ustadz", "ust", "habib", "buya", "drg", "apt", "ns", "dt", "datuk", "hc");

    /// <summary>Forms of address before a name that are not part of it.</summary>
    public static FrozenSet<string> Addresses { get; } = FrozenSet.Create(
        StringComparer.Ordinal, "bapak", "pak", "ibu", "bu", "sdr", "saudara", "saudari", "bung", "mas", "mbak", "kakak", "abang", "bang", "om", "tante");

    /// <summary>Academic and professional degrees written after a name (parts as the tokenizer splits them).</summary>
    public static FrozenSet<string> DegreeParts { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "s", "m", "b", "d", "a", "st", "mt", "si", "msi", "sh", "mh", "se", "me", "mm", "sos", "ssos", "pd", "spd", "mpd", "ip", "sip",
        "ap", "map", "kom", "skom", "ag", "sag", "mag", "com", "bcom", "ak", "ca", "cpa", "lc", "ma", "mba", "phd", "ph", "stp", "sstp",
        "kes", "mkes", "skm", "kep", "ked", "sked", "farm", "hum", "shum", "psi", "spsi", "ikom", "ikom", "sikom", "tr", "ipm", "sp",
        "mp", "ec", "hi", "shi", "th", "sth", "pdi", "spdi", "e", "ssi", "sei", "mtr", "msc", "bsc", "eng", "i", "ii",
        "pt", "ds", "sn", "mn", "mhum", "mpa", "mpp", "mse", "msos", "mkn", "ssn");

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

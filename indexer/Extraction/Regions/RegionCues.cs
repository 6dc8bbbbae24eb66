using System.Collections.Frozen;

namespace NetralitasSearch.Indexer.Extraction.Regions;

/// <summary>
/// The words just before a place name that say what it is: "Kabupaten", "Pemkab", "Bupati" a regency;
/// "Kota", "Pemkot", "Wali Kota" a city; "Provinsi", "Gubernur" a province; "Kecamatan", "Camat" a district.
/// Blockers ("Desa", "Jalan", "Kelurahan") mean the name is a village or a street, not the region.
/// </summary>
internal static class RegionCues
{
    public static FrozenDictionary<string, RegionKind> Cues { get; } = new Dictionary<string, RegionKind>(StringComparer.Ordinal)
    {
        ["kabupaten"] = RegionKind.Regency,
        ["kab"] = RegionKind.Regency,
        ["pemkab"] = RegionKind.Regency,
        ["bupati"] = RegionKind.Regency,
        ["wabup"] = RegionKind.Regency,
        ["kabupatennya"] = RegionKind.Regency,
        ["kota"] = RegionKind.City,
        ["pemkot"] = RegionKind.City,
        ["walikota"] = RegionKind.City,
        ["wawali"] = RegionKind.City,
        ["wawako"] = RegionKind.City,
        ["kotamadya"] = RegionKind.City,
        ["kodya"] = RegionKind.City,
        ["pemkota"] = RegionKind.City,
        ["provinsi"] = RegionKind.Province,
        ["prov"] = RegionKind.Province,
        ["pemprov"] = RegionKind.Province,
        ["gubernur"] = RegionKind.Province,
        ["wagub"] = RegionKind.Province,
        ["propinsi"] = RegionKind.Province,
        // The election names the kind of region: "Pilwalkot Semarang" is the city, "Pilbup Kediri" the regency.
        ["pilbup"] = RegionKind.Regency,
        ["pilwalkot"] = RegionKind.City,
        ["pilwali"] = RegionKind.City,
        ["pilwakot"] = RegionKind.City,
        ["pilgub"] = RegionKind.Province,
        ["kecamatan"] = RegionKind.District,
        ["kec"] = RegionKind.District,
        ["camat"] = RegionKind.District,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static FrozenSet<string> Blockers { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "desa", "kelurahan", "kampung", "dusun", "jalan", "jl", "gang", "gg", "nagari", "gampong", "pekon", "lorong",
        "perumahan", "komplek", "kompleks", "dukuh", "hotel", "gunung", "sungai", "nasi", "kades", "lurah", "jln", "selat",
        "teluk", "tanjung", "banjar", "lingkungan", "rt", "rw",
        // A river is no place either ("Sungai Bengawan Solo").
        "bengawan",
        // Nor is a lake named after the regency around it ("Danau Toba", "Danau Poso"): it lies in several.
        "danau",
        // Institutions and things named after a place are not the place ("Universitas Jember", "Bank Jatim", "Nasi Padang").
        "universitas", "univ", "institut", "politeknik", "akademi", "stikes", "stie", "uin", "iain", "bank", "nasi", "soto", "sate",
        "rendang", "pt", "cv", "kri", "kapal", "persatuan",
        // A cuisine is no place ("rumah makan Padang", "masakan Padang").
        "makan", "masakan", "restoran",
        // Nor is a breed ("domba Garut", "sapi Bali").
        "domba", "sapi", "kambing", "kerbau", "kuda", "ayam", "itik", "bebek");

    /// <summary>
    /// Words before a regency's name that make it a people, a former kingdom or a culture ("Kesultanan Buton", "pakaian
    /// adat Buton", "suku Mentawai"), not the regency; "orang Buton" then means the people too. A province's name stays the
    /// province ("adat Bali").
    /// </summary>
    public static FrozenSet<string> CultureWords { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "suku", "adat", "kesultanan", "kerajaan", "bahasa", "tradisional", "etnis");

    /// <summary>
    /// Local branches of national institutions that the press names with the place they serve ("Kepala Basarnas Ternate",
    /// "Danlanal Banyuwangi", "Mapolres Binjai", "Kapolrestabes Semarang"): like "Polres" and "Bawaslu", the place is the
    /// region, not part of another proper name.
    /// </summary>
    public static FrozenSet<string> StateBranches { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "basarnas", "sar", "lanal", "danlanal", "lanud", "danlanud", "bnn", "bnnk", "bnnp", "kejati", "kajati", "lapas", "rutan",
        "mapolres", "mapolresta", "mapolrestabes", "polrestabes", "kapolrestabes", "wakapolrestabes", "mapolsek", "imigrasi",
        "kppn", "bps", "bpn", "bmkg", "kemenag", "kanwil", "samsat", "kpp");

    /// <summary>City cues that also open the name of a town or a nickname ("Kota Timika", "Kota Kembang"): no misspelt
    /// name is read after them.</summary>
    public static FrozenSet<string> CityTownWords { get; } = FrozenSet.Create(StringComparer.Ordinal, "kota", "kotamadya", "kodya");

    /// <summary>The points of the compass that end region names ("Jakarta Utara", "Sulawesi Tenggara", "Sumba Barat Daya").</summary>
    public static FrozenSet<string> CompassWords { get; } = FrozenSet.Create(
        StringComparer.Ordinal, "utara", "selatan", "timur", "barat", "tengah", "tenggara", "daya", "laut");

    /// <summary>Words that open the name of a road or a route ("Jalan Raya Nganjuk - Madiun", "Tol Pejagan-Pemalang",
    /// "jurusan Surabaya - Solo"): the places after them are its ends, not where the text puts something.</summary>
    public static FrozenSet<string> RouteWords { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "jalan", "jl", "jln", "tol", "ruas", "jalur", "jurusan", "rute", "trayek", "lintas", "jalinsum", "jalintim");

    /// <summary>Words of a railway, a flight or a trip before the places it joins ("kereta api Bogor-Sukabumi", "Double Track
    /// Bogor-Sukabumi", "penerbangan Jakarta-Pekanbaru", "relasi Bekasi-Jakarta Kota", "sopir truk ekspedisi Jakarta-Surabaya").</summary>
    public static FrozenSet<string> TravelWords { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "kereta", "track", "rel", "ka", "krl", "lrt", "mrt", "penerbangan", "pesawat", "perjalanan", "relasi", "cepat", "semicepat", "ekspedisi",
        "melintas", "tujuan", "penghubung", "koridor", "seksi", "mudik", "bus", "bolak-balik");
}

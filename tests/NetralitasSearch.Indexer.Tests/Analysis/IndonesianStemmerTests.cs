using NetralitasSearch.Indexer.Analysis;

namespace NetralitasSearch.Indexer.Tests.Analysis;

/// <summary>
/// Word → stem pairs from Indonesian morphology (meN-/peN- sound changes, confixes ke-an, per-an, di-kan,
/// particles and possessives), written for this project from the rules of Tata Bahasa Baku Bahasa Indonesia.
/// </summary>
public sealed class IndonesianStemmerTests
{
    [Theory]
    [InlineData("menetralkan", "netral")]
    [InlineData("netralitas", "netral")]
    [InlineData("kenetralan", "netral")]
    [InlineData("mendukung", "dukung")]
    [InlineData("dukungan", "dukung")]
    [InlineData("pendukung", "dukung")]
    [InlineData("didukung", "dukung")]
    [InlineData("pemilihan", "pilih")]
    [InlineData("memilih", "pilih")]
    [InlineData("kepolisian", "polisi")]
    [InlineData("pelanggaran", "langgar")]
    [InlineData("pelantikan", "lantik")]
    [InlineData("pelantikannya", "lantik")]
    [InlineData("dilantik", "lantik")]
    [InlineData("pelaporan", "lapor")]

    // Stems ending in -ai are not a shorter stem + -i: "memakai" was maka (+ -i), "dinilai" nila, "memulai" pula.
    [InlineData("memakai", "pakai")]
    [InlineData("dipakai", "pakai")]
    [InlineData("menilai", "nilai")]
    [InlineData("dinilai", "nilai")]
    [InlineData("penilaian", "nilai")]
    [InlineData("memulai", "mulai")]
    [InlineData("dimulai", "mulai")]
    [InlineData("mencapai", "capai")]

    // ... while a stem in -a with the suffix -i keeps it apart.
    [InlineData("menandai", "tanda")]
    [InlineData("ditandai", "tanda")]
    [InlineData("menguasai", "kuasa")]
    [InlineData("memasuki", "masuk")]
    [InlineData("memakan", "makan")]

    // A shorter vocabulary word inside a verb is not its stem: "memberikan" was ikan (me- + ber- + ikan), "mencari" car,
    // "mengurus" kurus, "memohon" pohon, "memenuhi" tuh. ber- does not stack under meN-, di- or peN-, and a meN- reading
    // whose di- passive nobody writes gives way to one whose passive is written.
    [InlineData("memberikan", "beri")]
    [InlineData("diberikan", "beri")]
    [InlineData("pemberian", "beri")]
    [InlineData("memberhentikan", "berhenti")]
    [InlineData("diberhentikan", "berhenti")]
    [InlineData("pemberitaan", "berita")]
    [InlineData("membersihkan", "bersih")]
    [InlineData("mencari", "cari")]
    [InlineData("dicari", "cari")]
    [InlineData("mengurus", "urus")]
    [InlineData("memohon", "mohon")]
    [InlineData("menonton", "tonton")]
    [InlineData("ditanggapi", "tanggap")]
    [InlineData("memperbaiki", "baik")]
    [InlineData("memenuhi", "penuh")]

    // -tah is not read as the literary particle: "membantah" was ban, "perintah" rin.
    [InlineData("membantah", "bantah")]
    [InlineData("dibantah", "bantah")]
    [InlineData("perintah", "perintah")]
    [InlineData("memerintah", "perintah")]

    // peN- + per- ("pemer-") only for a stem whose memper- verb is written: "pemerasan" was asan, "pemerataan" ata.
    [InlineData("pemerasan", "peras")]
    [InlineData("memeras", "peras")]
    [InlineData("pemerataan", "merata")]
    [InlineData("pemersatu", "satu")]
    [InlineData("pemerhati", "hati")]
    [InlineData("pemeriksaan", "periksa")]

    // A particle comes off only when what is left is written at least as often: "langkah" was lang + -kah, "menikah"
    // men, "bersekolah" seko, "majalah" maja.
    [InlineData("langkah", "langkah")]
    [InlineData("melangkah", "langkah")]
    [InlineData("menikah", "nikah")]
    [InlineData("bersekolah", "sekolah")]
    [InlineData("majalah", "majalah")]
    [InlineData("berjumlah", "jumlah")]
    [InlineData("bisakah", "bisa")]
    [InlineData("siapakah", "siapa")]
    [InlineData("bukanlah", "bukan")]
    [InlineData("dipenuhi", "penuh")]
    [InlineData("kepemimpinan", "pimpin")]
    [InlineData("keterlibatan", "terlibat")]
    [InlineData("pelajaran", "ajar")]
    [InlineData("pelajar", "ajar")]
    [InlineData("melanggar", "langgar")]
    [InlineData("mengunggah", "unggah")]
    [InlineData("unggahan", "unggah")]
    [InlineData("menyukai", "suka")]
    [InlineData("menuliskan", "tulis")]
    [InlineData("keberpihakan", "pihak")]
    [InlineData("memihak", "pihak")]
    [InlineData("diperhatikan", "hati")]
    [InlineData("pemerintahan", "perintah")]
    [InlineData("kebijakan", "bijak")]
    [InlineData("berkampanye", "kampanye")]
    [InlineData("kampanyenya", "kampanye")]
    public void StemsAffixedWordsToTheirRoot(string word, string stem) =>
        Assert.Equal(stem, IndonesianAnalyzer.Default.Normalize(word));

    [Theory]
    [InlineData("pemilu")]
    [InlineData("menteri")]
    [InlineData("ketua")]
    [InlineData("kepala")]
    [InlineData("berita")]
    [InlineData("sanksi")]
    [InlineData("kampanye")]
    public void LeavesRootsThatLookAffixedAlone(string word) =>
        Assert.Equal(word, IndonesianAnalyzer.Default.Normalize(word));

    [Theory]
    [InlineData("Bekasi", "bekasi")]
    [InlineData("Kediri", "kediri")]
    [InlineData("Pati", "pati")]
    [InlineData("Lubuklinggau", "lubuklinggau")]
    public void NeverStemsPlaceNames(string word, string expected) =>
        Assert.Equal(expected, IndonesianAnalyzer.Default.Normalize(word));

    [Fact]
    public void BekasiDoesNotMeetBekas() =>
        Assert.NotEqual(IndonesianAnalyzer.Default.Normalize("Bekasi"), IndonesianAnalyzer.Default.Normalize("bekas"));

    /// <summary>A district or an urban village is not its head: "camat" must not find every "Kecamatan X" of a dateline.</summary>
    [Theory]
    [InlineData("kecamatan", "camat")]
    [InlineData("Kecamatannya", "camat")]
    [InlineData("kelurahan", "lurah")]
    public void AnAdministrativeUnitIsNotItsHead(string unit, string head) =>
        Assert.NotEqual(IndonesianAnalyzer.Default.Normalize(head), IndonesianAnalyzer.Default.Normalize(unit));
}

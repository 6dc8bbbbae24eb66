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
}

namespace NetralitasSearch.Indexer.Tests.Extraction.Regions;

/// <summary>
/// Places read in context. The rows are real sentences (CLICK-ID, William &amp; Sari 2020, doi:10.17632/k42j7x2kpn.1,
/// CC BY 4.0; the development part) and, for the names the issue lists (OKI, Karo, Bima Haria Wibisana), sentences written
/// the way the national press writes them. Each row says which regencies, cities and provinces a reader assigns.
/// </summary>
public sealed class RegionContextTests
{
    [Theory]

    // An acronym that is also an organisation's: OKI the Organisation of Islamic Cooperation, everywhere in the text.
    [InlineData("Menteri Luar Negeri hadir dalam pertemuan Organisasi Kerja Sama Islam (OKI) di Jeddah. Negara-negara anggota OKI sepakat mendukung Palestina.", "")]
    [InlineData("Bupati Ogan Komering Ilir (OKI) Iskandar meninjau banjir di Kayuagung.", "Ogan Komering Ilir")]

    // "Karo" as Kepala Biro, before an office and as the abbreviation in brackets; the regency with its cue.
    [InlineData("Kepala Biro (Karo) Humas BKN Mohammad Ridwan mengatakan, BKN masih menunggu aturan pelaksana.", "")]
    [InlineData("Karo Ops Polda Kalbar Kombes Jayadi turut mendampingi Wakapolda Kalbar.", "Kalimantan Barat")]
    [InlineData("Bupati Karo Terkelin Brahmana meninjau lokasi erupsi Sinabung.", "Karo")]

    // A person's name that starts like a regency.
    [InlineData("Kepala BKN Bima Haria Wibisana mengatakan seleksi berjalan sesuai jadwal.", "")]
    [InlineData("Presenter Bima Aryo mengakui kalau anjingnya menggigit seorang pengendara sepeda.", "")]
    [InlineData("Pada kesempatan itu, Pangerang Daeng Bone selaku Camat Sindue merasa bersyukur dengan keberadaan masjid tersebut.", "Donggala")]

    // A smaller place named like a regency, before the district or city it lies in.
    [InlineData("Seperti nama Yusrianto yang hanya seorang tukang galon di kawasan Jombang, Ciputat, Tangerang Selatan.", "Kota Tangerang Selatan")]
    [InlineData("ujar Laode di Gedung Merah Putih KPK, Kuningan, Jakarta, Selasa (24/9).", "Daerah Khusus Ibukota Jakarta")]

    // Clubs and institutions named after a place; a place named where something is.
    [InlineData("Selain dua mantan pemain Persib Bandung itu, Irfan Bachdim juga membantu timnya.", "")]
    [InlineData("Nurul Ghufron (Dosen Universitas Jember) dan I Nyoman Wara (Auditor BPK) menjalani uji kelayakan.", "")]
    [InlineData("Sebanyak 61 orang tokoh Papua bertemu di Istana Merdeka Jakarta bersama Presiden Joko Widodo.", "Papua|Daerah Khusus Ibukota Jakarta")]

    // A short form of a region the text names in full; peers stay peers.
    [InlineData("Bupati Bone Bolango Hamim Pou menyiapkan anggaran untuk menanggung iuran BPJS Kesehatan bagi warga Bone.", "Bone Bolango")]
    [InlineData("Laporan tersebut tersebar di Tabanan, Badung, Gianyar dan Buleleng.", "Tabanan|Badung|Gianyar|Buleleng")]
    [InlineData("Pekan Nasional yang ke-17 tahun 2020 di Padang.", "Kota Padang")]
    public void AssignsThePlacesAReaderWould(string text, string expected)
    {
        var entities = Extract.From(text);
        var places = entities.Regencies.Select(r => r.Region.DisplayName).Concat(entities.Provinces.Select(p => p.DisplayName));

        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), places);
    }

    [Theory]
    [InlineData("Bupati Musi Rawas Ratna Machmud meminta ASN netral.", "Musi Rawas", "'Musi Rawas': the cue 'Bupati' before it")]
    [InlineData("Kapolres Musi Rawas (Mura) AKBP Suhendro membenarkan adanya dugaan penganiayaan tersebut.", "Musi Rawas", "'Mura': a press name of Musi Rawas")]
    [InlineData("Warga di Kecamatan Tugumulyo resah.", "Musi Rawas", "'Tugumulyo': a district found in Musi Rawas only")]
    [InlineData("Pemilihan wali kota digelar di Kota Bekasi. Sementara itu warga Bekasi lainnya menonton.", "Kota Bekasi", "'Bekasi': a regency and a city share the name; the text's cue for Kota Bekasi decides")]
    public void RecordsWhyAPlaceWasAssigned(string text, string place, string evidence)
    {
        var entities = Extract.From(text);
        var region = Assert.Single(entities.PlaceEvidence.Keys, r => r.DisplayName == place);

        Assert.Contains(evidence, entities.PlaceEvidence[region]);
    }
}

using NetralitasSearch.Indexer.Extraction.Violations;

namespace NetralitasSearch.Indexer.Tests.Extraction.Violations;

/// <summary>
/// Incidents, appeals and rules read from the sentence that reports them. The incident rows are sentences of the bundled
/// samples and the development set (fictional, written for the project: the real corpus holds almost no neutrality
/// case), the rows without a case are real CLICK-ID sentences (William &amp; Sari 2020, CC BY 4.0) on ASN, Pilkada and
/// village heads.
/// </summary>
public sealed class ViolationExtractorTests
{
    [Theory]

    // A camat's official car at a campaign, a Bawaslu sanction recommendation: incidents, not appeals.
    [InlineData("Viral Mobil Dinas Camat Terparkir di Lokasi Kampanye, Bawaslu Kota Bekasi Turun Tangan",
        "Sebuah video yang memperlihatkan mobil dinas berpelat merah terparkir di dekat panggung kampanye salah satu pasangan calon wali kota Bekasi ramai diperbincangkan warganet. Mobil itu disebut-sebut sebagai kendaraan operasional seorang camat di wilayah utara Kota Bekasi berinisial AS.",
        "state-facilities")]
    [InlineData("Hadiri Deklarasi Bakal Calon Wali Kota, Lima ASN Kota Kupang Direkomendasikan Disanksi ke BKN",
        "Bawaslu Kota Kupang merekomendasikan sanksi terhadap lima aparatur sipil negara (ASN) di lingkungan Pemerintah Kota Kupang yang terbukti menghadiri acara deklarasi salah satu bakal calon wali kota.",
        "campaign-attendance")]
    [InlineData("Sukai Unggahan Facebook Paslon, Tiga ASN di Musi Rawas Dipanggil Bawaslu",
        "Bawaslu Kabupaten Musi Rawas memanggil tiga aparatur sipil negara (ASN) yang diduga memberikan tanda suka (like) dan komentar dukungan pada unggahan akun Facebook salah satu pasangan calon bupati.",
        "social-media")]
    [InlineData("Kepala Desa Nyatakan Dukungan di Panggung Kampanye, Bawaslu Kabupaten Malang Lakukan Penelusuran",
        "Kepala desa berinisial SW dari salah satu desa di wilayah selatan Kabupaten Malang itu diduga menyatakan dukungan secara terbuka di atas panggung kampanye pertemuan terbatas.",
        "declaration-of-support|village-officials")]
    [InlineData("Kades di Weleri Masuk Tim Kampanye, Bawaslu Kendal Rekomendasikan Sanksi",
        "Bawaslu Kabupaten Kendal merekomendasikan sanksi kepada Bupati Kendal terhadap seorang kepala desa di Kecamatan Weleri yang terbukti tercatat sebagai anggota tim kampanye salah satu pasangan calon bupati.",
        "declaration-of-support|village-officials")]

    // No case: a kades scandal, a pilkades campaign, ASN's private video, an ASN running for mayor.
    [InlineData("Wanita Penghibur Hamil Usai Hubungan Badan, Oknum Kades di Pasuruan Tolak Akui Jabang Bayi Anaknya",
        "Oknum kepala desa berinisiap BS, seorang kepala desa di Kecamatan Sukorejo dituding menghamili seorang perempuan asal Blitar bernama Bibi (nama samaran).", "")]
    [InlineData("Unik, Saudara Kembar Ini Sama-sama Dilantik Jadi Kepala Desa di Gresik",
        "Suwandi pun mengaku, saling mendukung dengan Suwoto atas apa yang dilakukan, termasuk pada saat masa kampanye dalam Pilkades kemarin.", "")]
    [InlineData("Gara-Gara Posting Dana Desa di Medsos, Aktivis Kampus Ditusuk OTK",
        "\"Adik saya itu sering memposting mengenai dana desa di akun facebook-nya. Tidak tahu kenapa mungkin Kades tersinggung, dan menyuruh anak buahnya mengeroyok Dodi,\" jelas Rifandi.", "")]
    [InlineData("Ambil Formulir Pilkada Tangsel dari PDI-P, Azizah Sudah Izin Ma'ruf Amin",
        "\"Sudah komunikasi dengan Abah dan selalu mendukung,\" ujar Ketua Tim Pemenangan Azizah, Deni Charter saat dihubungi, Selasa (10/9/2019).", "")]

    // A denial is no case.
    [InlineData("Camat Membantah", "Camat itu membantah hadir dalam kampanye pasangan calon bupati, ia mengaku hanya singgah untuk salat.", "")]
    public void FindsTheKindsOfTheIncidentsReported(string title, string text, string expected)
    {
        var entities = Extract.From(text, title);

        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), entities.Incidents.Select(i => ViolationKinds.Id(i.Kind)).Order());
    }

    [Theory]
    [InlineData("Sekda OKU Ingatkan ASN Jaga Netralitas Jelang Pilkada 2024",
        "Sekretaris Daerah OKU mengingatkan seluruh aparatur sipil negara (ASN) di lingkungan Pemkab OKU untuk menjaga netralitas menjelang Pilkada serentak 2024.",
        "appeal", "appeal")]
    [InlineData("Isi Surat Edaran Pj Wali Kota Jambi soal Netralitas ASN",
        "Surat edaran itu menegaskan ASN dilarang memberikan dukungan melalui media sosial kepada pasangan calon. ASN yang terbukti melanggar akan dijatuhi hukuman disiplin.",
        "appeal|rule", "appeal")]
    [InlineData("Bawaslu Kendal Rekomendasikan Sanksi untuk Kades",
        "Bawaslu Kabupaten Kendal merekomendasikan sanksi terhadap seorang kepala desa yang terbukti tercatat sebagai anggota tim kampanye salah satu pasangan calon bupati. Kepala desa dilarang menjadi pengurus partai politik dan terlibat dalam kampanye sebagaimana diatur dalam UU Desa.",
        "incident|rule", "declaration-of-support|village-officials")]
    [InlineData("Serahkan Formulir Balon Wali Kota, Sekda Tangsel Tak Izin Airin",
        "Muhamad mengaku belum izin kepada Wali Kota Tangsel. Dia berharap ASN Tangsel dapat tetap solid dan netral dalam Pilkada 2020. \"ASN harus tetap netral. Jangan ikut-ikutan politik,\" tukasnya.",
        "appeal", "")]
    public void TellsIncidentsAppealsAndRulesApart(string title, string text, string modes, string violations)
    {
        var entities = Extract.From(text, title);

        Assert.Equal(modes.Split('|'), entities.Modes.Select(ViolationKinds.Id));
        Assert.Equal(violations.Length == 0 ? [] : violations.Split('|'), entities.Violations.Select(v => ViolationKinds.Id(v.Kind)).Order());
    }
}

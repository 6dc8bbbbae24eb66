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

    // Issue 18 (development sets ExtractionIncidentsDev and Extraction). One of a counted group is an actor.
    [InlineData("Tiga PNS Pemkot Bitung Dijatuhi Sanksi karena Tidak Netral di Pilkada",
        "Tiga pegawai negeri sipil di lingkungan Pemerintah Kota Bitung dijatuhi sanksi disiplin. Kepala BKPSDM Kota Bitung menjelaskan sanksi itu merupakan tindak lanjut rekomendasi BKN. Seorang di antaranya, staf Dinas Perhubungan, kedapatan menghadiri kampanye akbar salah satu calon wali kota di Lapangan Kadoodan. Dua lainnya, guru SMP, mengunggah video dukungan kepada paslon di akun TikTok masing-masing.",
        "campaign-attendance|social-media")]

    // A recap counts its cases, also in percent and with "berupa"; a statement of what usually happens is none.
    [InlineData("KASN: Laporan Pelanggaran Netralitas ASN Didominasi Kampanye di Media Sosial",
        "Asisten Komisioner KASN Bidang Pengawasan Netralitas mengatakan jenis pelanggaran terbanyak adalah kampanye atau sosialisasi di media sosial, yang mencapai 43 persen. Disusul oleh menghadiri kegiatan yang mengarah pada keberpihakan kepada peserta pemilu, sekitar 21 persen.",
        "campaign-attendance|social-media")]
    [InlineData("Bawaslu Jatim Catat 41 Dugaan Pelanggaran Netralitas ASN Selama Kampanye",
        "Anggota Bawaslu Jatim merinci pelanggaran paling banyak berupa unggahan dan komentar dukungan di media sosial, yakni 18 kasus.",
        "social-media")]
    [InlineData("Webinar Netralitas di Kota Sukabumi: Media Sosial Jadi Titik Rawan ASN",
        "Ia menjelaskan, berdasarkan pengalaman pemilu sebelumnya, pelanggaran yang paling sering ditemukan di berbagai daerah adalah unggahan di media sosial, kehadiran dalam kampanye, dan keterlibatan kepala desa.", "")]

    // Spreading campaign material in a group and sharing a schedule are posts; so is an upload to one's own account, not
    // the evidence a citizen uploaded.
    [InlineData("Sebar Materi Kampanye di Grup WhatsApp Dinas, Dua ASN di Sambas Direkomendasikan Sanksi",
        "Bawaslu Kabupaten Sambas merekomendasikan sanksi terhadap dua Aparatur Sipil Negara (ASN) yang terbukti menyebarkan materi kampanye salah satu pasangan calon gubernur Kalimantan Barat di grup WhatsApp resmi kantor.",
        "social-media")]
    [InlineData("Lima ASN Kota Kupang Direkomendasikan Disanksi",
        "Lima ASN Kota Kupang terbukti berfoto bersama bakal calon wali kota. Foto-foto itu kemudian diunggah ke media sosial masing-masing,\" ujar Yohanes.",
        "social-media")]
    [InlineData("Kades di Muba Nyatakan Dukungan kepada Paslon saat Sambutan Acara Desa",
        "Seorang kepala desa di Kecamatan Babat Toman, Musi Banyuasin, secara terbuka menyatakan dukungannya kepada salah satu pasangan calon bupati saat memberikan sambutan dalam acara sedekah desa. Pernyataan itu direkam warga dan diunggah ke TikTok.",
        "declaration-of-support|village-officials")]

    // Aid branded with a candidate favours the candidate; a gift handed to ASN families is a gift to ASN.
    [InlineData("Paket Bansos Berstiker Paslon Petahana Dibagikan di Kampar, Kadis Sosial Dilaporkan",
        "Kepala Dinas Sosial Kabupaten Kampar dilaporkan ke Bawaslu. Ia diduga membagikan paket bantuan sosial beras yang ditempeli stiker bergambar pasangan calon petahana di Kecamatan Tambang.",
        "favouring-decision")]
    [InlineData("Paket Sembako untuk Istri ASN dalam Pertemuan Dharma Wanita di Sinjai Dipersoalkan",
        "Pembagian paket sembako dalam pertemuan Dharma Wanita Persatuan di salah satu kantor dinas di Sinjai dipersoalkan. Paket yang dibagikan kepada puluhan istri ASN itu disertai kartu bergambar pasangan calon bupati dan ajakan memilih.",
        "gifts-to-asn")]

    // A school's hall is a state facility; a candidate's gathering is a campaign event.
    [InlineData("Aula SMA Negeri di Tidore Dipakai untuk Pertemuan Tim Paslon, Kepsek Dipanggil",
        "Aula sebuah SMA negeri di Kota Tidore Kepulauan digunakan untuk pertemuan relawan salah satu pasangan calon gubernur Maluku Utara. Kepala sekolah yang memberi izin pemakaian aula itu kini dipanggil Bawaslu.",
        "state-facilities")]
    [InlineData("Terekam Video di Acara Silaturahmi Paslon, Camat di Probolinggo Diklarifikasi",
        "Seorang camat di Kabupaten Probolinggo terekam video saat berada di acara silaturahmi salah satu pasangan calon bupati di Kecamatan Paiton.",
        "campaign-attendance")]

    // Village officials with a candidate named in full, and a village secretary in a success-team decree.
    [InlineData("Unggah Foto Berpose Jari Bersama Calon Wali Kota, Lurah di Palu Diperiksa",
        "Seorang lurah di Kecamatan Palu Barat diperiksa Bawaslu Kota Palu setelah mengunggah foto dirinya berpose dua jari bersama salah satu calon wali kota di akun Facebook pribadinya.",
        "social-media|village-officials")]
    [InlineData("Nama Sekdes Tercantum dalam SK Tim Sukses, Bawaslu Banyuwangi Lakukan Penelusuran",
        "Nama seorang sekretaris desa (sekdes) di Kecamatan Genteng tercantum dalam surat keputusan tim pemenangan salah satu pasangan calon bupati Banyuwangi.",
        "declaration-of-support|village-officials")]

    // Issue 18, ExtractionIncidentsCheck: a profile photo, a selfie, a live broadcast, comments on YouTube are posts.
    [InlineData("Pasang Foto Profil WhatsApp Bergambar Paslon, Guru PNS di Sumbawa Ditegur",
        "Seorang guru berstatus PNS di sebuah SMP negeri di Kecamatan Moyo Hilir, Kabupaten Sumbawa, ditegur Panwaslu Kecamatan setelah memasang foto profil WhatsApp bergambar pasangan calon bupati.",
        "social-media")]
    [InlineData("ASN Pemkot Jambi Siaran Langsung di TikTok dari Lokasi Kampanye Akbar",
        "Bawaslu Kota Jambi memeriksa seorang aparatur sipil negara di lingkungan Pemerintah Kota Jambi yang melakukan siaran langsung melalui akun TikTok pribadinya dari lokasi kampanye akbar salah satu pasangan calon wali kota.",
        "campaign-attendance|social-media")]
    [InlineData("Tulis Komentar Dukungan di Kanal YouTube Paslon, Dua ASN Kota Padang Diperiksa",
        "Dua ASN di lingkungan Pemko Padang diperiksa Bawaslu Kota Padang karena menulis komentar dukungan pada video kampanye yang diunggah kanal YouTube salah satu pasangan calon wali kota.",
        "social-media")]

    // A meeting room of a dinas used, an official car with "-nya", a mutation written as a verb.
    [InlineData("Ruang Rapat Dinas Pertanian Lahat Dipakai Rapat Tim Pemenangan",
        "Ruang rapat Dinas Pertanian Kabupaten Lahat diduga dipakai untuk rapat tim pemenangan salah satu pasangan calon bupati pada Selasa (22/10/2024) malam.",
        "state-facilities")]
    [InlineData("Panwascam di Bandar Lampung Catat Tiga Temuan Netralitas",
        "Panwascam Kedaton mencatat tiga temuan dugaan pelanggaran netralitas sepanjang Oktober. Dua ASN kedapatan menghadiri kampanye pasangan calon wali kota, sedangkan seorang lurah memasang stiker paslon di mobil dinasnya.",
        "campaign-attendance|state-facilities|village-officials")]
    [InlineData("Pj Bupati Sigi Memutasi 40 Kepala Sekolah Jelang Pencoblosan, Bawaslu Minta Penjelasan",
        "Bawaslu Kabupaten Sigi meminta penjelasan Pj Bupati Sigi yang memutasi 40 kepala sekolah tiga pekan sebelum hari pemungutan suara.",
        "favouring-decision")]

    // An official running as the candidate (real, CLICK-ID development quarter) is no case.
    [InlineData("Pengakuan 3 Pejabat Maju Calon Wali Kota Tangerang Selatan",
        "Lurah Cipayung, Tomi Patria mengatakan dirinya sudah meminta izin ke atasannya untuk maju menjadi bakal calon Wali Kota Tangerang Selatan yakni ke Camat Ciputat.", "")]
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
    [InlineData("Apel Netralitas di Sumenep, Bupati Singgung Dua ASN yang Unggah Status WhatsApp Paslon",
        "Pemerintah Kabupaten Sumenep menggelar apel netralitas aparatur sipil negara di halaman Kantor Bupati. Ia juga menyinggung dua ASN di lingkungan Dinas Pendidikan yang pekan lalu dilaporkan warga ke Bawaslu karena mengunggah gambar pasangan calon di status WhatsApp.",
        "incident|appeal", "appeal|social-media")]
    [InlineData("Apel dan Ikrar Netralitas ASN Lombok Barat, Tahun Lalu Nihil Pelanggaran",
        "Pemerintah Kabupaten Lombok Barat menggelar apel dan ikrar netralitas ASN di Lapangan Kantor Bupati. Sekda Lombok Barat, Ilham Saputra Wirajaya, mengatakan ASN yang melanggar akan dijatuhi hukuman disiplin sesuai PP 94/2021.",
        "appeal|rule", "appeal")]
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

namespace NetralitasSearch.Indexer.Tests.Extraction.Persons;

/// <summary>
/// Persons read from real sentences: the rows are sentences of CLICK-ID articles (William &amp; Sari 2020,
/// doi:10.17632/k42j7x2kpn.1, CC BY 4.0; tests/Fixtures/ExtractionClickId) and of the seed articles, each with the persons
/// a reader finds in it. Every failure class of issue 18 has rows: names with no cue, people listed side by side, ranks,
/// traditional titles and degrees without dots, words of offices taken for names, aliases.
/// </summary>
public sealed class PersonExtractorTests
{
    [Theory]

    // Names with no cue nearby: candidate lists, lists of people.
    [InlineData("Calon yang diusung , yakni Anung Indro Susanto dan Muhammad Fajri hanya terpaut 10 persen dari yang diusung F.X. Hadi Rudyatmo dan Achmad Purnomo.",
        "Anung Indro Susanto|Muhammad Fajri|F X Hadi Rudyatmo|Achmad Purnomo")]
    [InlineData("Sebelumnya KPK telah lebih dulu menetapkan 10 orang tersangka terkait kasus ini, yakni Irman, Sugiharto, Anang Sugiana Sudihardjo, Setya Novanto, Irvanto Hendra Pambudi Cahyo, Andi Narogong, Made Oka Masagung, dan Markus Nari.",
        "Irman|Sugiharto|Anang Sugiana Sudihardjo|Setya Novanto|Irvanto Hendra Pambudi Cahyo|Andi Narogong|Made Oka Masagung|Markus Nari")]
    [InlineData("Mereka adalah Suwandi yang menjabat sebagai Kades Lampah, dan Suwoto dilantik sebagai Kades Sidoraharjo, yang sama-sama berada di Kecamatan Kedamean, Gresik.",
        "Suwandi|Suwoto")]

    // A quote's attribution.
    [InlineData("\"Saat kami tidak ada kontrak politik seperti itu,\" ujar Syarief saat dihubungi, Selasa, 10 September 2019.", "Syarief")]

    // Ranks, traditional titles and degrees without dots are no part of the name.
    [InlineData("Kasat Reskrim Polresta Medan AKBP Putu Yudha Prawira ketika dikonfirmasi membenarkan perihal laporan hilangnya uang tersebut.", "Putu Yudha Prawira")]
    [InlineData("\"Satu kampung, habis sih. Ada 37 imah (rumah),\" ujar Jaro Saija.", "Saija")]
    [InlineData("Mewakili institusi Polri, Kanit Idik III Tipikor Polres Morowali Utara, Ipda Nurhabib Auliya STrk, menjelaskan arti kata korupsi itu.", "Nurhabib Auliya")]
    [InlineData("Kolonel Beben merupakan Kepala Bidang Media di Menkopolhukam.", "Beben")]

    // Words of an office, an institution or an outlet are not names.
    [InlineData("\"Dengan demikian, ada sekitar 134 juta jiwa yang iurannya dibayarkan oleh APBN dan APBD,\" ujar Kepala Biro Komunikasi dan Layanan Informasi Kementerian Keuangan, Nufransa Wira Sakti di Jakarta, Selasa (10/9/2019).",
        "Nufransa Wira Sakti")]
    [InlineData("Masinton mengatakan pernyataan Capim KPK incumbent Alexander Marwata yang menyatakan konferensi pers Wakil Ketua KPK Saut Situmorang terkait pelanggaran etik Capim Firli Bahuri saat menjabat sebagai Deputi Penindalan KPK itu dilakukan tanpa sepengetahuannya.",
        "Masinton|Alexander Marwata|Saut Situmorang|Firli Bahuri")]
    [InlineData("Wakil Ketua DPD Partai Demokrat (PD) Jawa Barat, Asep Wahyuwijaya menyatakan, persaingan dalam , ini masih relatif cair.", "Asep Wahyuwijaya")]

    // A place or a position in front of a name, and a person's name that starts like a regency.
    [InlineData("\"Saya kasihan dengan kondisi warga,\" kata Kepala Desa Malakoni Tedi Sudardi, Kamis (19/9/2019).", "Tedi Sudardi")]
    [InlineData("Kepala BKN Bima Haria Wibisana mengatakan seleksi berjalan sesuai jadwal.", "Bima Haria Wibisana")]

    // Issue 18, general news (tests/Fixtures/ExtractionClickIdDev3 and ExtractionClickIdDev2, development quarters): a person's
    // first name that is also a district's; a doctor after a hospital named by its district, with a specialist's degree; a
    // name given only as the one a person goes by; a verb capitalised where a full stop was lost; names beside the name of a
    // firm, a country, a school or an organisation with its acronym; a village's abbreviation.
    [InlineData("Sementara itu, General Manager PLN Unit Induk Wilayah (UIW) Sumatera Barat Bambang Dwiyanto menyebutkan, tiga PLTBM itu berkapasitas 700 kilowatt dan menampung 1.233 pelanggan yang tersebar di tiga desa itu.", "Bambang Dwiyanto")]
    [InlineData("Dokter Spesialis Kebidanan dan Kandungan RSUD Majenang dr Tatang Mulyana SpOG menjelaskan, ketiga bayi lahir dengan jeda waktu masing-masing sekitar dua menit.", "Tatang Mulyana")]
    [InlineData("Pelatih yang karib disapa Djanur tersebut menilai harusnya Barito layak menang.", "Djanur")]
    [InlineData("Ditemui usai menerima penghargaan tersebut, Gubernur , H. , didampingi oleh Ketua Tim Penggerak PKK , Febrita Lustia Menyampaikan rasa syukur atas penghargaan yang diberikan oleh ,.", "Febrita Lustia")]
    [InlineData("Menurutnya, Benny Wenda menggunakan bendera Vanuatu dalam menyebarkan berita bohong tentang Papua dan Papua Barat hingga menemui perwakilan Perserikatan Bangsa-Bangsa (PBB).", "Benny Wenda")]
    [InlineData("Alumni T.H. Chan School of Public Health 2013-2014, Nurul Luntungan menambahkan bahwa visi kesehatan Indonesia harus diiringi oleh komitmen dan kepemimpinan yang tegas.", "Nurul Luntungan")]
    [InlineData("Berdasarkan informasi dari Ketua Ikatan Keluarga Minang (IKM) Papua, Zulhendri Sikumbang, sementara ini ada sekitar 327 kepala keluarga perantau di Wamena yang ingin pulang.", "Zulhendri Sikumbang")]
    [InlineData("Satu jamaah haji atas nama Junaidi asal Kel. Matano, Kec. Bungku Tengah masih tertinggal di Maddinah karena sakit.", "Junaidi")]
    [InlineData("Sementara itu, Sekda Kabupaten Raja Ampat, Yusuf Salim menegaskan bahwa Pemkab Raja Ampat sudah melakukan upaya komunikasi dan koordinasi kepada semua elemen dan stakeholder terkait di seluruh Indonesia.", "Yusuf Salim")]

    // Issue 18, general news (development-quarter CLICK-ID articles outside tests/, read for failure classes): a rank written
    // out, a committee's numeral, an office's field after "Bidang", a firm's name after its legal form, a specialist's degree.
    [InlineData("Kepala Bagian Operasi Polrestabes Makassar Ajun Komisaris Besar Anwar Danu mengatakan jika pihaknya telah mengerahkan sekitar 300 personel untuk mengamankan aksi unjuk rasa ini.", "Anwar Danu")]
    [InlineData("Wakil Ketua Komisi I Satya Yudha menegaskan jika keikutsertaan pelajar tidak diwajibkan.", "Satya Yudha")]
    [InlineData("Selain perwakilan caleg, Airlangga memberi pula sertifikat dan medali untuk Wakil Koordinator Bidang Pratama Golkar, Bambang Soesatyo (Bamsoet).", "Bambang Soesatyo")]
    [InlineData("Dari enam korporasi itu, polisi menunjuk tiga orang yang dianggap bertanggung jawab atas kelalaian membiarkan lahan perusahaannya terbakar. Ketiga orang itu adalah Alvaro Khadafi; Manajer PT Surya Argo Palma; dan Manajer PT Sepanjang Inti Surya Usaha.", "Alvaro Khadafi")]
    [InlineData("Sementara itu, dr Darmawan Ismail Sp. BTKV mengatakan, alat bantu pernapasan SUNS Portable Air Filter mulai diciptakan pada 2015 dan sudah dilakukan uji coba.", "Darmawan Ismail")]

    // Issue 18, the spent real sets (ExtractionHeldOutReal2, Real3, development data since 2026-12-06) and the development
    // quarter of CLICK-ID: a ministry's short form between the office and the name; an editor's note glued to a name; a rank
    // after a misspelt place; a rescue unit, a promoter, a motorcycle by its make; a nickname quoted.
    [InlineData("Pada rapat kali ini dihadiri juga Direktur Jenderal Perhubungan Darat Kemenhub Budi Setiyadi.", "Budi Setiyadi")]
    [InlineData("\"Ini tidak salah tafsir,\" ucap Dirjen Perdagangan Luar Negeri Kemendag Indrasari Wisnu Wardhana di Jakarta Senin (16/9/2019).", "Indrasari Wisnu Wardhana")]
    [InlineData("Wakil Bupati Tangerang, Mad Lomri, mengapresiasi bantuan program BLK Komunitas oleh Kemnaker.", "Mad Lomri")]
    [InlineData("Direktur Sinkronisasi Urusan Pemerintahan III Direktorat Jenderal (Ditjen) Bina Pembangunan Daerah (Bangda) Kementerian Dalam Negeri (Kemendagri) Eduard Sigalingging mengatakan, ada 73 aturan yang akan direvisi.", "Eduard Sigalingging")]
    [InlineData("\"Sesuai arahan gubernur (Gubernur Riau, Syamsuar-red) selaku Komandan Satgas Karhutla Riau, kami masih cukup banyak personel,\" kata Edwar Sanger, Selasa (17/9/2019).", "Syamsuar|Edwar Sanger")]
    [InlineData("Hal itu diketahui saat Murad dan mantan Pangdam XVI Pattimuram Mayjen TNI (Purn) Eko Wiratmoko pernah menyelam di perairan tersebut.", "Murad|Eko Wiratmoko")]
    [InlineData("\"Api dengan cepat membesar,\" kata Ketua Nomaden Rescue, Tono Pain, Sabtu (14/9/2019).", "Tono Pain")]
    [InlineData("De la Hoya yang kini berprofesi sebagai promotor dengan bendera Golden Boy Promotions punya alasan kuat.", "De la Hoya")]
    [InlineData("Raghav Swati Puri yang sedang mengendarai motor Harley Davidson Road Glide terpaksa diberhentikan oleh pihak kepolisian setempat.", "Raghav Swati Puri")]
    [InlineData("Berdasarkan kisah yang dituturkan oleh manajer Pamela Safitri, Jefangga, nama ‘Pamela Anderson’ menjadi panggilan teman-teman sekolah artisnya.", "Pamela Safitri|Jefangga")]

    // A pair written with a hyphen is two persons (ExtractionHeldOutReal2 and the development quarter); a hyphenated name
    // stays one; a pair in an organisation's name is none.
    [InlineData("Sehingga, para menteri kabinet Jokowi-Ma'ruf Amin bisa datang ke Gedung DPR, Senayan, Jakarta dari Kalimantan Timur untuk rapat.", "Jokowi|Ma'ruf Amin")]
    [InlineData("Imam menjadi menteri kedua pada era pemerintah Joko Widodo-Jusuf Kalla yang terseret kasus korupsi.", "Imam|Joko Widodo|Jusuf Kalla")]
    [InlineData("Perbaikan sarana dan prasarana pendidikan menjadi atensi Pemerintah Daerah Provinsi (Pemdaprov) Jawa Barat (Jabar) di bawah kepemimpinan Ridwan Kamil-Uu Ruzhanul Ulum.", "Ridwan Kamil|Uu Ruzhanul Ulum")]
    [InlineData("Tiga gol The Gunners, julukan Arsenal, masing-masing dicetak oleh Joe Willock (pada menit ke-38)\nBukayo Saka (85'), dan Pierre-Emerick Aubameyang (87').", "Joe Willock|Bukayo Saka|Pierre-Emerick Aubameyang")]

    // A religious formula, a newspaper after "the", an NGO's and a council's name, a project's English title (the spent real
    // sets and the development quarter).
    [InlineData("\"Kalau boleh Bupati dua Periode sambil melihat perkembangan barulah menjadi Gubernur Gorontalo, Insya Allah,\" Tukas Fadel lagi.", "Fadel")]
    [InlineData("Menurut laporan the Sun, kondisi kesehatan Baghdadi saat ini parah.", "Baghdadi")]
    [InlineData("Direktur Walhi Jatim, Rere Christianto, mengatakan ada sekitar tujuh area.", "Rere Christianto")]
    [InlineData("Hariadi Kartodihardjo dari Institut Pertanian Bogor (IPB), serta Direktur Eksekutif Walhi Nasioal Nur Hidayati turut hadir dalam diskusi itu.", "Hariadi Kartodihardjo|Nasioal Nur Hidayati")]
    [InlineData("\"Sudah rapat internal diikuti oleh Dewan Syuro dan Tanfidz, diputuskan untuk membentuk tim 7 untuk menangani persoalan tersebut,\" kata Ahmad.", "Ahmad")]
    [InlineData("\"Penyelesaian pekerjaan diharapkan dapat selesai pada September tahun ini,\" ujar Project Manager Japek II Elevated Waskita Karya, Fatkhur Rozaq, Rabu (17/7/2019).", "Fatkhur Rozaq")]

    // Issue 18, round five (ExtractionHeldOutReal4, development data since 2026-12-07, and the development quarter): the
    // Sasak title "Lalu" opens the name; a region with a point of the compass, a civil-service grade, a work's title after
    // "berjudul", the second of two streets at a crossroads, an office's name after an open position ("Kepala Pusat") or one
    // going on with "dan" ("Direktur Industri Elektronika dan Telematika Kementerian ..."), a role between "selaku" and "adalah"
    // are no persons.
    [InlineData("Kasat Lantas Polres Tangsel AKP Lalu Hedwin mengatakan, nenek Icah meninggal di lokasi kejadian dan langsung dievakuasi ke RSU Tangsel.", "Lalu Hedwin|Icah")]
    [InlineData("Kepala Satuan Lalu Lintas Polres Tangerang Selatan Ajun Komisaris Lalu Hedwin Hanggara menyatakan bahwa truk supir tanah tersebut mengaku mengemudi dalam keadaan mengantuk.", "Lalu Hedwin Hanggara")]
    [InlineData("Nanat Natsir, salah satu tokoh , Garut Selatan mengatakan, pemekaran Garut Selatan harus dipercepat, mengingat telah terjadi ketidakadilan secara nasional.", "Nanat Natsir")]
    [InlineData("Agus Ambo Djiwa dalam sambutannya mengatakan, pelantikan tersebut dilakukan setelah mengikuti tahapan pelaksanaan seleksi uji kompetensi Pejabat Pimpinan Tinggi (PPT) Pratama beberapa waktu lalu.", "Agus Ambo Djiwa")]
    [InlineData("Ernest sendiri mengenal,saat terlibat dalam film biopik berjudul Rudy Habibie.", "Ernest")]
    [InlineData("\"Ok lebih sedikit lagi,\" kata Pembantu Unit (Panit) Tindak Satlantas Jakarta Selatan Ipda Deni Setiawan di perempatan Jalan Fatmawati dan TB Simatupang, Selasa, 10 September 2019.", "Deni Setiawan")]
    [InlineData("Panglima TNI Marsekal Hadi Tjahjanto, Kapolri Jenderal Tito Karnavian, Kepala BNPB Doni Monardo, Dirjen Gakkum KLHK, Kepala Pusat Meteo Publik BMKG, Gubernur Riau Syamsuari, dan media akan meninjau ke lokasi pemadaman di Kecamatan Kerumutan.", "Hadi Tjahjanto|Tito Karnavian|Doni Monardo|Syamsuari")]
    [InlineData("Tinggal menunggu teknis regulasi,” ungkap Janu Suryanto, Direktur Industri Elektronika dan Telematika Kementerian Perindustrian di Jakarta, Jumat (20/9/2019).", "Janu Suryanto")]
    [InlineData("Kepala Sub Bidang Keselamatan Direktorat Perkapalan dan Kepelautan Kementerian Perhubungan Shidrotul Muntaha menjelaskan, uji petik dilakukan untuk menjamin keselamatan dan keamanan awak dan penumpang.", "Shidrotul Muntaha")]
    [InlineData("Kasi Imunisasi dan Survelen Dinas Kabupaten Kabupaten Blitar Hendro Subagyo mengatakan sudah mengambil sampel sisa bakso yang dikonsumsi.", "Hendro Subagyo")]
    [InlineData("\"Bertindak selaku Imam adalah Khairunnas Jamal,\" kata Erlin dalam siaran pers Sekretariat Presiden.", "Khairunnas Jamal|Erlin")]
    [InlineData("Ketiga korban meninggal dunia adalah Irham Effendi Lubis (38) warga Jalan Baut Marelan, Raidah (37) warga Jalan Helvetia Medan dan Rahel Qori (9) seorang pelajar Jalan Baut Marelan.", "Irham Effendi Lubis|Raidah|Rahel Qori")]

    // Issue 18, round six (ExtractionHeldOutReal5, development data since 2026-12-07, and the development quarter): a name
    // followed by an age in brackets is a person's, a word opening the sentence before it is not ("Korban", "Kemudian"), a
    // team's points in a table are no age; one word after the office's region ending the clause is the holder's name
    // ("Gubernur Riau Syamsuar,"); a role an actor plays, goods by their brand, a people's name after "pria", Roman numerals of
    // a scale, the last of a list of villages, a council's acronym and an office's acronym with its region are no persons.
    [InlineData("Kota Bekasi. Korban Yuliati (31) tewas terpanggang hingga gosong di dalam kamar tidurnya.", "Yuliati")]
    [InlineData("Kemudian Santa Hagar Mbiliyora (22) warga Kabupaten Sumba Timur, dan Rasio Tamba (19) warga Kabupaten Siak.", "Santa Hagar Mbiliyora|Rasio Tamba")]
    [InlineData("Salah satunya Riwayati (41) yang merupakan nasabah PNM Mekaar mengaku sangat terbantu dengan kehadiran KUR dari BRI.", "Riwayati")]
    [InlineData("Panglima TNI Marsekal Hadi Tjahjanto, Kapolri Jenderal Tito Karnavian, Gubernur Riau Syamsuar, dan Kepala BNPB Doni Monardo.", "Hadi Tjahjanto|Tito Karnavian|Syamsuar|Doni Monardo")]
    [InlineData("Ia akan berperan sebagai Nyi Misni dalam film Perempuan Tanah Jahanam karya Joko Anwar.", "Joko Anwar")]
    [InlineData("Kapolres Pati AKBP Jon Wesly Arianto, mengatakan, sebelum pelaksanaan ritual pihaknya bersama Muspika telah menggelar pertemuan dengan Supani beserta keluarga.", "Jon Wesly Arianto|Supani")]
    [InlineData("Tamzil ditetapkan sebagai tersangka bersama dua orang lainnya yakni, Staf Khusus (Stafsus) Tamzil, Agus Soeranto dan Plt Sekdis DPPKAD Kudus, Akhmad Sofyan.", "Tamzil|Agus Soeranto|Akhmad Sofyan")]
    [InlineData("Harris Dickinson akan berperan sebagai Pangeran Phillip.", "Harris Dickinson")]
    [InlineData("Polana menjelaskan, dalam kondisi seperti ini, pada surat Edaran Nomor 15 Tahun 2019 tentang Pelaksanaan penerbangan dalam keadaan kahar (Force Majure) menyatakan bahwa maskapai harus menyusun dan melaksanakan prosedur rencana kontigensi penerbangan dan pelayanan penumpang.", "Polana")]
    // A rank before a name the tagger does not read, a role in brackets after a name (ExtractionHeldOutReal5).
    [InlineData("Rumah yang terbakar yakni milik 1. Serka Tri Priatna (Personil Kesdam I/BB jabatan Baurmin Log)\n\n2. Sertu Mukti (Kodim 0203 /Langkat, jabatan Ba Unit Intel)\n\n3. Suriono (pensiunan)\n\n5. Budiman (pensiunan)", "Tri Priatna|Mukti|Suriono|Budiman")]
    [InlineData("\"Hal ini membuat kami berkembang,\" terang Director of Brand Marketing Crystal Aesthetic Clinic, Herry Setiawan.", "Herry Setiawan")]
    [InlineData("\"Kami ingin menggaet pemain-pemain baru untuk game kami,\" kata Managing Director Blizzard Entertainment Taiwan, Hong Kong, Asia Tenggara, Paul Chen, saat jumpa pers di Jakarta, Kamis, 12 September 2019.", "Paul Chen")]
    // Round seven (ExtractionHeldOutReal7, development data since 2026-12-07, and the development quarter): a name glued to
    // "terkenal" or "juga", a disease's name, an English chief officer's title, a state firm's legal form, one word in
    // capitals, a band's name with "and", a family's name before "bersaudara", products listed with one named after its
    // kind ("varian"), initials in brackets inside a name.
    [InlineData("Sebelum Ashton Kutcherterkenal, ia hanyalah seorang anak laki-laki yang berasal dari Iowa kota di mana ia tumbuh bersama Michael Kutcher, saudara kembarnya.", "Ashton Kutcher|Michael Kutcher")]
    [InlineData("Ansu Fati yang mendapat kepercayaan dari Valverdejuga tampil cukup baik di lini depan Barcelona.", "Ansu Fati|Valverde")]
    [InlineData("Michael di diagnosis dengan penyakit Cerebral Palsy dan mendapatkan transplan hati di umur 13 tahun di University of Iowa Hospitals and Clinics.", "Michael")]
    [InlineData("\"Kami telah menemukan kembali telepon flip klasik,\" kata Chief Product Officer di HMD Global, Juho Sarvikas, pada acara peluncuran.", "Juho Sarvikas")]
    [InlineData("\"Kita punya SDA yang banyak, tapi Vietnam dan Thailand justru lebih besar,\" kata Direktur Utama Perum , Indonesia (Perindo) Risyanto Suanda dalam acara Ngopi BUMN di Jakarta, Senin (16/9/2019).", "Risyanto Suanda")]
    [InlineData("Salah satu proyek yang cukup mencengangkan diadakan oleh JIMINBAR, fanbase Jimin di Tiongkok.", "Jimin")]
    [InlineData("Ia akan menggandeng sejumlah penyanyi lain, seperti Andra and The Backbone, Melly Goeslaw dan Bunga Citra Lestari (BCL).", "Melly Goeslaw")]
    [InlineData("Ricky Rubio memimpin dengan 20 poin dan tujuh rebound, diikuti Sergio Llull 15 poin, Marc Gasol 14 poin, tujuh rebound dan tujuh assist, Rudy Fernandez dwiganda 11 poin dan 10 rebound, serta masing-masing 11 poin dari Hernangomez bersaudara, Juancho dan Willy.",
        "Ricky Rubio|Sergio Llull|Marc Gasol|Rudy Fernandez|Juancho|Willy")]
    [InlineData("Nongshim nggak hanya enak, varian rasanya juga banyak. Carlos suka banget varian Shin Ramyun Spicy Mushroom. Ada Shin Ramyun Spicy Mushroom, Shin Ramyun Shrimp, Kimchi Ramyun, Claypot dan Neoguri Udon.", "Carlos")]
    [InlineData("Wakil Presiden RI Jusuf Kalla (JK) berbela sungkawa atas wafatnya Presiden Ke-3 RI Bacharuddin Jusuf (BJ) Habibie.", "Jusuf Kalla|Bacharuddin Jusuf Habibie")]
    // A cast list in English (ExtractionHeldOutReal9, development data since its blind measurement): the actor, then the
    // role after the possessive. (The list's first name, "Millie Bobby Brown’s Eleven", is still missed: the tagger does
    // not read it, a miss of its own.)
    [InlineData("Finn Wolfhard’s Mike, Winona Ryder’s Joyce, Noah Schnapp’s Will, Caleb Mclaughlin’s Lucas kembali muncul.", "Finn Wolfhard|Winona Ryder|Noah Schnapp|Caleb Mclaughlin")]
    // ... and what those rules leave alone (the development quarter): initials in brackets that spell the whole name, one
    // name alone before emptied brackets, two people joined by English "and", one word in capitals after a form of address.
    [InlineData("Sebelumnya, hadir pula Presiden keenam RI Susilo Bambang Yudhoyono (SBY)\n\nWakil Presiden terpilih KH Ma'ruf Amin, Menteri Kesehatan RI Nila Moeloek dan Gubernur DKI Jakarta Anies Baswedan.", "Susilo Bambang Yudhoyono|Ma'ruf Amin|Nila Moeloek|Anies Baswedan")]
    [InlineData("\"Saya tidak bisa mengomentari keputusan pak Prabowo (,) karena saya tidak paham pertimbangan-pertimbangan beliau apa,\" lanjut Rachel.", "Prabowo|Rachel")]
    [InlineData("Karya: Nurhakimah Norshashim - Universiti Kulala Lumpur Malaysia, Malaysian Institute of Aviation Technology Malaysia; Shakiba Kaveh and Anthony Cheetam – Chambridge University, United Kingdom; Richard Curry – University of Manchester, United Kingdom.", "Nurhakimah Norshashim|Shakiba Kaveh|Anthony Cheetam|Richard Curry")]
    [InlineData("Benar yang ngirim bukan Pak Ramadhan..? MAS PI’I yang lagi menyetir mobilnya di jalanan, juga senang mendengar berita Dewi ditelpon itu.", "Ramadhan|Pi’i|Dewi")]
    // Round ten (ExtractionHeldOutReal10, the development quarter): the English titles of state firms' and firms' staff.
    [InlineData("Menurut Vice President Corporate Communication Pertamina, Fajriyah Usman, penghargaan bergengsi ini diraih karena selama ini terus melakukan inovasi layanan kepada pelanggan di seluruh tanah air.", "Fajriyah Usman")]
    [InlineData("Vice President Ruangguru Ritchie Goenawan menyatakan, berkat karya tim teknologi, perusahaan dapat membuktikan dukungan penuh terhadap penyetaraan akses, khususnya bagi semua pelajar di daerah-daerah terpencil (,).", "Ritchie Goenawan")]
    // Round sixteen (the development quarter): "berita terkait" in lower case is the sentence's own words, no prompt before
    // another story's headline.
    [InlineData("Heboh berita terkait Habib Rizieq Shihab menyerobot masuk dan memimpin doa buat Mbah Moen diluruskan pihak keluarga.", "Rizieq Shihab|Moen")]
    public void FindsThePersonsOfASentence(string sentence, string expected)
    {
        var names = Extract.From(sentence).Persons.Select(p => p.Name).ToList();

        Assert.Equal(expected.Split('|'), names);
    }

    [Theory]
    [InlineData("Kasat Reskrim Polresta Medan AKBP Putu Yudha Prawira ketika dikonfirmasi membenarkan perihal laporan hilangnya uang tersebut.", "Putu Yudha Prawira", "Kasat Reskrim Polresta Medan")]
    [InlineData("Sementara itu, Kapolres Musi Rawas (Mura) AKBP Suhendro melalui Kapolsek Rawas Ilir IPTU Aprinaldi membenarkan adanya dugaan penganiayaan tersebut.", "Suhendro", "Kapolres Musi Rawas (Mura)")]
    [InlineData("Sementara itu, Kapolres Musi Rawas (Mura) AKBP Suhendro melalui Kapolsek Rawas Ilir IPTU Aprinaldi membenarkan adanya dugaan penganiayaan tersebut.", "Aprinaldi", "Kapolsek Rawas Ilir")]
    [InlineData("Kepala Biro (Karo) Humas BKN Mohammad Ridwan belum dapat memastikan jadwalnya.", "Mohammad Ridwan", "Karo Humas BKN")]
    [InlineData("Lima orang Capim KPK yang menjalani Fit and Proper Test pada Rabu 11 September adalah Nawawi Pomolango (Hakim)\n\nLili Pintauli Siregar (Advokat)", "Lili Pintauli Siregar", "Advokat")]
    [InlineData("\"Saya kasihan dengan kondisi warga,\" kata Kepala Desa Malakoni Tedi Sudardi, Kamis (19/9/2019).", "Tedi Sudardi", "Kepala Desa Malakoni")]

    // Issue 18 (ExtractionClickIdDev2): a list of officials, each name followed by its office.
    [InlineData("Pejabat yang dilantik dan dikukuhkan adalah Ardila, Kepala Dinas Lingkungan Hidup; Muliadi Halim, Kepala Badan Penanggulangan Bencana Daerah; dan Jamal, Kadis Sosial.", "Ardila", "Kepala Dinas Lingkungan Hidup")]
    [InlineData("Pejabat yang dilantik dan dikukuhkan adalah Ardila, Kepala Dinas Lingkungan Hidup; Muliadi Halim, Kepala Badan Penanggulangan Bencana Daerah; dan Jamal, Kadis Sosial.", "Jamal", "Kadis Sosial")]

    // Issue 18 (ExtractionHeldOutReal2, development data since 2026-12-06): a ministry's short form ends the office; a name's
    // first word written twice is written once.
    [InlineData("Pada rapat kali ini dihadiri juga Direktur Jenderal Perhubungan Darat Kemenhub Budi Setiyadi, Sekertaris Jenderal Kemenkhub Djoko Sasono, Direktur Jenderal Udara Kemenhub Polana Polana B. Pramesti, Direktur Jenderal Laut Kemenhub Agus Purnomo dan Direktur Jenderal Perkeretaapian Kemenhub Zulfikri.", "Polana B Pramesti", "Direktur Jenderal Udara Kemenhub")]
    [InlineData("Pada rapat kali ini dihadiri juga Direktur Jenderal Perhubungan Darat Kemenhub Budi Setiyadi, Sekertaris Jenderal Kemenkhub Djoko Sasono, Direktur Jenderal Udara Kemenhub Polana Polana B. Pramesti, Direktur Jenderal Laut Kemenhub Agus Purnomo dan Direktur Jenderal Perkeretaapian Kemenhub Zulfikri.", "Budi Setiyadi", "Direktur Jenderal Perhubungan Darat Kemenhub")]

    // Round six (ExtractionHeldOutReal5, the development quarter): a Roman numeral before a region's name numbers the office's
    // area; a role in brackets after the name is the position; an acronym the tagger reads as a name's first word ends the
    // position.
    [InlineData("Krisnajaya (Ketua Asosiasi Dinas Kesehatan Seluruh Indonesia/ADINKES)", "Krisnajaya", "Ketua Asosiasi Dinas Kesehatan Seluruh Indonesia/ADINKES")]
    [InlineData("\"Kami dari PB PMII menyatakan sikap meminta KPK untuk tidak menjadi alat politik,\" kata Koordinator Aksi Nasional PMII Syarif Hidayatullah lewat keterangan tertulis.", "Syarif Hidayatullah", "Koordinator Aksi Nasional PMII")]
    // A word capitalised right after the comma that closes a position opens the name, even an ordinary word
    // (ExtractionClickIdDev3).
    [InlineData("Anggota Fraksi PDIP , Pantas Nainggolan menyatakan nama calon ketua DPRD masih dalam pembasahan Dewan Pengurus Pusat partai sehingga belum bisa diserahkan.", "Pantas Nainggolan", "Anggota Fraksi PDIP")]
    [InlineData("Anggota Panita Kerja dari Fraksi PAN, Muslim Ayub menyebut hak cuti bersyarat itu bisa digunakan para napi untuk keluar lapas dan pulang ke rumah atau jalan-jalan ke mal, dengan syarat harus diikuti oleh petugas kemana pun.", "Muslim Ayub", "Anggota Panita Kerja")]
    [InlineData("Ketua Dewan Pengurus AAJI Budi Tampubolon mengatakan, pelaku industri asuransi jiwa harus segera menyiapkan strategi untuk menjawab perkembangan dunia digital saat ini.", "Budi Tampubolon", "Ketua Dewan Pengurus AAJI")]
    [InlineData("\"Kondisi saat ini masih terbilang cukup aman,\" kata Kepala Balai Besar Meteorologi Klimatologi dan Geofisika (BBMKG) Wilayah I Medan, Edison Kurniawan pada Minggu (22/9).", "Edison Kurniawan", "Kepala Balai Besar Meteorologi Klimatologi dan Geofisika (BBMKG) Wilayah I Medan")]
    // Round seven (ExtractionHeldOutReal6, development data after its one blind measurement, and the development quarter):
    // a regional head's office ends with its region, though the tagger reads the holder's name into the place.
    [InlineData("Kepala Daerah Se-Provinsi Jambi yang menyatakan satu suaranya yaitu Gubernur Jambi Fachrori Umar, Bupati Tanjung Jabung Timur Romi Hariyanto, Bupati Tanjung Jabung Barat Safrial, Bupati Muaro Jambi Masnah Busyroh.", "Romi Hariyanto", "Bupati Tanjung Jabung Timur")]
    [InlineData("Kepala Daerah Se-Provinsi Jambi yang menyatakan satu suaranya yaitu Gubernur Jambi Fachrori Umar, Bupati Tanjung Jabung Timur Romi Hariyanto, Bupati Tanjung Jabung Barat Safrial, Bupati Muaro Jambi Masnah Busyroh.", "Safrial", "Bupati Tanjung Jabung Barat")]
    [InlineData("Bupati Batang Hari Syahirsah, Bupati Merangin Alyarus, Bupati Tebo Sukandar, Bupati Kerinci Adirozal, Wali Kota Jambi Syarif Fasya.", "Alyarus", "Bupati Merangin")]
    [InlineData("Bupati Batang Hari Syahirsah, Bupati Merangin Alyarus, Bupati Tebo Sukandar, Bupati Kerinci Adirozal, Wali Kota Jambi Syarif Fasya.", "Adirozal", "Bupati Kerinci")]
    public void GivesThePositionWrittenNextToTheName(string sentence, string name, string position)
    {
        var person = Assert.Single(Extract.From(sentence).Persons, p => p.Name == name);

        Assert.Equal(position, person.Position);
    }

    [Theory]
    [InlineData("Seperti diketahui, Menantu Presiden Republik Indonesia Joko Widodo (Jokowi) masuk dalam bursa. \"Itu internal NasDem,\" kata Jokowi.", "Joko Widodo", "Jokowi")]
    [InlineData("Selain Setnov, penyidik juga memeriksa saksi lainnya. KPK memeriksa mantan Ketua DPR RI Setya Novanto (Setnov) dalam kasus e-KTP.", "Setya Novanto", "Setnov")]
    [InlineData("Pemberantasan korupsi, kata Masinton Pasaribu, butuh waktu. Menurut Masinton, WP KPK bukan lagi wadah pegawai.", "Masinton Pasaribu", "Masinton")]
    [InlineData("Nama Yusrianto muncul dalam bursa calon. \"Restu orangtua membuat saya percaya diri,\" ujar pria yang biasa disapa Yusri.", "Yusrianto", "Yusri")]
    // Three letters opening a long name (ExtractionHeldOutReal4 and the development quarter).
    [InlineData("Sebelumnya, Kepala BMKG Dwikorita Karnawati mengatakan pihaknya akan mengintensifkan hujan buatan. \"Sehingga upaya yang dilakukan sejak Juli untuk membuat hujan buatan itu tidak mudah,\" kata Dwi yang dilansir,pada Kamis (19/9).", "Dwikorita Karnawati", "Dwi")]
    [InlineData("Koordinator Badan SAR Nasional (Basarnas) Pos SAR Cilacap Mulwahyono mengatakan, kedua nelayan yang hilang yaitu Seno (28), warga, Kelurahan Mertasinga, Kecamatan Cilacap Utara. \"Sampai saat ini masih dalam pencarian,\" kata Mul saat dihubungi, Senin.", "Mulwahyono", "Mul")]
    [InlineData("Kontrak politik itu dijelaskan Anggota Komisi III DPR Arsul Sani. Kontrak politik ini, kata Asrul, bertujuan memastikan konsistensi.", "Arsul Sani", "Asrul")]
    [InlineData("Kemudian, kasus dugaan pelanggaran etik Firli yang menemui mantan Gubernur NTB Muhammad Zainul Majdi atau yang biasa disapa TGB itu adalah kasus lama pada 2018.", "Muhammad Zainul Majdi", "TGB")]
    // Issue 18, general news (ExtractionClickIdDev3, ExtractionClickIdDev2): a short form after "atau" that opens like the
    // name; a minister named by the press's short title.
    [InlineData("Eks Ketua Umum PPP Romahurmuziy atau Romi meminta untuk dipindahkan penahanannya dari Rutan KPK ke LP Cipinang, Jakarta Timur. Romi menambahkan, keinginan pindah ruang tahanan itu lantaran kondisi Rutan KPK.", "Romahurmuziy", "Romi")]
    [InlineData("Dalam perkara ini, Romi sebelumnya juga didakwa bersama Menteri Agama Lukman Hakim Saifuddin telah menerima uang senilai Rp325 juta. Romi dan Menag Lukman disebut telah menerima uang itu dari terpidana Haris Hasanuddin.", "Lukman Hakim Saifuddin", "Lukman")]
    // Round six (ExtractionHeldOutReal5 and the development quarter): a name with its last word cut short, two words of a
    // name written together, a one-word name with its opening left out as Javanese names are shortened.
    [InlineData("Menteri Perencanaan dan Pembangunan Nasional/Kepala Bappenas, Bambang Brodjonegoro menyebutkan ibu kota baru di Kalimantan minim dari risiko kebakaran hutan dan lahan. \"Ibu kota baru jauh dari lahan gambut,\" ujar Kepala Bappenas Bambang Brodjo di Jakarta, Rabu (18/9/2019).", "Bambang Brodjonegoro", "Bambang Brodjo")]
    [InlineData("Tangisan Song Ji Hyo ini pun langsung banjir komentar fans. \"Jangan menangis Jihyo unnie. Kami selalu mendukungmu,\" sambung yang lain.", "Song Ji Hyo", "Jihyo")]
    [InlineData("Kapolres Pati AKBP Jon Wesly Arianto, mengatakan, sebelum pelaksanaan ritual pihaknya bersama Muspika telah menggelar pertemuan dengan Supani beserta keluarga. Sebelumnya, pria yang akrab dengan panggilan Mbah Pani itu melakukan ritual topo pendem setahun sekali, pada bulan Suro.", "Supani", "Pani")]
    [InlineData("Gubernur Kalbar Sutarmidji mengatakan, penanganan karhutla sudah dilakukan maksimal. \"Segenap upaya sebagai makhluk sudah diupayakan untuk menghentikan karhutla. Pemadaman dari darat dan udara dilakukan, tapi hasilnya belum maksimal,\" kata Midji, Selasa sore.", "Sutarmidji", "Midji")]
    // Round fifteen (ExtractionHeldOutReal15, the development quarter): the end of a longer given name, at least five
    // letters, whichever the text names first.
    [InlineData("Korban tewas bertambah setelah Firnanda Prasetya (16) atau Nanda dinyatakan meninggal dunia pada Rabu pagi usai menjalani perawatan di rumah sakit.", "Firnanda Prasetya", "Nanda")]
    [InlineData("Meski hak asuh jatuh ke tangan Stevianne, sang putri, Drucilla Kalea Arifin tetap akrab dengan Samuel. Seperti kali ini yang terlihat dalam sejumlah foto yang dibagikan Samuel saat bersama Cilla dalam postingan Instagram pada Kamis (19/9).", "Drucilla Kalea Arifin", "Cilla")]
    [InlineData("Penyesuaian diri Cinta dan Junot juga dilakukan di luar jam syuting. Apalagi pada adegan pertama, Cinta dan Herjunot harus berakting sebagai sepasang kekasih, \" ungkap Junot.", "Junot", "Herjunot")]
    // The title or the form of address before the name a person goes by is no part of it (ExtractionHeldOutReal5, the
    // development quarter).
    [InlineData("Ustadz Abdurrahman Djaelani yang akrab dipanggil Ustadz Udjae mengatakan ada hal yang dianjurkan pada saat akan memasak.", "Abdurrahman Djaelani", "Udjae")]
    [InlineData("Dalam melakukan aksi bejatnya, Muhajar Sidiq alias Bang Jek terlebih dulu mengajak calon korban yang akan di sodomi untuk ajak ke warung kopi.", "Muhajar Sidiq", "Jek")]
    // The name a person goes by, said after it: "X, demikian biasa ia dipanggil" (ExtractionHeldOutReal7, the development
    // quarter).
    [InlineData("Di sisi lain, Koordinator Lapangan (Korlap) aksi massa Muhammad Abdul Basit menyebut demonstrasi berlangsung tertib. Pasalnya, ungkap Abbas, demikian biasa ia dipanggil, gerakan yang dibangun merupakan gerakan intelektual.", "Muhammad Abdul Basit", "Abbas")]
    [InlineData("Menanggapi pesan tersebut, pihak UMY pun buka suara. \"Betul, bahwa ada pesan tersebut yang dikirim oleh salah satu dosen UMY,\" papar Kepala Biro Humas dan Protokol UMY, Hijriyah Oktaviani, Senin (23/9). Kendati demikian, Ria, demikian biasa ia dipanggil, menegaskan bahwa isi pesan tersebut merupakan pribadi sang dosen.", "Hijriyah Oktaviani", "Ria")]
    // A person's name after a source's cue where the scraper dropped the source's name ("dilansir dari Ananda rupanya ..."):
    // only that mention is dropped, the others stay the person's (development quarter).
    [InlineData("Salah satu yang ditangkap kepolisian adalah Ananda Badudu. Kecaman dan kritikan terus meramaikan lini masa media sosial Twitter usai Ananda ditangkap. Sementara itu, dilansir dari Ananda rupanya adalah sosok yang bertanggung jawab atas terkumpulnya dana mencapai Rp 157.491.520 untuk didonasikan pada kegiatan aksi mahasiswa.", "Ananda Badudu", "Ananda")]
    public void KeepsTheOtherFormsOfANameAsAliases(string text, string name, string alias)
    {
        var person = Assert.Single(Extract.From(text).Persons, p => p.Name == name);

        Assert.Contains(alias, person.Aliases);
        Assert.DoesNotContain(Extract.From(text).Persons, p => p.Name == alias);
    }

    [Theory]
    [InlineData("Dalam acara itu Ketua Umum PP Muhammadiyah menyampaikan sambutan. Baca Juga : Bupati Resmikan Pasar")]
    [InlineData("Pihaknya menggelar Pelatihan Dasar (Latsar) Calon Pegawai Negeri Sipil. Peserta mengikuti pelatihan dengan sungguh-sungguh karena Latsar merupakan syarat pengangkatan.")]
    [InlineData("Ikrar serupa juga digelar Pemerintah Kota Palangkaraya pekan sebelumnya.")]
    [InlineData("\"Respons Bu Wali sangat memahami,\" tambahnya.")]
    [InlineData("Sebanyak 60 kepala keluarga Baduy luar di Kampung Kadu Gede terpaksa mengungsi.")]
    // Issue 18, general news (ExtractionClickIdDev3, ExtractionClickIdDev2): a port, a firm named again after its legal form,
    // places after "di", vehicles by their make, sights, an organisation's name.
    [InlineData("Hal itu terungkap usai Polres Pelabuhan Tanjung Priok mengungkap jaringan KIR palsu tersebut.")]
    [InlineData("PDI P meminta proses ulang tender pembangunan setelah masalah ini diributkan oleh salah satu peserta tender, yaitu konsorium yang dipimpin oleh PT Adhi Karya. Adhi Karya menilai penilaian panitian tender tak adil karena merasa mereka mengajukan penawaran lebih rendah.")]
    [InlineData("Karhutla terjadi di Kecamatan Seram Utara, Seram Utara Barat, Amahai dan di Kobi Seti. Pihaknya masih terus berusaha memadamkan kobaran api yang membakar hutan dan lahan di wilayah Seram Utara dan Kobi Seti.")]
    [InlineData("Kecelakaan maut terjadi antara mobil ambulans Gran Max nomor polisi B 8702 CW dengan truk Hino nomor polisi B 9562 UIU di ruas , Km 300+400 Kabupaten Tegal.")]
    [InlineData("Sementara itu, Situ Cangkuang akan mendapatkan alokasi dana sebesar Rp. 7 miliar.")]
    [InlineData("Selain PT Adei, Polda Riau terus mendalami kebakaran di areal perusahaan lain seperti PT Chevron, PT Arara Abadi Sinarmas Group, Surya Dumai Group, PT Langgam Inti Hibrido (LIH) dan sejumlah perusahaan lainnya.")]
    [InlineData("Namun, bukan tidak mungkin perwira tinggi TNI Angkatan Udara (AU) yang pernah ditugaskan sebagai Kontingen Garuda 20A untuk menjalankan misi perdamaian dunia di Kongo Afrika Tengah Tahun 2003 itu juga mendaftar lewat partai lain.")]
    [InlineData("Menanggapi hal tersebut, Polda Metro Jaya mengaku telah menyiapkan lebih banyak personel untuk mengamankan jalannya demonstrasi tersebut.")]
    [InlineData("\"Kami juga sudah agendakan kehadiran pimpinan KPK pada tanggal 18-19 September 2019 ini,\" kata Wakil Dekan 2 FISIP Unismuh itu.")]
    // Issue 18, the spent real sets and the development quarter: a song's title and a custom in quotes, a car by its make
    // and model.
    [InlineData("Red Velvet telah merilis album proyek kedua bertajuk \"The ReVe Festival : Day 2\" dengan lagu utama bertajuk \"Umpah Umpah\".")]
    [InlineData("Warga Eks Kesultanan Buton di Kota Sulawesi Tenggara (Sultra), menggelar tradisi 'Pekandeana Ana-Ana Maelu' atau menyuapi anak yatim dan piatu.")]
    [InlineData("Dugaan terbesar merujuk pada pengembangan varian Renault Twingo, yang sudah hadir selama tiga generasi sejak 1993.")]
    [InlineData("Harga Renault Triber Ancam Mobil LCGC, Ini Kata Daihatsu")]
    [InlineData("Setiap DPC partai di Jawa Barat, kata dia, diinstruksikan mengirim ambulans ke Seknas Prabowo-Sandi.")]

    // Round five (ExtractionHeldOutReal4, Real3 and the development quarter): a crossroads, a work's title, a hashtag, a
    // regional water company after "PDAM", an airline, a unit with its head count, a civil-service grade.
    [InlineData("Jalan sepanjang 4 kilometer dari pertigaan Jalan Ketimun 1 sampai perempatan TB Simatupang mampu ditempuh dengan sepeda motor sekitar 10 menit.")]
    [InlineData("Lagu bertajuk Fear ditunjuk sebagai title track untuk karya terbaru grup bentukan Pledis Entertaiment tersebut.")]
    [InlineData("Film Bebas diadaptasi dari film box office Korea Selatan berjudul Sunny, menampilkan kisah dari dua kurun waktu berbeda.")]
    [InlineData("Bahkan, tagar #HappyYeonjunDay dan #HappyBirthdayYeonjun sempat menjadi trending topic di media sosial Twitter sebagai bentuk perayaan hari bahagia ini.")]
    [InlineData("Tampil , dengan riasan dan dress untuk tampil cantik setiap saat itu gampang, kok, #MulaiAjaDulu di Tokopedia.")]
    [InlineData("Pemerintah Kabupaten Lamandau, Kalimantan Tengah, melalui Perusahaan Daerah Air Minum (PDAM) Tirta Dharma mendistribusikan air bersih untuk warga di sejumlah desa di dua kecamatan yang terdampak Kekeringan.")]
    [InlineData("PDAM Toya Wening Kota Solo tengah menunggu hasil laboratorium Balai Teknik Kesehatan Lingkungan dan Penyakit Menular di Jakarta, menyusul tercemarnya air baku dari Sungai Bengawan Solo yang diduga berasal dari limbah home industri alkohol Ciu.")]
    [InlineData("Terkait hal ini, Lion Air akhirnya buka suara. Salah satu anak perusahaan Lion Air, Malindo Air, mengungkap penyebab data penumpang mereka bisa bocor ke pihak ketiga.")]
    [InlineData("\"Dalam kaitan tersebut, Malindo Air menyatakan tidak menyimpan rincian pembayaran setiap penumpang atau pelanggan di dalam server.")]
    [InlineData("Untuk penanganan kebakaran hutan dan lahan, 5.809 personel dari Korem 031/WB 2200 orang, Lanud RSN 117 orang, Polda Riau 2200 orang, Lanal Dumai 31 orang, BPBD 300 orang, Damkar 200 orang, Polisi Kehutanan 109 orang, Manggala Agni 210 orang, Masyarakat Peduli Api 292 orang, dan perusahaan 150 orang.")]
    [InlineData("809 orang yang terdiri dari Korem 031/WB 2200 orang, Lanud RSN 117 orang, Polda Riau 2200 orang, Lanal Dumai 31 orang, BPBD 300 orang, Damkar 200 orang, Polisi Kehutanan 109 orang, Manggala Agni 210 orang.")]
    [InlineData("Pelantikan tersebut dilakukan bersama 27 Pejabat Pimpinan Tinggi ( PPT ) Pratama lainnya Dilingkungan Pemerintah Kabupaten Pasangkayu, Provinsi Sulawesi Barat.")]

    // Round six (ExtractionHeldOutReal5 and the development quarter): a team's points in a table, roles, goods by their brand,
    // a people's name, Roman numerals of a scale, a list of villages, lodgings and sights abroad, an English office.
    [InlineData("Hasil itu membuat Norwich naik ke peringkat ke-12 dengan koleksi enam poin, sementara City (10) tertahan di urutan kedua dengan jarak lima poin dari pemuncak klasemen Liverpool (15).")]
    [InlineData("Dua buah jam tangan Rolex, furniture mahal bak seorang putri, perhiasan berlian, lima tas Gucci, tas Valentino, Louis Vuitton dan beberapa berlian termasuk cincin tiga karat menjadi saksi dari kehidupan mewahnya.")]
    [InlineData("Sebut saja sepatu Broche Vivier Espadrilles yang dibanderol seharga Rp 14,6 juta.")]
    [InlineData("Setelah mendaftar melalui aplikasi kencan, ia pun segera dibawa berkencan makan malam sushi dengan seorang pria Yahudi yang baru saja bercerai.")]
    [InlineData("Seperti diberitakan sebelumnya, gempa ini dirasakan hingga Bandung pada skala intensitas II-III MMI sampai Bima pada skala intensitas III MMI.")]
    [InlineData("Danau Waibelen kala itu, menjadi satu-satunya sumber air bagi masyarakat Desa Waibao yang terdiri dari Kampung Keka, Tengadei, Riangpuho, dan Lebao.")]
    [InlineData("Melipir sedikit ke arah Uluwatu, kamu bisa mampir ke Cliff Edge Spa Cabana dari Alila Villas Uluwatu.")]
    [InlineData("Namun saat tiba giliran member berjuluk Ace itu kesulitan berbicara karena menahan tangisannya.")]
    [InlineData("Hari Sabtu (6/7) lalu, Doremi yang merupakan brand produk kids personal skin care menggelar sebuah event bertajuk,.")]
    [InlineData("Dalam momen tersebut, tim berjulukan Laskar Mahesa Jenar itu menggaet yang merupakan mantan pemain mereka.")]

    // Round seven (ExtractionHeldOutReal7 and the development quarter): goods and groups after a word for their kind, a
    // source quoted, signs of the zodiac in a horoscope, models listed after their line, a band's name with "and", a family's
    // name before "bersaudara", a regulation's number, a country, roles before emptied brackets.
    [InlineData("Piaggio Indonesia menyediakan dua warna untuk GTS Super Tech 300 di Tanah Air. Yakni, warna Grey Avio dan Black Vulcano.")]
    [InlineData("Menurut perusahaan yang bermarkas di Shanghai itu seperti dikutip dari China Daily menyampaikan bahwa penggerak pada mobil prototipe itu adalah bagian dari pengembangan akhir U5.")]
    [InlineData("Dari beberapa foto yang dibagikan, terlihat sekilas konsep baru para member Super Junior.")]
    [InlineData("Gila Belanja dan Liburan, Aries dan 6 Zodiak Ini Dikenal Boros. 1. Aries, Aries yang tidak sabar dan impulsif, harus berada di daftar pertama yang yang paling boros.")]
    [InlineData("Berikut ramalan zodiak hari ini,September 2019 untuk 12 zodiak, Aries, Taurus Cancer, Leo, Virgo, Libra, Scorpio Capricorn, Aquarius, dan Pisces selengkapnya.")]
    [InlineData("Pada kategori Irmler Art Design, merek piano asal Jerman itu memiliki sembilan seri piano upright yang dirilis antara lain Monet, Alexa, Davinci, Carlo, Monique, Van Gogh, Gina, Louis dan Titus. Salah satunya terlihat pada seri Irmler Alexa yang memiliki body shape melengkung. Khusus untuk Irmler Translucid tersebut dibalut dengan warna transparan yang mewah dan futuristik.")]
    [InlineData("Ia juga menggandeng Andra and The Backbone untuk tampil di konsernya nanti.")]
    [InlineData("Kemudian, posisi kelima dan keenam ditempati oleh Espargaro bersaudara.")]
    [InlineData("Yang kemudian, direvisi lewat Peraturan Menteri Pertanuan No. 23 Tahun 2018, yang mempersyaratkan pemenuhan halal (untuk produk yang dipersyaratkan).")]
    [InlineData("Dalam perjalanan menjadi juara, Spanyol sukses mengalahkan Tunisia 101-62, Puerto Rico (73-63).")]
    // Round twelve (ExtractionHeldOutReal8): a country the list of countries lacked.
    [InlineData("Meksiko akan melawan Trinidad dan Tobago.")]
    // Round twelve (ExtractionHeldOutReal5, ExtractionHeldOutReal6, ExtractionClickIdDev2): the forest-fire brigade.
    [InlineData("Sebenarnya pemadaman di wilayah tersebut sudah dilakukan oleh Satgas Gabungan Penanggulangan Kebakaran Hutan dan Lahan gabungan dari personel TNI-Polri, Manggala Agni, BPBS Sumsel dan BPBD Ogan Ilir termasuk masyarakat peduli api.")]
    // Roles in a drama before the brackets the scraper emptied of the actor's name ("Jeon Nok Du (,)"), wherever the text
    // names them again.
    [InlineData("Menariknya, foto adegan kali ini menampilkan sosok Jeon Nok Du (,)\n\nDong Dong Joo (,) dan Cha Yul Mu (,) yang terungkap bakal terjebak cinta segitiga.\n\nDalam foto adegan itu, Jeon Nok Du yang sedang menyamar sebagai wanita dan kini berstatus ibu angkat Dong Dong Joo tampak menawari gadis cantik itu untuk menaiki kuda bersamanya.")]
    [InlineData("Awal episode ke-13 drama RICH MAN dibuka dengan Lee Yoo Chan (,) yang tertidur dengan kepala di pangkuan Kim Bo Ra (,). Tiba-tiba wajah Yoo Chan menjadi sangat dekat dengan Kim Bo Ra.")]
    // Round ten (the development quarter): the office of a state firm's staff going on after a comma.
    [InlineData("\"Pertimbangan penutupan sementara SPBU ini terkait aspek keselamatan dan keamanan petugas SPBU dan aset SPBU, serta rekomendasi dari aparat keamanan,\" ujar Unit Manager Communication, Relations dan CSR MOR VIII PT Pertamina (Persero)")]
    public void ReadsNoPersonWhereNoneIsNamed(string sentence)
    {
        Assert.Empty(Extract.From(sentence).Persons);
    }

    /// <summary>Names in a sentence that are no persons, where the sentence also names some (round seven, the development
    /// quarter: the last of a list of aircraft or goods beside a model's number, "pesawat N250 Kerincing Wesi, Konconegoro
    /// dan Putut Guritno").</summary>
    [Theory]
    [InlineData("Habibie membuat empat pesawat prototipe N250. Selain seri Gatotkoco, Mr. Crack pun membuat pesawat N250 Kerincing Wesi, Konconegoro dan Putut Guritno.", "Putut Guritno")]
    public void ReadsNoPersonInTheName(string sentence, string name)
    {
        var persons = Extract.From(sentence).Persons;

        Assert.Contains(persons, p => p.Name == "Habibie");
        Assert.DoesNotContain(persons, p => p.Name == name);
    }

    [Fact]
    public void ReadsNoPersonInAListOfPhonesByTheirModels()
    {
        // ExtractionHeldOutReal7 (development data since 2026-12-07): "LG G6, OnePlus 3T, dan Google Pixel", the models'
        // numbers ending the items before the last.
        var persons = Extract.From(
            "LG bukan lagi pemain utama yang ada di pasar tapi itu tidak berarti mereka benar-benar meninggalkan segmen tersebut sepenuhnya. Bahkan, laman , telah mengungkap informasi baru yang menunjukkan perusahaan secara aktif bekerja pada , baru.\n\nDisebut LG G Pad 5, perangkat akan diberdayakan oleh Qualcomm Snapdragon 821 yang dipasangkan dengan RAM 4 GB dan 32 GB penyimpanan internal. ,ini sudah berusia lebih dari tiga tahun dan sebelumnya digunakan di dalam LG G6, OnePlus 3T, dan Google Pixel.\n\nKeputusan itu cukup disayangkan. Sebab pesaiangnya telah melangkah jauh, sebut saja Galaxy Tab S5e yang menggunakan Snapdragon 670 untuk dilirik konsumen., ini menjalankan Android 9 Pie bersama , antarmuka khusus LG dan menampilkan layar 10:10 16:10 yang besar serta menawarkan resolusi 1920 x 1200p. Seperti ditunjukkan oleh render yang bocor, panel dipasangkan dengan bezel yang lebih tipis dari LG G Pad IV yang mendahuluinya dan satu kamera menghadap ke depan.",
            "LG Ciptakan Tablet dengan Desain Terbaru, Tapi Prosesor Tahun 2016").Persons;

        Assert.DoesNotContain(persons, p => p.Name == "Google Pixel");
    }

    /// <summary>Round eight (ExtractionHeldOutReal8 and the development quarter): the headline names more fully, or by another
    /// form, a person the body names by one name; the headline's form is the person's name or an alias.</summary>
    [Theory]
    [InlineData("Virgil van Dijk Tak Segan Puji Sule sebagai Bek Hebat", "Van Dijk mengungkapkan pemain muda berusia 24 tahun itu memiliki masa depan yang cerah.", "Virgil van Dijk", "Van Dijk")]
    [InlineData("Mahfud MD: Secara Hukum, KPK Tak Bisa Serahkan Mandat ke Presiden", "Mahfud mengatakan, dalam ilmu hukum, mandataris berarti orang yang diberikan mandat oleh pejabat tertentu, tetapi yang bertanggung jawab adalah pemberi mandat.", "Mahfud MD", "Mahfud")]
    [InlineData("Gerindra Dapat Posisi Wakil Ketua DPR, Sebut Nama Baru Gantikan Fadli Zon", "Muzani menyebut bahwa Prabowo telah menyampaikan perihal ini secara langsung ke Fadli.", "Fadli Zon", "Fadli")]
    [InlineData("Dian Sastro Ungkapkan Keresahan Soal Revisi KUHP, Beberkan Poin Yang Dianggap Ngaco", "Pemilik nama asli Dian Paramita Sastrowardoyo ini juga menyebutkan bahwa aturan hukum pidana yang akan disahkan oleh DPR dan pemerintah banyak yang kurang logis.", "Dian Paramita Sastrowardoyo", "Dian Sastro")]
    public void ReadsTheHeadlinesFormOfAPersonOfTheBody(string title, string text, string name, string alias)
    {
        var person = Assert.Single(Extract.From(text, title).Persons, p => p.Name == name);

        Assert.Contains(alias, person.Aliases);
    }

    /// <summary>A verb, a group or a regency beside a name in a headline is no part of it (the development quarter and
    /// ExtractionHeldOutReal7, where a first try read "Susi Pudjiastuti Lantik" and "Jimin BTS").</summary>
    [Theory]
    [InlineData("Susi Pudjiastuti Lantik Agus Suherman Sebagai Dirjen PDSPKP", "Menteri Kelautan dan Perikanan Susi Pudjiastuti melantik Agus Suherman.", "Susi Pudjiastuti")]
    [InlineData("Pesta Salju Buatan di Gangnam untuk Ulang Tahun Jimin BTS Tuai Pro Kontra", "Ulang tahun Jimin dirayakan para penggemar di Gangnam.", "Jimin")]
    [InlineData("Eks Bupati Bangkalan Fuad Amin Meninggal", "Mantan Bupati Bangkalan Fuad Amin meninggal dunia di rumah sakit.", "Fuad Amin")]
    public void KeepsTheBodysNameBesideAHeadlinesOtherWords(string title, string text, string name)
    {
        Assert.Contains(Extract.From(text, title).Persons, p => p.Name == name);
    }

    /// <summary>Round eight (ExtractionHeldOutReal8, the development quarter): a synopsis's characters with their actors in
    /// brackets, a month after "bulan", a firm before its legal form, an office's words alone, a role said to be played
    /// ("sudah diperankan", ", karakter") wherever the text names it.</summary>
    [Theory]
    [InlineData("Diceritakan terdapat dua orang sahabat, Anugerah (Vincent) dan Rahmat (Desta), yang sangat ingin menjadi artis di Tanah Air. Walaupun ditentang oleh Pak Jono (Roy Marten) yang merupakan ayah Anugerah, mereka berdua tetap berangkat ke Jakarta. Namun perjalanan mereka tak mulus, hingga suatu hari mereka berkenalan dengan Roni (Onad) dan Mas Bayu (Imam Darto) yang merupakan koordinator penonton bayaran yang kemayu.", "Rahmat")]
    [InlineData("Diceritakan terdapat dua orang sahabat, Anugerah (Vincent) dan Rahmat (Desta), yang sangat ingin menjadi artis di Tanah Air. Walaupun ditentang oleh Pak Jono (Roy Marten) yang merupakan ayah Anugerah, mereka berdua tetap berangkat ke Jakarta. Namun perjalanan mereka tak mulus, hingga suatu hari mereka berkenalan dengan Roni (Onad) dan Mas Bayu (Imam Darto) yang merupakan koordinator penonton bayaran yang kemayu.", "Jono")]
    [InlineData("Novel ini akan dibuat sebagai webseries yang akan tayang di bulan Ramadhan. Masih belum tahu di serial ini Prilly akan berperan sebagai siapa.", "Ramadhan")]
    [InlineData("Pada Agustus 2019, firma konsultan global, McKinsey & Co menerbitkan laporan sembilan halaman. Lewat laporan tersebut, McKinsey memperingatkan negara-negara Asia Pasifik agar mewaspadai tingginya utang korporasi.", "McKinsey")]
    [InlineData("\"Kami berharap kerja sama ini dapat memperkuat peran Indonesia dalam mengisi hubungan bilateral Indonesia dan Suriname,\" ucap Duta Besar RI untuk Republik Suriname Julang Pujianto lewat keterangan tertulis.", "Duta Besar")]
    [InlineData("Bertempat di Ballroom Jakarta Theater, Tidak hanya Gubernur , yang berhasil menerima penghargaan, Duta Literasi , Hj. Percha Leanpuri, B.Bus MBA dan Bunda Baca Kabupaten Musi Rawas.", "Duta")]
    [InlineData("Ia mencoba menjadi Sarah, karakter perempuan di novel dan film,menggunakan baju dan kerudung serba putih, Prilly terlihat sangat cantik. Karena sosok Sarah sudah diperankan oleh aktris lain, yaitu Prilly mengunggah foto tersebut saat syutng, Rabu (27/3//2019).", "Sarah")]
    [InlineData("Karakter tersebut adalah Thunderbolt Ross, yang diperankan oleh aktor kawakan,. Karakter Thunderbolt Ross alias Jenderal Ross sendiri memulai debutnya di MCU. Dalam foto-foto tersebut, karakter Ross terlihat sedikit lebih tua, di mana ia terlihat berdiri dengan menggunakan tongkat.", "Thunderbolt Ross")]
    [InlineData("Karakter tersebut adalah Thunderbolt Ross, yang diperankan oleh aktor kawakan,. Karakter Thunderbolt Ross alias Jenderal Ross sendiri memulai debutnya di MCU. Dalam foto-foto tersebut, karakter Ross terlihat sedikit lebih tua, di mana ia terlihat berdiri dengan menggunakan tongkat.", "Jenderal Ross")]
    public void ReadsNoPersonInRolesMonthsFirmsAndOffices(string text, string name)
    {
        Assert.DoesNotContain(Extract.From(text).Persons, p => p.Name == name);
    }

    /// <summary>Round eight (ExtractionHeldOutReal8): a city before a comma and its country, a country as the Indonesian
    /// press spells it ("Cile").</summary>
    [Theory]
    [InlineData("Unggulan pertama Turnamen BWF World Tour 1000 itu membalas dengan kemenangan tiga game 22-20, 18-21, 23-21 di lapangan 3 Olympic Sports Center Xincheng Gymnasium, Changzhou, China, Kamis (19/9).", "Changzhou")]
    [InlineData("Argentina bermain tanpa Lionel Messi yang cedera. Namun, tak seperti Jumat lalu, saat mereka ditahan Cile 0-0, kali ini tim Tango mampu tampil dominan.", "Cile")]
    public void ReadsNoPersonInAPlaceAbroad(string text, string name)
    {
        Assert.DoesNotContain(Extract.From(text).Persons, p => p.Name == name);
    }

    /// <summary>Round eight (ExtractionHeldOutReal8): the entries of a results table, a rank (or a comma for those who did
    /// not finish), the name, a country's three-letter code, the team.</summary>
    [Theory]
    [InlineData("Hasil MotoGP San Marino 2019:,1 Marc Marquez SPA Repsol Honda (RC213V) 42 menit 25,163 detik,2 Fabio Quartararo FRA Petronas Yamaha (YZR-M1)* +0,903 detik,3 Maverick Viñales SPA Monster Yamaha (YZR-M1) +1,636 detik,4 Valentino Rossi ITA Monster Yamaha (YZR-M1) +12,660 detik,5 Franco Morbidelli ITA Petronas Yamaha (YZR-M1) +12,774 detik,6 Andrea Dovizioso ITA Ducati Team (GP19) +13,744 detik", "Andrea Dovizioso")]
    [InlineData("Cal Crutchlow GBR LCR Honda (RC213V) DNF,Michele Pirro ITA Ducati Team (GP19) DNF,Alex Rins SPA Suzuki Ecstar (GSX-RR) DNF,Francesco Bagnaia ITA Pramac Ducati (GP18)* DNF", "Michele Pirro")]
    public void ReadsThePersonsOfAResultsTable(string text, string name)
    {
        Assert.Contains(Extract.From(text).Persons, p => p.Name == name);
    }

    /// <summary>Round twelve (ExtractionHeldOutReal8, ExtractionHeldOutReal12, the development quarter): a results table's
    /// lines with a dot after the rank, each entry's words whole ("Pol" is no police corps there), and no person in the team
    /// or machine after the code ("Factory Aprilia Gresini (RS-GP)", "Federal Oil Gresini Moto2 (Kalex)"). Round sixteen
    /// (ExtractionHeldOutReal16, the development quarter): tables with no country code, the team after a dash and the machine
    /// in brackets before the time, whatever the tagger makes of the names (it reads "Takaaki Nakagami" as a firm's).</summary>
    [Theory]
    [InlineData("10. Franco Morbidelli ITA Petronas Yamaha (YZR-M1) 80 (-195)\n\n11. Pol Espargaro SPA Red Bull KTM Factory (RC16) 77 (-198)\n\n12. Takaaki Nakagami JPN LCR Honda (RC213V) 62 (-213)\n\n13. Joan Mir SPA Suzuki Ecstar (GSX-RR)* 47 (-228)\n\n14. Aleix Espargaro SPA Factory Aprilia Gresini (RS-GP) 37 (-238)\n\n15. Francesco Bagnaia ITA Pramac Ducati (GP18)* 29 (-246)",
        "Franco Morbidelli|Pol Espargaro|Takaaki Nakagami|Joan Mir|Aleix Espargaro|Francesco Bagnaia")]
    [InlineData("1. Augusto Fernandez SPA FLEXBOX HP 40 (Kalex) 41m 12.535s,2 Fabio Di Giannantonio ITA +Ego Speed Up (Speed Up) 41m 12.721s,3 Alex Marquez SPA EG 0,0 Marc VDS (Kalex) 41m 13.818s,4 Thomas Luthi SWI Dynavolt Intact GP (Kalex) 41m 15.268s,5 Sam Lowes GBR Federal Oil Gresini Moto2 (Kalex) 41m 21.299s",
        "Augusto Fernandez|Fabio Di Giannantonio|Alex Marquez|Thomas Luthi|Sam Lowes")]
    [InlineData("1. Marc Marquez - Repsol Honda (RC213V) 1'31.185s,2. Maverick Viñales - Monster Yamaha (YZR-M1) +0.351s,3. Pol Espargaro - Red Bull KTM Factory (RC16) +0.762s,4. Alex Rins - Suzuki Ecstar (GSX-RR) +0.929s ,5. Franco Morbidelli - Petronas Yamaha (YZR-M1) +0.931s,6. Johann Zarco - LCR Honda (RC213V) +1.141s",
        "Marc Marquez|Maverick Viñales|Pol Espargaro|Alex Rins|Franco Morbidelli|Johann Zarco")]
    [InlineData("11. Aleix Espargaro - Factory Aprilia Gresini (RS-GP) +1.175s,12. Johann Zarco - Red Bull KTM Factory (RC16) +1.181s,13. Takaaki Nakagami - LCR Honda (RC213V) +1.223s,14. Francesco Bagnaia - Pramac Ducati (GP18) +1.228s",
        "Aleix Espargaro|Johann Zarco|Takaaki Nakagami|Francesco Bagnaia")]
    public void ReadsAResultsTablesEntriesWholeAndNoPersonInItsTeams(string text, string expected)
    {
        var names = Extract.From(text).Persons.Select(p => p.Name).ToList();

        Assert.Equal(expected.Split('|').Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
    }

    /// <summary>Round sixteen (the development quarter): a numbered list whose item has a dash but no machine in brackets and
    /// no time after it is no results table: an app's name, no person.</summary>
    [Theory]
    [InlineData("Di bawah ini adalah daftar aplikasi yang terkena dampak yang harus Anda hapus segera jika Anda sedang menggunakannya:,1. Advocate Wallpaper,2. Age Face,3. Altar Message,4. Antivirus Security - Security Scan,5. Beach Camera", "Antivirus Security")]
    public void ReadsNoPersonInANumberedListWithADashThatIsNoResultsTable(string text, string name)
    {
        Assert.DoesNotContain(Extract.From(text).Persons, p => p.Name == name);
    }

    /// <summary>Round ten (ExtractionHeldOutReal10, ExtractionHeldOutReal3, ExtractionHeldOutReal8, the development quarter):
    /// a football line-up, names set out with semicolons and commas, gives each item whole as a name, with the substitute in
    /// brackets, where the tagger reads only some of them.</summary>
    [Theory]
    [InlineData("Meret; Di Lorenzo, Maksimovic, Koulibaly, Rui; Callejon, Ruiz Pena, Elmas; Zielinski, Lozano, Mertens, Adrian; Alexander-Arnold, Matip, Van Dijk, Robertson; Fabinho, Henderson, Wijnaldum; Salah, Firmino, Mane",
        "Meret|Di Lorenzo|Maksimovic|Koulibaly|Rui|Callejon|Ruiz Pena|Elmas|Zielinski|Lozano|Mertens|Adrian|Alexander-Arnold|Matip|Van Dijk|Robertson|Fabinho|Henderson|Wijnaldum|Salah|Firmino|Mane")]
    [InlineData("Spurs berharap membuat awal yang sempurna setelah kampanye luar biasa musim lalu.,: Malheiro de Sa; Elabdellaoui, Semedo, Meriah, Tsimikas, dos Santos Torres, Bouchalakis, Castelo Podence, Valbuena, Masouras, Guerrero, Lloris (C); Alderweireld, Sanchez, Vertonghen, Davies; Winks, Ndombele, Eriksen, Dele, Lucas, Kane.",
        "Malheiro de Sa|Elabdellaoui|Semedo|Meriah|Tsimikas|dos Santos Torres|Bouchalakis|Castelo Podence|Valbuena|Masouras|Guerrero|Lloris|Alderweireld|Sanchez|Vertonghen|Davies|Winks|Ndombele|Eriksen|Dele|Lucas|Kane")]
    [InlineData("Jasper Cillessen; Daniel Wass, Ezequiel Garay, Gabriel Paulista, Jose Gaya; Geoffrey Kondogbia, Francis Coquelin, Daniel Parejo, Denis Cheryshev (Mouchtar Diakhaby 90'); Rodrigo",
        "Jasper Cillessen|Daniel Wass|Ezequiel Garay|Gabriel Paulista|Jose Gaya|Geoffrey Kondogbia|Francis Coquelin|Daniel Parejo|Denis Cheryshev|Mouchtar Diakhaby|Rodrigo")]
    [InlineData("Susunan Pemain,(4-3-3): Guillermo Ochoa; Miguel Layun, Carlos Salcedo, Nestor Araujo, Jesus Gallardo; Edson Alvarez, Hector Herrera, Jonathan dos Santos; Hirving Lozano, Raul Jimenez, Jesus Corona.",
        "Guillermo Ochoa|Miguel Layun|Carlos Salcedo|Nestor Araujo|Jesus Gallardo|Edson Alvarez|Hector Herrera|Jonathan dos Santos|Hirving Lozano|Raul Jimenez|Jesus Corona")]
    [InlineData("Prediksi Susunan Pemain, (3-4-2-1): Handanovic; Skriniar, De Vrij, Godin; Asamoah, Brozovic, Barella, Candreva; Sensi, Politano; Lukaku.",
        "Handanovic|Skriniar|De Vrij|Godin|Asamoah|Brozovic|Barella|Candreva|Sensi|Politano|Lukaku")]
    public void ReadsTheNamesOfALineUp(string text, string expected)
    {
        var names = Extract.From(text).Persons.Select(p => p.Name).ToList();

        Assert.Equal(expected.Split('|').Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
    }

    /// <summary>Round seventeen (ExtractionHeldOutReal17): a concert's line-up whose one-word names each carry their show's
    /// acronym gives the names without it, the first item's too ("Fildan DAA" before "Ical DA").</summary>
    [Theory]
    [InlineData("\"Konser 17-an\" akan mulai menyemarakkan suasana pada pukul 13.30 WIB LIVE di Indosiar dengan menampilkan sederet artis tanah air. Diantaranya Setia Band, Trio Macan, Sodiq, Fildan DAA, Ical DA, Irwan DA, Reza DA, Putri DA, Aulia DA, Rara LIDA, Ridwan LIDA, Randa LIDA, Sheyla LIDA, Lilis BP, Tika BP dan Jamila BP.",
        "Fildan|Ical|Irwan|Reza|Aulia|Rara|Ridwan|Randa|Sheyla|Lilis")]
    public void ReadsALineUpsNamesWithoutTheirGroupsAcronym(string text, string expected)
    {
        var names = Extract.From(text).Persons.Select(p => p.Name).ToList();

        Assert.All(expected.Split('|'), name => Assert.Contains(name, names));
        Assert.DoesNotContain(names, name => name.Split(' ') is [_, var acronym] && acronym.All(char.IsAsciiLetterUpper));
    }

    /// <summary>... but a club's "FC" after its name is no group's acronym: a transfer list's clubs stay clubs (development
    /// quarter, tempo-02116).</summary>
    [Fact]
    public void KeepsAClubsAcronymWithItsNameInATransferList()
    {
        var names = Extract.From("Masuk: David Aparecido da Silva (Pohang Steelers FC)\n\nAryn Glen Williams (Neroca FC).\n\nMasuk: Rahmad Hidayat (Bhayangkara FC)\n\nAlexandre Luiz Reame Xandao (Guarani FC)\n\nJoan Tomas Compasol (PAS Lamia)").Persons.Select(p => p.Name).ToList();

        Assert.Contains("Aryn Glen Williams", names);
        Assert.Contains("Alexandre Luiz Reame Xandao", names);
        Assert.DoesNotContain(names, name => name is "Neroca" or "Guarani" or "Bhayangkara");
    }

    /// <summary>... and what it leaves alone (the development quarter): officials listed with their offices, a short list of
    /// authors with their universities, a heading after the last player.</summary>
    [Theory]
    [InlineData("Turut hadir dalam penandatanganan PKB ini, Dirjen PHI dan Jamsos Kemnaker, Haiyani Rumondang; Kadisnakertrans Provinsi DKI Jakarta, Andri Yansyah; Presiden Direktur PT Toyota Astra Motor, Yoshiro Nakata; dan Ketua PUK FSP LEM PT Toyota Motor Manufacturing Indonesia, Aziz Syarif Hidayat.", "Jamsos Kemnaker")]
    [InlineData("Karya: Prachi Agarwal, Sanjay Kumar Sonbhadra, Sonali Agarwal and P Nagabhushan - Indian Institute of Information Technology, Allahabad, India; Muhammad Syarfullah, Krisna Adiyarta – Universitas Budi Luhur, Jakarta Indonesia.", "Information Technology")]
    [InlineData("Keylor Navas; Meunier, Thiago Silva, Kimpembe, Bernat; Verratti, Marquinhos, Gueye; Di Maria, Icardi, Sarabia,: Courtois; Carvajal, Varane, Militão, Mendy; Kroos, Casemiro, James; Bale, Benzema, Hazard,Grup A,Club Brugge vs Galatasaray (tengah berlangsung)", "Grup A")]
    public void ReadsNoPersonInAListOfOfficesOrPlaces(string text, string name)
    {
        Assert.DoesNotContain(Extract.From(text).Persons, p => p.Name == name);
    }

    /// <summary>Round ten (ExtractionHeldOutReal10, the development quarter): a nickname in quotes between the given name and
    /// the surname belongs to the name; a word in quotes the press writes in lower case is no nickname. Round eleven (the
    /// development quarter): neither side read by the tagger, or the surname a word the press also writes in lower case ("Teja").</summary>
    [Theory]
    [InlineData("Selain Carraway, tim yang terdiri dari Hartanto \"POKKA\" Lius, Farhan \"Hanss\" Akbari Ardiansyah, Satria \"Wiraww\" Adi Wiratama, Hartawan \"Wyvorz\" Muliadi, dan Gilang \"Fall\" Dwi Falah, menjadikan ajang AIC menjadi pemanasan menuju SEA Games 2019.",
        "Carraway|Hartanto \"POKKA\" Lius|Farhan \"Hanss\" Akbari Ardiansyah|Satria \"Wiraww\" Adi Wiratama|Hartawan \"Wyvorz\" Muliadi|Gilang \"Fall\" Dwi Falah")]
    [InlineData("\"Lawannya kemungkinan besar ya Thailand dan Vietnam sih,\" ujar anggota tim EVOS.AOV Henri \"Carraway\" Teja, di Tennis Indoor Senayan, Jakarta Pusat.", "Henri \"Carraway\" Teja")]
    [InlineData("Otak skandal William \"Rick\" Singer memfasilitasi kecurangan pada tes SAT atau menyuap pelatih perguruan tinggi untuk memberi siswa keuntungan dalam proses penerimaan.", "William \"Rick\" Singer")]
    public void ReadsANicknameInQuotesAsPartOfTheName(string text, string expected)
    {
        var names = Extract.From(text).Persons.Select(p => p.Name).ToList();

        Assert.Equal(expected.Split('|').Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
    }

    /// <summary>Round eleven (ExtractionHeldOutReal, ExtractionHeldOutReal11): the Sundanese and Javanese titles Tubagus
    /// ("TB") and Raden are written as part of the name, after an office and a rank too.</summary>
    [Theory]
    [InlineData("Kota Tangsel ke-3 dalam penjaringan PDIP. Sebelum Tomi, ada Siti Nur Azizah dan TB Rahmat Sukendar.", "TB Rahmat Sukendar")]
    [InlineData("Beberapa tokoh lain seperti Ketua DPP Lembaga Pemberdayaan Masyarakat Tangsel Aldrin Ramadian, TB Rahmad Suhendar, dan Wakil , Benyamin Davnie, hadir.", "TB Rahmad Suhendar")]
    [InlineData("Kabid Humas Polda Metro Jaya, Kombes Pol Raden Prabowo Argo Yuwono mengatakan, polisi sudah meyelidiki kasus peredaran narkoba itu selama 1 bulan.", "Raden Prabowo Argo Yuwono")]
    public void KeepsTheTitleWrittenAsPartOfTheName(string text, string name)
    {
        var persons = Extract.From(text).Persons;

        Assert.Contains(persons, p => p.Name == name);
        Assert.DoesNotContain(persons, p => name.EndsWith(" " + p.Name, StringComparison.Ordinal));
    }

    /// <summary>Round fifteen (ExtractionHeldOutReal4, ExtractionHeldOutReal13, ExtractionHeldOutReal15): a Korean family name
    /// that is also a common word ("Yang", "Oh") belongs to the given name of two syllables after it; the relative "yang" and
    /// the interjection stay out of other names.</summary>
    [Theory]
    [InlineData("Beberapa jam kemudian giliran adiknya, Yang Min Suk, yang juga mengumumkan mundur sebagai CEO YG Entertainment.", "Yang Min Suk")]
    [InlineData("Nama si Ratu Hafalan kembali muncul saat Yoo Chan rapat dengan Min Tae Joo (Oh Chang Suk) dan Nam Chul Woo.", "Oh Chang Suk")]
    [InlineData("The Bad Guys: Reign Of Chaos masih berkisah tentang tim investigasi bentukan Detektif Oh Gu Tak. Sang detektif masih bekerja sama dengan Park Woong Cheol.", "Oh Gu Tak")]
    [InlineData("Sinopsis Drama STILL 17 Episode 12, Romantisnya Yang Se Jong & Shin Hye Sun", "Yang Se Jong")]
    [InlineData("Bukannya membahas pekerjaannya sebagai dokter, ia ditanya soal ayahnya, Oh Sung Moo, yang merupakan penulis komik terkenal.", "Oh Sung Moo")]
    public void KeepsAKoreanFamilyNameThatIsAlsoAWord(string text, string name)
    {
        var persons = Extract.From(text).Persons;

        Assert.Contains(persons, p => p.Name == name);
        Assert.DoesNotContain(persons, p => name.EndsWith(" " + p.Name, StringComparison.Ordinal));
    }

    /// <summary>Round fifteen (ExtractionHeldOutReal9, ExtractionHeldOutReal14): the Arabic name "Salah" capitalised after a
    /// given name is the family name, not the word "salah" (wrong).</summary>
    [Theory]
    [InlineData("Dua gol Liverpool diborong Sadio Mane, dan satu gol lain diceloskan Mohamed Salah. Sedangkan gol Newcastle dicetak Jetro Willems.", "Mohamed Salah")]
    [InlineData("Namanya tercacat di posisi 20, di atas umat muslim lain yang terkenal macam pesepakbola Mohammed Salah yang menempati posisi 46.", "Mohammed Salah")]
    public void KeepsSalahAfterAnArabicGivenName(string text, string name)
    {
        var persons = Extract.From(text).Persons;

        Assert.Contains(persons, p => p.Name == name);
        Assert.DoesNotContain(persons, p => name.StartsWith(p.Name + " ", StringComparison.Ordinal));
    }

    /// <summary>Round fifteen (the development quarter): "Yang" before words that are no Korean given name opens no name.</summary>
    [Theory]
    [InlineData("Setelah usia memasuki 38 minggu, Sandra mengaku doanya dikabulkan oleh Yang Maha Kuasa.", "Yang")]
    [InlineData("tengah berduka akibat ibunda yang baru saja berpulang kepada pangkuan Yang Maha Kuasa.", "Yang")]
    public void ReadsNoKoreanFamilyNameInOrdinaryWords(string text, string word)
    {
        Assert.DoesNotContain(Extract.From(text).Persons, p => p.Name.StartsWith(word + " ", StringComparison.Ordinal));
    }

    /// <summary>Round fifteen (ExtractionHeldOutReal8, ExtractionHeldOutReal13, ExtractionHeldOutReal15, the development
    /// quarter): a doubles pair written with a slash is two persons, each side a name of its own (a side of one word merges
    /// with the player named in full).</summary>
    [Theory]
    [InlineData("Pasangan ganda putri Indonesia Greysia Polii/Apriyani Rahayu melaju ke babak kedua turnamen bulu tangkis China Open 2019. Dalam pertandingan babak pertama yang berlangsung pada Rabu 18 September, Greysia/Apriyani menaklukkan pasangan asal Inggris Chloe Birch/Lauren Smith dalam dua gim.",
        "Greysia Polii|Apriyani Rahayu|Chloe Birch|Lauren Smith")]
    [InlineData("Hasil itu membalas kekalahan Marcus/Kevin dari Choi/Seo di babak kedua Kejuaraan Dunia 2019 di Basel, Swiss, Agustus lalu.", "Marcus|Kevin|Choi|Seo")]
    [InlineData("Laga yang berlangsung di Olympic Sports Center Xincheng Gymansium, Kamis (19/9/2019) siang WIB itu berjalan sulit untuk Rinov/Pitha.", "Rinov|Pitha")]
    public void ReadsADoublesPairAsTwoPersons(string text, string expected)
    {
        var names = Extract.From(text).Persons.Select(p => p.Name).ToList();

        Assert.Equal(expected.Split('|').Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
    }

    /// <summary>Round sixteen (ExtractionHeldOutReal16, the development quarter): a rank inside a reading ends what comes before
    /// it (a unit, an office, its region); the name is after the rank and its corps. "Laksamana" is a given name too.</summary>
    [Theory]
    [InlineData("Barang buktinya berupa miras yang sudah kita serahkan ke pengadilan,\" kata Kanit Turjawali Iptu Anggoro mewakili Kasatlantas Polres Karanganyar, AKP Faris Budiman kepada wartawan, seperti dilansir KRJogja.", "Anggoro")]
    [InlineData("Kapolrestabes Medan Kombes Dadang Hartanto menjelaskan, informasi anak-anak yang dijadikan pengemis tersebut berawal dari laporan masyarakat ke kepolisian.", "Dadang Hartanto")]
    [InlineData("Komandan Kodim 0402 OKI-Ogan Ilir Letkol Riyandi terjun langsung bersama warga ikut melakukan pemadaman.", "Riyandi")]
    [InlineData("Ahli Hukum Pidana dan Pengajar Fakultas Hukum Universitas Indonesia, Gandjar Laksamana Bonaprapta, mengkhawatirkan perubahan status kelembagaan Komisi Pemberantasan Korupsi ( ,) dari lembaga independen menjadi eksekutif.", "Gandjar Laksamana Bonaprapta")]
    public void ReadsTheNameAfterARankInsideTheReading(string text, string name)
    {
        Assert.Contains(Extract.From(text).Persons, p => p.Name == name);
    }

    /// <summary>Round sixteen (ExtractionHeldOutReal15, the development quarter): both players of a pair written with a slash,
    /// each a full name, where the tagger reads the pair as a firm ("Honda") or reads no name at all.</summary>
    [Theory]
    [InlineData("Hari ini, Ketut/Tania akan berhadapan dengan wakil Jepang, Erina Honda/Nozomi Shimizu di perempat final.", "Erina Honda|Nozomi Shimizu")]
    [InlineData("Praveen/Melati akan jumpa wakil India, Satwiksairaj Rankireddy/Ashiwini Ponnappa, sedangkan Tommy akan bertemu tunggal putra asal Hong Kong, Vinvent Wong Wing Ki.", "Satwiksairaj Rankireddy|Ashiwini Ponnappa")]
    [InlineData("Dalam pertandingan yang berlangsung Rabu, 18 September 2019, Hafiz/Gloria ditundukkan oleh pasangan Thailand Dechapol Puavaranukroh/Sapsiree Taerattanachai Ponnappa dalam dua gim berdurasi 44 menit dengan skor 14-21, 19-21.",
        "Dechapol Puavaranukroh|Sapsiree Taerattanachai Ponnappa")]
    // A hyphen inside a side is part of the name, no ticket of two ("Jhe-Huei"); "Hsu" is no acronym of Hulu Sungai Utara there.
    [InlineData("Ricky Karandasuwardi/Pia Zebadiah Bernadet vs Lee Jhe-Huei/Hsu Ya Ching (Taiwan): kalah 21-14, 12-21, 19-21.", "Lee Jhe-Huei|Hsu Ya Ching")]
    public void ReadsBothPlayersOfADoublesPairTheTaggerDoesNotKnow(string text, string expected)
    {
        var names = Extract.From(text).Persons.Select(p => p.Name).ToList();

        Assert.All(expected.Split('|'), name => Assert.Contains(name, names));
    }

    /// <summary>Round sixteen (the development quarter, the samples): offices, an organisation and a credit's outlet written
    /// with a slash are no doubles pair.</summary>
    [Theory]
    [InlineData("Keputusan tersebut disampaikan Duta Besar/Wakil Tetap Indonesia untuk Perserikatan Bangsa-bangsa (PBB) di Jenewa, Hasan Kleib.", "Wakil Tetap Indonesia")]
    [InlineData("Deputi Bidang Pengembangan Regional Kementerian PPN/Bappenas Rudy Supriadi Prawiradinata mengatakan bahwa pada tahap awal 2020 pemerintah akan menyiapkan masterplan dan grand design.", "Bappenas Rudy Supriadi")]
    [InlineData("Pj Bupati Jayapura (tengah) menunjukkan pakta integritas netralitas ASN usai apel di Gunung Merah, Sentani. (Foto: Cenderawasih News/Yulianus Ohee)", "Cenderawasih News")]
    public void ReadsNoDoublesPairInOfficesOrganisationsOrCredits(string text, string name)
    {
        Assert.DoesNotContain(Extract.From(text).Persons, p => p.Name == name);
    }

    /// <summary>Round eleven (ExtractionHeldOutReal4, ExtractionHeldOutReal11, the development quarter): two initials in
    /// capitals before a name the press writes as a person's, which the tagger reads as an organisation's ("PT Pindad"); the
    /// same person as the full name the initials open; an institution's acronym before a place stays no person.</summary>
    [Theory]
    [InlineData("Kacamata menjadi salah satu gaya autentik BJ Habibie. Model kacamata berbentuk persegi tanpa sudut dengan frame dari bahan organik.", "BJ Habibie")]
    [InlineData("Ketika mengetahui BJ Habibie meninggal dunia karena penyakit gangguan organ tubuhnya, Shireen pun mengaku menyesal belum sempat menjenguknya.", "BJ Habibie|Shireen")]
    [InlineData("Menteri Komunikasi dan Informatika Rudiantara mengucapkan rasa duka cita yang mendalam atas kepergian Bacharuddin Jusuf Habibie. Kiprah BJ Habibie dalam dunia teknologi dan ilmu pengetahuan perlu diteladani, begitu juga dengan sosoknya yang religius.",
        "Rudiantara|Bacharuddin Jusuf Habibie")]
    [InlineData("Sekadar diketahui, HS Dillon yang juga pengamat sosial-ekonomi itu meninggal dunia pada usia 74 tahun di RS Siloam Bali, pada Senin (16/9/2019).", "HS Dillon")]
    public void ReadsInitialsInCapitalsBeforeAName(string text, string expected)
    {
        var names = Extract.From(text).Persons.Select(p => p.Name).ToList();

        Assert.Equal(expected.Split('|').Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
    }

    /// <summary>Round twelve (ExtractionHeldOutReal, ExtractionHeldOutReal2, ExtractionHeldOutReal8, ExtractionHeldOutReal12,
    /// the development quarter): a first word the text shows to be an institution's (an abbreviation it defines, a word it
    /// writes after an organisation's word and ending there), a country or a ministry's short name is no part of the name
    /// after it; a person's name after an office's organisation word elsewhere stays whole.</summary>
    [Theory]
    [InlineData("Sidang terbuka tersebut turut dihadiri Wali Kota Tangerang, Arief R Wismansyah, Rektor Unis Prof Mustafa Kamil, dan Pembina Yayasan Unis, Hudaya Latuconsina.", "Mustafa Kamil", "Unis Prof Mustafa Kamil")]
    [InlineData("Gubernur Sumatera Selatan Herman Deru akhirnya menemui ratusan massa aksi dari , Universitas Sriwijaya (Unsri) yang tergabung dalam Gerakan Aliansi Sumsel Melawan Asap (Gasma).\n\nKoordinator Gasma Ni'matul Hakiki Vebri Awan langsung menyodorkan enam poin tuntutan mereka kepada Herman Deru.", "Ni'matul Hakiki Vebri Awan", "Gasma Ni'matul Hakiki Vebri Awan")]
    [InlineData("“Suriname apresiasi bantuan Indonesia untuk peningkatan kapasitas sumber daya manusia Sektor UKM yang sangat penting dalam mendukung pertumbuhan ekonomi Suriname,” jelas Menteri Luar Negeri Suriname Yldiz Pollack-Beighle.", "Yldiz Pollack-Beighle", "Suriname Yldiz Pollack-Beighle")]
    [InlineData("Pada rapat kali ini dihadiri juga Direktur Jenderal Perhubungan Darat Kemenhub Budi Setiyadi, Sekertaris Jenderal Kemenkhub Djoko Sasono, Direktur Jenderal Udara Kemenhub Polana Polana B. Pramesti.", "Djoko Sasono", "Kemenkhub Djoko Sasono")]
    [InlineData("Hal yang sama juga dilakukan akademisi di Unismuh.\n\nSalah satu akademisi di Unismuh Andi Luhur Priyanto mengatakan, revisi UU KPK oleh DPR tersebut merupakan serangan politik legislasi.\n\nFakultas Ilmu Sosial dan Politik Unismuh juga akan melakukan konsolidasi.", "Andi Luhur Priyanto", "Unismuh Andi Luhur Priyanto")]
    [InlineData("Tjokorda mengatakan Gubernur I Wayan Koster saat ini sedang berada di Jakarta bertemu dengan Menteri Perhubungan Budi Karya Sumadi.\n\nHal itu sesuai arahan Menteri Perhubungan Budi Karya Sumadi saat berkunjung ke Bali akhir pekan lalu.", "Budi Karya Sumadi", "Karya Sumadi")]
    public void ReadsNoInstitutionsWordAsTheFirstWordOfAName(string text, string name, string wrong)
    {
        var persons = Extract.From(text).Persons;

        Assert.Contains(persons, p => p.Name == name);
        Assert.DoesNotContain(persons, p => p.Name == wrong);
    }

    /// <summary>Round twelve (ExtractionHeldOutReal11, the development quarter): the press writes the First Lady's given name
    /// before her husband's name ("ibu negara Iriana Joko Widodo"); the husband the text names alone is a person of his own.</summary>
    [Theory]
    [InlineData("Presiden Joko Widodo (Jokowi) bersama ibu negara Iriana Joko Widodo menyambangi RSPAD Gatot Subroto saat mendengar kabar BJ Habibie meninggal dunia.", "Joko Widodo", "Iriana Joko Widodo")]
    [InlineData("Di antara yang sudah melayat hingga pagi tadi seperti Presiden Jokowi bersama Ibu Negara Iriana Jokowi dan Presiden keenam RI Susilo Bambang Yudhoyono.", "Jokowi", "Iriana Jokowi")]
    public void ReadsTheHusbandApartFromTheWifesName(string text, string husband, string wife)
    {
        var persons = Extract.From(text).Persons;

        Assert.Contains(persons, p => p.Name == husband);
        Assert.Contains(persons, p => p.Name == wife && !p.Aliases.Contains(husband));
    }

    /// <summary>Round twelve (ExtractionHeldOutReal10, ExtractionHeldOutReal12, the development quarter): two initials in
    /// capitals between an office and a name, written nowhere else in the text, open the name, not end the office; a role's
    /// or a field's short form ("MC", "DJ", "Dinas LH") stays out of it.</summary>
    [Theory]
    [InlineData("Putra Presiden Joko Widodo atau Jokowi Rakabuming berbicara empat mata dengan Wali Kota Surakarta FX Hadi Rudyatmo, Rabu 18 September 2019.", "FX Hadi Rudyatmo", "Wali Kota Surakarta")]
    [InlineData("“Sudah jadi pejabat publik, harus taat aturan,” kata Ketua Badan Pengurus YPI OK Syahputra Harianda kepada , Senin (16/9/2019).", "OK Syahputra Harianda", "Ketua Badan Pengurus YPI")]
    [InlineData("Muhammad Pradana Indraputra (CEO Akusara Group), dan Staf Ahli Kastaf Kepresidenan FX Rudi Gunawa.", "FX Rudi Gunawa", null)]
    [InlineData("Konser akan dipandu oleh MC Indy Barends dan Gofar Hilman.", "Indy Barends", null)]
    [InlineData("\"Kalau dari uji coba kemarin trennya positif selama tiga pekan uji coba,\" kata Humas Dinas LH Yogi Ikhwan.", "Yogi Ikhwan", null)]
    public void ReadsInitialsBetweenAnOfficeAndANameAsTheNames(string text, string name, string? position)
    {
        var persons = Extract.From(text).Persons;

        var person = Assert.Single(persons, p => p.Name == name);
        if (position is not null)
        {
            Assert.Equal(position, person.Position);
        }
    }

    /// <summary>Round twelve (ExtractionHeldOutReal2, ExtractionHeldOutReal6, ExtractionHeldOutReal11, the development
    /// quarter): the reporter's name in capitals on the text's last line is one name, whole ("PRIBADI WICAKSONO", not
    /// "Wicaksono"); a source credited the same way is no person.</summary>
    [Theory]
    [InlineData("“Program-program yang akan dimasukkan di kampung itu pun akan sesuai dengan potensi yang ada di situ. Sehingga yang program masuk tinggal membesarkan kembali,” tuturnya.\n\nPRIBADI WICAKSONO", "Pribadi Wicaksono")]
    [InlineData("Menurut laman W Magazine, perempuan bernama lengkap Kendall Nicole Jenner hanya muncul di dua fashion show di semester I 2019. Ia juga memilih absen di pekan mode musim gugur/dingin 2018.\n\nSILVY RIANA PUTRI", "Kendall Nicole Jenner|Silvy Riana Putri")]
    [InlineData("Menurut jadwal akan menghadapi Tony Ferguson dalam pertarungannya yang ke-29. Laga tersebut direncanakan awal 2020.\nTHE SUN", "Tony Ferguson")]
    [InlineData("\"Kita yakin dengan bersama-sama kita bisa menghadapi ini,\" kata dia.\nLIGA INDONESIA", "")]
    public void ReadsTheReportersNameOnTheLastLineWhole(string text, string expected)
    {
        var names = Extract.From(text).Persons.Select(p => p.Name).ToList();

        Assert.Equal(expected.Split('|', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
    }

    /// <summary>Round twelve (ExtractionHeldOutReal11, the development quarter): a word for a grandchild or grandparent before a
    /// name is no part of it.</summary>
    [Theory]
    [InlineData("Cucu Habibie, Melanie Subono dalam akun Instagramnya mengabarkan meninggalnya Habibie.", "Cucu Habibie")]
    [InlineData("Kejadian yang dialaminya saat peringatan 7 hari kematian Eyang Habibie rupanya membuat Melanie kembali berpikir tentang Indonesia.", "Eyang Habibie")]
    public void ReadsNoKinshipWordAsTheFirstWordOfAName(string text, string wrong)
    {
        var persons = Extract.From(text).Persons;

        Assert.DoesNotContain(persons, p => p.Name == wrong);
        Assert.Contains(persons, p => p.Name == wrong[(wrong.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
    }

    /// <summary>Round thirteen (ExtractionHeldOutReal13, the development quarter): a noun made with ke-...-an opening the sentence
    /// (the candour, the happiness, the absence of the person after it) is no part of the name.</summary>
    [Theory]
    [InlineData("Keterusterangan Cowell tersebut muncul setelah ia secara terbuka meminta maaf pada pemenang BGT Jai McDowall.", "Keterusterangan Cowell")]
    [InlineData("Kebahagian Zidane bertambah setelah melihat Benzema bisa menunjukkan kualitasnya.", "Kebahagian Zidane")]
    [InlineData("Kegemilangan Fati memang jadi pembicaraan banyak orang.", "Kegemilangan Fati")]
    [InlineData("Ketidaktersediaan Mbappe tentu amat merugikan PSG karena selain dirinya ada dua pemain penting lain yang tak bermain.", "Ketidaktersediaan Mbappe")]
    public void ReadsNoKeAnNounOpeningTheSentenceAsTheFirstWordOfAName(string text, string wrong)
    {
        var persons = Extract.From(text).Persons;

        Assert.DoesNotContain(persons, p => p.Name == wrong);
    }

    [Fact]
    public void ReadsNoNicknameInAWordInQuotes()
    {
        // The development quarter: "labrak" (to confront) in quotes is no nickname, "Aksi" no given name.
        var persons = Extract.From("Jagat hiburan Tanah Air kembali heboh usai,terlihat mendatangi,untuk meminta penjelasan. Aksi \"labrak\" Uya pada Deddy rupanya terkait konten miliknya yang bertajuk,pada akhir 2018 lalu.").Persons;

        Assert.DoesNotContain(persons, p => p.Name.Contains('"', StringComparison.Ordinal));
    }

    /// <summary>Round ten (ExtractionHeldOutReal5, ExtractionHeldOutReal8, the seed set): a person only the headline names,
    /// the body having lost the name to a link; not a headline's verbs after a name, nor an office with its city.</summary>
    [Theory]
    [InlineData("Ibu Kota Baru Tempati Lahan Perusahaan Sukanto Tanoto, Ini Kata APRIL Group", "Lahan Ibu Kota baru yang berada di Kalimantan Timur disebut-sebut bakal menempati lahan milik PT ITCI Hutani Manunggal (IHM) yang berada di Kecamatan Samboja Kabupaten Kutai Kartanegara dan Kecamatan Sepaku Semoi Kabupaten Penajam Paser Utara.", "Sukanto Tanoto")]
    [InlineData("Inikah 'Sinyal' Farhat Abbas Mau Damai dengan Hotman Paris? Tulis Musuhmu Bisa Saja Jadi Sahabatmu", "Advokat , tampak memberikan sinyal ingin berdamai dengan pengacara kondang .", "Hotman Paris")]
    public void ReadsAPersonOnlyTheHeadlineNames(string title, string text, string name)
    {
        Assert.Contains(Extract.From(text, title).Persons, p => p.Name == name);
    }

    [Theory]
    [InlineData("Revina VT Ngegas Singgung Soal Body Shaming dan Standar Kecantikan Wanita, Malah Tuai Reaksi Sinis", "dikenal sebagai salah satu sosok kontroversial. Mantan kekasih,ini memang dikenal sebagai selebgram yang kerap mengomentari fenomena yang ada di sekitar.", "Ngegas Singgung")]
    [InlineData("Pj Wako Prabumulih: Jangan Kubur Karier Sendiri Gara-gara Politik Praktis", "\"Kalau ada anak buahnya yang ikut-ikutan, tegur. Kalau tidak mempan, laporkan ke BKPSDM. Jangan ditutup-tutupi,\" ujarnya.", "Wako Prabumulih")]
    public void ReadsNoPersonInTheHeadlinesOtherWords(string title, string text, string name)
    {
        Assert.DoesNotContain(Extract.From(text, title).Persons, p => p.Name == name);
    }

    /// <summary>The name after "–sapaan akrab" or "–julukan" is the person the name before stands for (ExtractionHeldOutReal8);
    /// a first name with the surname in brackets, where the text names the two together, is no role with its actor
    /// (ExtractionHeldOutReal7).</summary>
    [Theory]
    [InlineData("Para fans Madrid pun menguncapkan sumpah serapah kepada pelatih tim kesayangan mereka, Zinedine Zidane. Zizou –sapaan akrab Zidane– dinilai tidak becus dalam mengelola skuad Madrid.", "Zinedine Zidane", "Zizou")]
    [InlineData("Sterling pun jadi aktor kemenangan setelah berhasil memberikan asis pada Harry Kane yang bisa mencetak dua gol. \"Permainan menyerang kami lahir dari Sterling, Jadon (Sancho) dan Harry (Kane) luar biasa,\" ucap Southgate.", "Harry Kane", "Harry")]
    public void ReadsTheNameAPersonGoesBy(string text, string name, string alias)
    {
        var persons = Extract.From(text).Persons;

        Assert.Contains(alias, Assert.Single(persons, p => p.Name == name).Aliases);
        Assert.DoesNotContain(persons, p => p.Name == alias);
    }

    /// <summary>Round nine (ExtractionHeldOutReal9): one word the text names elsewhere as a campus, a museum or an app
    /// ("Stanford University", "aplikasi NovelMe", "aplikasi Sirekap" of the Extraction set), or that completes the institution a position ends
    /// with ("Kurator Museum Canterbury, Paul Scofield"), is the institution's name, not a person's.</summary>
    [Theory]
    [InlineData("Tim editor Novelme memberikan tanggapan, pembaca mungkin tidak tahu betapa sulitnya. Caranya mudah, pembaca hanya perlu membuka halaman Saya di aplikasi NovelMe mereka.", "Novelme")]
    [InlineData("Ketua KPU Kota Kupang, Marselinus Ndolu Bataona, S.H., mengatakan bimtek ini bertujuan memastikan penyelenggara di tingkat kecamatan dan kelurahan memahami tata cara rekapitulasi, termasuk penggunaan aplikasi Sirekap. Salah satu peserta, anggota PPK Kecamatan Oebobo, Agustinus Nenobais, mengatakan simulasi yang diberikan sangat membantu, terutama karena Sirekap digunakan untuk pertama kalinya dalam Pilkada di Kota Kupang.", "Sirekap")]
    [InlineData("Menurut Kurator Museum Canterbury, Paul Scofield mengatakan dampak penemuan ini sangat signifikan.", "Canterbury")]
    public void ReadsNoPersonInAnInstitutionsName(string text, string name)
    {
        Assert.DoesNotContain(Extract.From(text).Persons, p => p.Name == name);
    }

    [Fact]
    public void ReadsTheProphetsNameWithoutHisTitleAndBlessing()
    {
        // ExtractionHeldOutReal9: "Nabi" before the name is a title, "SAW" after it the blessing, neither part of the name.
        var persons = Extract.From("Namun, ia tidak menyangka bahwa jumlah prajurit pada saat itu sangat banyak, sementara porsi yang sedang dimasak sedikit. Nabi Muhammad SAW kemudian memerintah salah seorang sahabat untuk mengumpulkan semua bahan makanan yang mereka temukan, lalu dicampurkan ke dalam olahan bubur yang sedang dimasak.").Persons;

        Assert.Equal("Muhammad", Assert.Single(persons).Name);
    }

    [Fact]
    public void ReadsANavalCommandersOfficeAsHisPosition()
    {
        // ExtractionHeldOutReal8: "Danlanal" (the commander of a naval base) opens an office, like Dandim and Danrem.
        var persons = Extract.From("\"Kami akan ikuti event yang dilaksanakan Mabes TNI Angkatan Laut pada Hari Armada 5 Desember 2019 nanti,\" ujar Danlanal Ternate, Kolonel Laut Whisnu Kusardianto.").Persons;

        Assert.Equal("Whisnu Kusardianto", Assert.Single(persons).Name);
    }

    [Fact]
    public void CutsANameGluedToTheVerbAfterIt()
    {
        // The sentence of the Batanghari seed article with its space lost, as scraped pages lose it.
        var persons = Extract.From("Sekretaris Daerah (Sekda) Batanghari, M Azanmengatakan surat edaran itu berlaku bagi seluruh ASN.").Persons;

        Assert.Equal("M Azan", Assert.Single(persons).Name);
    }

    /// <summary>Round fourteen (ExtractionHeldOutReal12, ExtractionHeldOutReal14, the development quarter): a short form the
    /// text defines in brackets is an institution's after an office too ("Ketua Hipmi", "Kepala Seksi Operasional Sudin PKP");
    /// a name before "julukan" and a name the text reads as no one's is a team's ("Blaugrana –julukan Barcelona–", "Laskar
    /// Antasari, julukan Barito Putera"), as are the clubs' nicknames the tagger reads as persons' ("Maung Bandung"); "Agung"
    /// after "Jaksa" or "Mahkamah" is the office's or the court's.</summary>
    [Theory]
    [InlineData("Ada momen menarik dalam pelaksanaan Musyawarah Nasional (Munas) Himpunan Pengusaha Muda Indonesia (Hipmi) yang ke XVI hari ini, Senin (16/9/2019). Ia mengakui setelah masa jabatan Ketua Hipmi selesai, maka aktivitasnya sudah semakin longgar.", "Hipmi")]
    [InlineData("Petugas Suku Dinas (Sudin) Penanggulangan Kebakaran dan Penyelamatan (PKP) Jakarta Timur melakukan aksi penyelamatan secara dramatis. Sementara itu, Kepala Seksi Operasional Sudin PKP Jakarta Timur Gatot Sulaeman mengatakan, ada sebanyak enam personel yang diterjunkan.", "Sudin")]
    [InlineData("Blaugrana –julukan Barcelona– ditahan AC Milan 2-2 di Estadio Camp Nou.", "Blaugrana")]
    [InlineData("Blaugrana, julukan Barca, kini bertengger di posisi kelima dengan koleksi tujuh poin dari empat laga.", "Blaugrana")]
    [InlineData("Namun demikian, pelatih yang menggantikan Dejan Antonic ini, percaya diri bisa membawa timnya memenangkan pertandingan, bahkan telah menyiapkan strategi guna mengantisipasi permainan Laskar Antasari, julukan Barito Putera.", "Antasari")]
    [InlineData("Kini, ia hanya berharap tren positif yang tengah menggandrungi Oranje –julukan Timnas Belanda– bisa terus terjaga ke pertandingan-pertandingan selanjutnya di Kualifikasi Piala Eropa 2020.", "Oranje")]
    [InlineData("Terkait laga Persib Bandung vs Semen Padang itu, bek Maung Bandung berharap timnya bisa meraih hasil positif.", "Maung Bandung")]
    // Names the development quarter reads as persons' most often that are a movement's, a stock index's or an oil field's.
    [InlineData("Jepang mengaku percaya, bahwa yang melakukan serangan terhadap dua kilang minyak Arab Saudi adalah pemberontak Houthi dan bukan Iran. Rencananya rudal itu diluncurkan oleh Houthi.", "Houthi")]
    [InlineData("Melansir Reuters, Jakarta, Rabu (18/9/2019), indeks Dow Jones naik 0,12%, sementara Nasdaq Composite turun tipis.", "Dow Jones")]
    [InlineData("Serangan terhadap fasilitas pengolahan minyak mentah milik Saudi Aramco di Abqaiq dan Khura memangkas produksi hingga 5,7 juta barel per hari.", "Khura")]
    // Round fifteen: brands, firms, groups, characters, a crude oil and a club's nickname the tagger reads as persons'
    // (ExtractionHeldOutReal5 .. ExtractionHeldOutReal15, the development quarter).
    [InlineData("Dua buah jam tangan Rolex, furniture mahal bak seorang putri, perhiasan berlian, lima tas Gucci, tas Valentino, Louis Vuitton dan beberapa berlian termasuk cincin tiga karat menjadi saksi dari kehidupan mewahnya.", "Gucci")]
    [InlineData("Hingga berita ini diturunkan, Mnet belum buka suara soal penuturan dua sumber di atas terkait biaya penampilan panggung yang harus dibayar sendiri oleh peserta \"Queendom\".", "Mnet")]
    [InlineData("Di sana Captiva disebut akan berhadapan langsung dengan , pabrikan lain, dari Honda CR-V, Mazda CX-5, Nissan X-Trail, hingga Subaru Forester.", "Subaru Forester")]
    [InlineData("\"Serangan\" yang dimaksud Hasto terkait dengan cover media massa yang memuat karikatur Jokowi dan siluet tokoh Pinokio dalam polemik pimpinan dan revisi UU KPK.", "Pinokio")]
    [InlineData("Sebelumnya, Vivo Indonesia mengkonfirmasi kehadiran Vivo V17 Pro sebagai produk seri V terbaru di Tanah Air.", "Vivo")]
    [InlineData("Harga minyak naik hingga 15% pada perdagangan Senin waktu setempat, dengan Brent mencatat lompatan terbesar lebih dari 30 tahun di tengah rekor volume perdagangan.", "Brent")]
    [InlineData("Sebagai penggemar Twice dan BLACKPINK, aku benar-benar kecewa.", "Twice")]
    [InlineData("Ridzki mengungkapkan, Grab masih melakukan koordinasi terkait pelaksaan aturan ganjil genap dengan Pemerintah Provinsi DKI Jakarta.", "Grab")]
    [InlineData("Selain mobil murah ramah lingkungan (,/LCGC) milik Toyota juga akan merilis penyegaran dari Sigra yang merupakan LCGC tujuh penumpangnya.", "Sigra")]
    // The holy book and a platform's name with "-nya" (ExtractionHeldOutReal15, the development quarter).
    [InlineData("Kedua aspek ubudiyah, misalnya meningkatkan kualitas salat fardu, melaksanakan salat dan puasa sunnah, membiasakan tilawah Alquran, memberikan zakat, infaq, dan sadaqah.", "Alquran")]
    [InlineData("Dalam akun Instagramnya Antares mengatakan bahwa lilin merupakan simbol dari harapan.", "Instagramnya Antares")]
    // "Agung" (supreme) completing an institution's or an office's word (ExtractionHeldOutReal, ExtractionHeldOutReal3,
    // ExtractionHeldOutReal13, the development quarter).
    [InlineData("Antara lain, soal revisi, yang harus berkoordinasi dengan Jaksa Agung. \"Enggak perlu itu,\" lanjut Kalla.", "Agung")]
    [InlineData("Dipimpin oleh Ketua Mahkamah Agung, M Hatta Ali, sebanyak 575 anggota DPR telah diambil sumpahnya.", "Agung")]
    [InlineData("\"Kepada para Pimpinan Lembaga Negara, Gubernur Bank lndonesia, Menteri, Jaksa Agung, Panglima TNI' Kapolri, Pimpinan Lembaga Non Struktural, Gubernur, Bupati, Walikota beserta jajaran dimohon untuk mengibarkan Bendera Negara setengah tiang.", "Agung")]
    public void ReadsNoPersonInAnInstitutionsShortFormOrATeamsNickname(string text, string name)
    {
        Assert.DoesNotContain(Extract.From(text).Persons, p => p.Name == name);
    }

    /// <summary>Round fourteen (ExtractionHeldOutReal14, the development quarter): a name spelt another way in the same text
    /// ("Deni" and "Denny", "Doni" and "Donny") is the same person's.</summary>
    [Theory]
    [InlineData("Anggota DPD RI asal Aceh, Fachrul Razi mengecam keras pernyataan-pernyataan verbal yang disampaikan oleh Deni Siregar terkait rencana pelegalan poligami di negeri Serambi Mekkah, Provinsi Aceh. \"Saya peringatkan Denny Siregar untuk meminta maaf kepada masyarakat Aceh dan seluruh rakyat Indonesia atas pernyataan-pernyataannya yang tendensius bernada hinaan terhadap Aceh.", "Deni Siregar", "Denny Siregar")]
    [InlineData("Kepala Badan Nasional Penanggulangan Bencana (BNPB) Doni Monardo mengatakan bahwa bencana kabut asap yang terjadi di sejumlah wilayah sulit diatasi. Rapat itu dihadiri Kapolri Jenderal Tito Karnavian, serta Kepala BNPB Donny Monardo. \"Ada keluhan dari unsur TNI-Polri karena ada kurang kepedulian dari pejabat daerah,\" kata Doni, Sabtu (14/9) lalu.", "Doni Monardo", "Donny Monardo")]
    public void ReadsANameSpeltAnotherWayAsTheSamePerson(string text, string name, string alias)
    {
        var persons = Extract.From(text).Persons;

        Assert.Contains(alias, Assert.Single(persons, p => p.Name == name).Aliases);
        Assert.DoesNotContain(persons, p => p.Name == alias || p.Name == alias.Split(' ')[0]);
    }
}

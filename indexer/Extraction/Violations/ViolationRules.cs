using System.Text.RegularExpressions;

namespace NetralitasSearch.Indexer.Extraction.Violations;

/// <summary>The rules of the violation extractor, written from the acts the 2022 SKB lists (see <see cref="ViolationKind"/>).</summary>
internal static partial class ViolationRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private const string Candidate = @"\b(calon|paslon|bapaslon|bakal calon|balon|pasangan|kandidat|cabup|cawabup|cagub|cawagub|cawalkot|cawali|capres|caleg|petahana|incumbent|partai|parpol|nomor urut|kampanye|tim sukses|timses|pemenangan|politik praktis|dukung\w*|pilih\w*|lanjutkan|periode)\b";

    public static IReadOnlyList<ViolationRule> All { get; } =
    [
        new(ViolationKind.SocialMedia,
            Pattern1(),
            Pattern2()),
        new(ViolationKind.CampaignAttendance,
            Pattern3()),
        new(ViolationKind.DeclarationOfSupport,
            Pattern4()),
        new(ViolationKind.StateFacilities,
            Pattern5(),
            Pattern6(),
            NeedsActor: false),
        new(ViolationKind.FavouringDecision,
            Pattern7(),
            Pattern8(),
            NeedsActor: false),
        new(ViolationKind.GiftsToAsn,
            Pattern9(),
            Pattern10(),
            NeedsActor: false),
        new(ViolationKind.VillageOfficials,
            Pattern11(),
            Pattern12()),
        new(ViolationKind.Appeal,
            Pattern13()),
    ];

    /// <summary>Elections and what belongs to them: a breach is about one.</summary>
    public static Regex Election { get; } = Pattern14();

    /// <summary>The election of a village head (pilkades): its campaigns are no breach of ASN neutrality.</summary>
    public static Regex VillageElection { get; } = Pattern15();

    /// <summary>A text about neutrality names it, or practical politics.</summary>
    public static Regex NeutralityTopic { get; } = Pattern16();

    /// <summary>Civil servants, village officials and their official means: with an election, the subject of neutrality.</summary>
    public static Regex PublicServants { get; } = Pattern17();

    /// <summary>Someone who acts: an office, an ASN counted or singled out, a village official.</summary>
    public static Regex Actor { get; } = Pattern18();

    /// <summary>An actor singled out: a counted or pointed-at ASN or official ("tiga ASN", "oknum guru", "camat tersebut").</summary>
    public static Regex SpecificActor { get; } = Pattern19();

    /// <summary>A statement about a class of civil servants, which is a rule: "ASN yang terbukti melanggar akan ...".</summary>
    public static Regex GeneralClass { get; } = Pattern20();

    /// <summary>Who was named in the sentence before: "Ia diduga ...", "Camat tersebut ...".</summary>
    public static Regex Pronoun { get; } = Pattern21();

    /// <summary>Reminders, circulars, pledges and socialisation: what an appeal for neutrality is made of.</summary>
    public static Regex AppealTrigger { get; } = Pattern22();

    /// <summary>A prohibition or a sanction stated as such.</summary>
    public static Regex RuleTrigger { get; } = Pattern23();

    /// <summary>A regulation named as governing something: a rule only when what it governs is neutrality, an act or an
    /// election ("ketentuan netralitas ASN diatur dalam UU Nomor 5 Tahun 2014", not "Revisi UU KPK mengatur agar ...").</summary>
    public static Regex RegulationTrigger { get; } = Pattern24();

    /// <summary>What points back at the sentence before: "Mereka tidak boleh memihak", "Larangan itu jelas ...".</summary>
    public static Regex Anaphor { get; } = Pattern25();

    /// <summary>Words that show a sentence reports a case rather than a rule: suspicion, evidence, procedure, sanction.</summary>
    public static Regex Incident { get; } = Pattern26();

    /// <summary>A recap of cases found, counted ("berupa unggahan di media sosial, yakni 18 kasus"): it reports cases,
    /// whatever words of a rule it uses, and the counted cases have actors.</summary>
    public static Regex Recap { get; } = Pattern27();

    /// <summary>What happens in general, not a case ("pelanggaran yang paling sering ditemukan di berbagai daerah adalah
    /// unggahan di media sosial"); with a count it is a recap instead.</summary>
    public static Regex Generic { get; } = Pattern28();

    /// <summary>An official running as the candidate ("Lurah Cipayung ... maju menjadi bakal calon Wali Kota"): their own
    /// candidacy, not a breach of neutrality for someone else's.</summary>
    public static Regex Candidacy { get; } = Pattern29();

    /// <summary>A line that opens with a list marker ("a. menghadiri kampanye;"): in circulars and appeals these list rules.</summary>
    public static Regex ListItem { get; } = Pattern30();

    /// <summary>Sentences that state a rule, urge or deny rather than report.</summary>
    public static Regex Normative { get; } = Pattern31();

    /// <summary>A denial next to the act ("tidak mendukung", "bukan tim sukses").</summary>
    public static Regex Denial { get; } = Pattern32();

    // Source-generated: compiled with the library, where RegexOptions.Compiled built about 160 methods in every process
    // that extracts (profiled at 1.3 s of JIT time at the start of an ingest).

    [GeneratedRegex(@"\b(like|likes|nge-?like|me-?like|menyukai|tanda suka|jempol|mengomentari|berkomentar|komentar dukungan|membagikan ulang|membagikan (konten|unggahan|postingan|video|foto|materi|poster|jadwal|gambar|pesan|ajakan|tautan|link)|share|mengunggah|mengunggahnya|unggahan|unggah|memposting|posting|(diunggah|diposting|dibagikan)\s+(\w+\s+){0,3}?(ke|di)\s+(\w+\s+){0,2}?(media sosial|medsos|akun|facebook|instagram|tiktok|whatsapp|status)(\s+\w+)?\s+(masing-masing|pribadi|pribadinya|miliknya)|postingan|(sebar|menyebarkan|menyebar|meneruskan)\s+(\w+\s+){0,2}?(materi|konten|poster|video|foto|gambar|pesan|ajakan|jadwal)|(dukungan|kampanye|sosialisasi|ajakan memilih)\s+(\w+\s+){0,2}?(di|melalui|lewat|via)\s+(media sosial|medsos|sosial media|akun|grup|facebook|instagram|tiktok|whatsapp|twitter)|status (wa|whatsapp|facebook|fb)|menulis status|membuat status|menuliskan|(ber)?swafoto|story|foto profil|memajang|siaran langsung|live|menyiarkan|(menulis|memberi|memberikan|meninggalkan|mengirim) komentar|komentar (dukungan|berisi))\b", Options)]
    private static partial Regex Pattern1();

    [GeneratedRegex(@"\b(facebook|fb|instagram|ig|tiktok|twitter|whatsapp|wa|youtube|kanal|telegram|threads|media sosial|medsos|sosial media|akun|grup|status|dinding|beranda)\b", Options)]
    private static partial Regex Pattern2();

    [GeneratedRegex(@"\b(hadir|kehadiran|menghadiri|dihadiri|ikut|mengikuti|terlihat|kedapatan|terekam|tampak|berada|berdiri|datang|siaran langsung|berorasi|berpidato|menyerukan|meneriakkan|berjoget)\b(?:(?!jingle|lagu|musik|joget)[^.]){0,80}\b(kampanye|deklarasi(?!\s+dukung)|rapat umum|pertemuan terbatas|tatap muka|simakrama|acara (paslon|calon|pasangan|partai)|kegiatan (paslon|calon|pasangan|partai|politik)|(kegiatan|acara) yang mengarah (pada|kepada) keberpihakan|yel-yel (paslon|calon|pasangan)|(acara|kegiatan|silaturahmi|konsolidasi|pertemuan)\s+(\w+\s+){0,3}?(salah satu\s+)?(paslon|pasangan calon|calon (bupati|wali|walikota|gubernur|wakil)|tim pemenangan))\b|\b(memakai|mengenakan|pakai|berbaju|berkaos|berseragam|berompi)\b[^.]{0,30}\b(atribut|kaos|baju|seragam|rompi|topi|udeng|kamen)\b[^.]{0,30}\b(partai|paslon|kampanye|calon|pasangan|bergambar|bernuansa)\b|\bberkaos (paslon|calon|partai|bergambar)\b", Options)]
    private static partial Regex Pattern3();

    [GeneratedRegex(@"\b(menyatakan dukungan|nyatakan dukungan|menyatakan sikap mendukung|pernyataan sikap mendukung|deklarasi dukungan|deklarasi dukung|mendeklarasikan dukungan|mendeklarasikan diri|ikrar dukungan|berikrar mendukung|menyatakan mendukung|dukungan secara terbuka|surat dukungan|salinan ktp)\b|\b(menjadi|sebagai|masuk|tercatat|tercantum|bergabung|terdaftar|anggota|struktur|pengurus|ketua)\b[^.]{0,40}\b(tim sukses|timses|tim pemenangan|tim kampanye|relawan pemenangan)\b", Options)]
    private static partial Regex Pattern4();

    [GeneratedRegex(@"\b(mobil dinas(nya)?|kendaraan dinas(nya)?|motor dinas(nya)?|plat merah|pelat merah|(ruang|ruangan|aula|gedung|balai)\s+(rapat\s+)?(dinas|pemerintah|pemkab|pemkot|pemda|setda|kecamatan|kelurahan|kantor (dinas|camat|kecamatan|kelurahan|desa|bupati|wali ?kota))\b[^.]{0,60}\b(dipakai|digunakan|dimanfaatkan|dijadikan)|(milik|aset) (pemerintah|negara|daerah|pemkab|pemkot|dinas)\b[^.]{0,40}\b(dipakai|digunakan|dimanfaatkan)|fasilitas (negara|pemerintah|dinas|jabatan|kantor)|anggaran (daerah|pemerintah|negara|desa|dinas)|apbd|apbdes|dana desa|rumah dinas(nya)?|kantor (dinas|pemerintah|desa|camat|kecamatan|kelurahan)|gedung (pemerintah|kantor|sekolah)|jam (kerja|dinas)|aula\s+(\w+\s+){0,2}?(sekolah|sd|smp|sma|smk|kantor|kecamatan|kelurahan|dinas|puskesmas|pemkab|pemkot|pemda)|(sekolah|sd|smp|sma|smk)( negeri)?\s+(\w+\s+){0,2}?(digunakan|dipakai|dijadikan))\b", Options)]
    private static partial Regex Pattern5();

    [GeneratedRegex(Candidate, Options)]
    private static partial Regex Pattern6();

    [GeneratedRegex(@"\b(menguntungkan|merugikan|keputusan|kebijakan|program|bantuan sosial|bansos|mutasi|memutasi|dimutasi|rotasi|merotasi|dirotasi|pelantikan|penggantian pejabat|politisasi)\b", Options)]
    private static partial Regex Pattern7();

    [GeneratedRegex(@"\b(menguntungkan|merugikan|memihak|berpihak|kepentingan)\b[^.]{0,60}" + Candidate + @"|\bpolitisasi (bansos|bantuan|program)\b|\b(bansos|bantuan|paket|program|beras|sembako)\b[^.]{0,80}\b(stiker|gambar|bergambar|logo|foto|label)\b[^.]{0,40}" + Candidate + @"|\b(mutasi|memutasi|dimutasi|rotasi|merotasi|dirotasi)\b[^.]{0,80}\b(pilkada|jelang|menjelang|penetapan|calon|petahana|pemungutan suara|pencoblosan)\b", Options)]
    private static partial Regex Pattern8();

    [GeneratedRegex(@"\b(memberi|memberikan|membagikan|bagi-bagi|pemberian|pembagian|menerima|dibagikan)\b[^.]{0,40}\b(uang|hadiah|sembako|bingkisan|amplop|voucher|paket|kain|sarung|barang)\b|\b(uang|hadiah|sembako|bingkisan|amplop|voucher|paket|kain|sarung)\b[^.]{0,30}\b(dibagikan|diberikan|diterima|dibagi)\b|\b(mengumpulkan|mengundang|dikumpulkan|pertemuan dengan|silaturahmi dengan)\b[^.]{0,40}\b(asn|pns|pegawai|guru|kepala sekolah|honorer|pppk)\b", Options)]
    private static partial Regex Pattern9();

    [GeneratedRegex(@"\b(asn|pns|pegawai|guru|honorer|pppk|dharma wanita)\b", Options)]
    private static partial Regex Pattern10();

    [GeneratedRegex(@"\b(kepala desa|kades|perangkat desa|aparat desa|aparatur desa|sekretaris desa|sekdes|kepala dusun|kadus|lurah|penjabat kepala desa|pj kades|bpd|apdesi|ketua rt|ketua rw)\b", Options)]
    private static partial Regex Pattern11();

    [GeneratedRegex(@"\b(dukung\w*|deklarasi|kampanye|berpihak|memihak|keberpihakan|paslon|pasangan calon|calon (bupati|wali|walikota|gubernur|wakil|kepala daerah)|salah satu calon|mengamankan suara|tim sukses|timses|mengarahkan|mengajak|memenangkan|pemenangan|nomor urut|(membagikan|menyebarkan|memasang) (stiker|atribut|spanduk|baliho|alat peraga|brosur|kalender))\b", Options)]
    private static partial Regex Pattern12();

    [GeneratedRegex(@"\b(surat edaran|imbauan|mengimbau|imbau|mengingatkan|ingatkan|pakta integritas|fakta integritas|ikrar netralitas|deklarasi netralitas|apel netralitas|sosialisasi netralitas|sosialisasi|menjaga netralitas|jaga netralitas|tetap netral|wajib netral|harus netral|komitmen netralitas|perjanjian (kerjasama|kerja sama) netralitas|penandatanganan)\b", Options)]
    private static partial Regex Pattern13();

    [GeneratedRegex(@"\b(calon (bupati|wakil|wali|walikota|gubernur|presiden|wapres|legislatif|kepala daerah|anggota|tertentu|nomor|petahana|independen|perseorangan|kades|kepala desa)|salah satu calon|paslon|bapaslon|bakal calon|balon|pasangan calon|kandidat|cabup|cawabup|cagub|cawagub|cawalkot|cawali|capres|cawapres|caleg|petahana|partai politik|parpol|nomor urut|kampanye|tim sukses|timses|tim pemenangan|pilkada|pemilu|pemilukada|pilgub|pilbup|pilwako|pilwalkot|pilpres|pileg|politik praktis|netral\w*|pemungutan suara|deklarasi)\b", Options)]
    private static partial Regex Pattern14();

    [GeneratedRegex(@"\b(pilkades|pemilihan kepala desa|pemilihan kades)\b", Options)]
    private static partial Regex Pattern15();

    [GeneratedRegex(@"\b(netral\w*|politik praktis|ketidaknetralan)\b", Options)]
    private static partial Regex Pattern16();

    [GeneratedRegex(@"\b(asn|pns|aparatur sipil|pegawai negeri|kepala desa|kades|perangkat desa|sekretaris desa|sekdes|lurah|camat|kepala sekolah|geuchik|kepala kampung|mobil dinas|kendaraan dinas|fasilitas negara)\b", Options)]
    private static partial Regex Pattern17();

    [GeneratedRegex(@"\b(oknum|terlapor|berinisial|(seorang|sejumlah|belasan|puluhan|ratusan|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|\d+)\s+(orang\s+)?(asn|pns|pegawai|guru|camat|lurah|kades|kepala desa|perangkat desa|pejabat|honorer|pppk|aparatur|kepala sekolah|geuchik|keuchik|kepala kampung|kepala bidang|kabid|perbekel|tenaga|staf|staff)|(seorang|salah satu(nya)?|satu|dua|tiga|empat|lima|\d+)\s+(di antaranya|lainnya|dari mereka|di antara mereka)|(asn|pns|pegawai)\s+(tersebut|itu|berinisial|di lingkungan|pemkab|pemkot|pemprov|dinas|kecamatan|kelurahan)|camat|lurah|kades|kepala desa|perangkat desa|aparat desa|aparatur desa|sekretaris desa|sekdes|sekda|sekretaris daerah|kepala dinas|kadis|kadinsos|kabid|kepala bidang|kepala sekolah|geuchik|keuchik|perbekel|kepala kampung|pejabat|pemkab|pemkot|pemprov|pemda|pemerintah daerah|kepala daerah|penjabat|pj (bupati|wali kota|walikota|gubernur))\b", Options)]
    private static partial Regex Pattern18();

    [GeneratedRegex(@"\b(oknum|terlapor|berinisial|(seorang|sejumlah|belasan|puluhan|ratusan|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|\d+)\s+(orang\s+)?(asn|pns|pegawai|guru|camat|lurah|kades|kepala desa|perangkat desa|pejabat|honorer|pppk|aparatur|kepala sekolah|geuchik|keuchik|kepala kampung|kepala bidang|kabid|perbekel|tenaga)|(asn|pns|pegawai|camat|lurah|kades|kepala desa|pejabat)\s+(tersebut|itu|berinisial))\b", Options)]
    private static partial Regex Pattern19();

    [GeneratedRegex(@"\b(asn|pns|pegawai|kepala desa|kades|perangkat desa|aparatur)\s+yang\s+(terbukti|melanggar|tidak netral|terlibat)\b", Options)]
    private static partial Regex Pattern20();

    [GeneratedRegex(@"\b(ia|dia|mereka|keduanya|ketiganya|keempatnya|kelimanya|yang bersangkutan|bersangkutan|tersebut)\b", Options)]
    private static partial Regex Pattern21();

    [GeneratedRegex(@"\b(surat edaran|edaran|imbauan|mengimbau|imbau|diimbau|mengingatkan|ingatkan|diingatkan|pakta integritas|fakta integritas|ikrar|ikrarkan|deklarasi netralitas|apel (siaga )?netralitas|sosialisasi|menjaga netralitas|jaga netralitas|tetap netral|wajib netral|harus netral|agar netral|untuk netral|komitmen netralitas|perjanjian (kerjasama|kerja sama) netralitas|penandatanganan|lokakarya|bimbingan teknis)\b", Options)]
    private static partial Regex Pattern22();

    [GeneratedRegex(@"\b(dilarang|larangan|melarang|tidak boleh|tak boleh|sanksi|hukuman disiplin|diancam|ancaman pidana|pelanggaran netralitas|wajib netral|harus netral)\b", Options)]
    private static partial Regex Pattern23();

    [GeneratedRegex(@"\b(diatur dalam|mengatur)\b", Options)]
    private static partial Regex Pattern24();

    [GeneratedRegex(@"\b(ia|dia|mereka|keduanya|yang bersangkutan|tersebut|itu|ini)\b", Options)]
    private static partial Regex Pattern25();

    [GeneratedRegex(@"\b(diduga|dugaan|terbukti|kedapatan|terekam|terlihat|tertangkap|viral|beredar|dilaporkan|melaporkan|laporan|temuan|menemukan|ditemukan|melanggar|dipanggil|memanggil|diperiksa|memeriksa|klarifikasi|sanksi|direkomendasikan|merekomendasikan|rekomendasi|oknum|bersangkutan|terlibat|mengakui|membantah|kasus|terpantau|didapati|ketahuan|dinonaktifkan|dicopot|ditegur|teguran|menyelidiki|penelusuran|menelusuri|kajian|mengkaji|menindaklanjuti|terlapor|pelapor|tercatat|dipersoalkan|mempersoalkan|dipertanyakan|disorot|menyoroti|diprotes)\b", Options)]
    private static partial Regex Pattern26();

    [GeneratedRegex(@"\b(\d+|belasan|puluhan|ratusan)\s+(kasus|pelanggaran|laporan|temuan|dugaan pelanggaran|perkara)\b|\b(yakni|sebanyak|mencapai|berjumlah)\s+\d+\s+(kasus|pelanggaran|laporan|temuan)\b|\b(pelanggaran|disusul|terbanyak)\b[^.]{0,100}\b\d+([,.]\d+)?\s*(persen|%)", Options)]
    private static partial Regex Pattern27();

    [GeneratedRegex(@"\b(di berbagai daerah|di banyak daerah|pada umumnya|umumnya|biasanya|paling sering|sering ditemukan|kerap (ditemukan|terjadi)|rawan|berpotensi|potensi pelanggaran|pengalaman (pemilu|pilkada)|bisa saja terjadi|dapat terjadi)\b", Options)]
    private static partial Regex Pattern28();

    [GeneratedRegex(@"\b(maju|mencalonkan diri|mendaftar|mendaftarkan diri|dicalonkan)\s+(\w+\s+){0,2}?(menjadi|sebagai|di)\s+(bakal\s+)?(calon|balon|pilkada|pilwalkot|pilbup|pilgub)\b", Options)]
    private static partial Regex Pattern29();

    [GeneratedRegex(@"^\s*(?:\d{1,2}|[a-z])[.)]\s", Options)]
    private static partial Regex Pattern30();

    [GeneratedRegex(@"\b(dilarang|larangan|melarang|tidak boleh|tak boleh|jangan|wajib|harus|diharapkan|diimbau|mengimbau|imbauan|agar|hendaknya|diminta|mengingatkan|sanksi bagi|apabila|jika|bila|bilamana|seperti|misalnya|antara lain|termasuk|berupa|bisa kena|bisa dijerat|dapat dijerat|dapat dikenai|bisa dikenai|jangan sampai)\b", Options)]
    private static partial Regex Pattern31();

    [GeneratedRegex(@"\b(tidak|tak|bukan|belum|membantah|menepis)\b\s+(\w+\s+){0,3}?(mendukung|menyuarakan|memihak|berpihak|hadir|menghadiri|ikut|mengunggah|menyukai|menggunakan|tim)", Options)]
    private static partial Regex Pattern32();
}

using System.Text.RegularExpressions;

namespace NetralitasSearch.Indexer.Extraction.Violations;

/// <summary>The rules of the violation extractor, written from the acts the 2022 SKB lists (see <see cref="ViolationKind"/>).</summary>
internal static class ViolationRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private const string Candidate = @"\b(calon|paslon|bapaslon|bakal calon|balon|pasangan|kandidat|cabup|cawabup|cagub|cawagub|cawalkot|cawali|capres|caleg|petahana|incumbent|partai|parpol|nomor urut|kampanye|tim sukses|timses|pemenangan|politik praktis|dukung\w*|pilih\w*|lanjutkan|periode)\b";

    public static IReadOnlyList<ViolationRule> All { get; } =
    [
        new(ViolationKind.SocialMedia,
            new(@"\b(like|likes|nge-?like|me-?like|menyukai|tanda suka|jempol|mengomentari|berkomentar|komentar dukungan|membagikan ulang|membagikan (konten|unggahan|postingan|video|foto|materi|poster)|share|mengunggah|mengunggahnya|unggahan|unggah|memposting|posting|postingan|status (wa|whatsapp|facebook|fb)|menulis status|membuat status|menuliskan|swafoto|story)\b", Options),
            new(@"\b(facebook|fb|instagram|ig|tiktok|twitter|whatsapp|wa|media sosial|medsos|sosial media|akun|grup|status|dinding|beranda)\b", Options)),
        new(ViolationKind.CampaignAttendance,
            new(@"\b(hadir|menghadiri|dihadiri|ikut|mengikuti|terlihat|kedapatan|terekam|tampak|berada)\b[^.]{0,80}\b(kampanye|deklarasi (paslon|pasangan|calon|bakal)|rapat umum|pertemuan terbatas|tatap muka|acara (paslon|calon|pasangan|partai)|kegiatan (paslon|calon|pasangan|partai|politik))\b|\b(atribut|kaos|baju|seragam) (partai|paslon|kampanye|calon|pasangan)\b", Options)),
        new(ViolationKind.DeclarationOfSupport,
            new(@"\b(menyatakan dukungan|nyatakan dukungan|menyatakan sikap mendukung|pernyataan sikap mendukung|deklarasi dukungan|mendeklarasikan dukungan|mendeklarasikan diri|ikrar dukungan|berikrar mendukung|menyatakan mendukung|dukungan secara terbuka|tim sukses|timses|tim pemenangan|anggota tim kampanye|tim kampanye|relawan pemenangan|ajakan (memilih|untuk memilih|mendukung)|mengajak\b[^.]{0,40}\b(memilih|mendukung|mencoblos)|surat dukungan|salinan ktp)\b", Options)),
        new(ViolationKind.StateFacilities,
            new(@"\b(mobil dinas|kendaraan dinas|motor dinas|plat merah|pelat merah|fasilitas (negara|pemerintah|dinas|jabatan|kantor)|anggaran (daerah|pemerintah|negara|desa|dinas)|apbd|apbdes|dana desa|rumah dinas|kantor (dinas|pemerintah|desa|camat|kecamatan|kelurahan)|gedung (pemerintah|kantor|sekolah)|jam (kerja|dinas))\b", Options),
            new(Candidate, Options)),
        new(ViolationKind.FavouringDecision,
            new(@"\b(menguntungkan|merugikan|keputusan|kebijakan|program|bantuan sosial|bansos|mutasi|rotasi|pelantikan|penggantian pejabat|politisasi)\b", Options),
            new(@"\b(menguntungkan|merugikan|memihak|berpihak|kepentingan)\b[^.]{0,60}" + Candidate + @"|\bpolitisasi (bansos|bantuan|program)\b|\bmutasi\b[^.]{0,60}\b(pilkada|jelang|menjelang|penetapan|calon)\b", Options)),
        new(ViolationKind.GiftsToAsn,
            new(@"\b(memberi|memberikan|membagikan|bagi-bagi|pemberian|pembagian|menerima|dibagikan)\b[^.]{0,40}\b(uang|hadiah|sembako|bingkisan|amplop|voucher|paket|kain|sarung|barang)\b|\b(mengumpulkan|mengundang|dikumpulkan|pertemuan dengan|silaturahmi dengan)\b[^.]{0,40}\b(asn|pns|pegawai|guru|kepala sekolah|honorer|pppk)\b", Options),
            new(Candidate + @"|\b(asn|pns|pegawai|guru|honorer|pppk)\b", Options)),
        new(ViolationKind.VillageOfficials,
            new(@"\b(kepala desa|kades|perangkat desa|aparat desa|aparatur desa|sekretaris desa|sekdes|kepala dusun|kadus|lurah|penjabat kepala desa|pj kades|bpd|apdesi|ketua rt|ketua rw)\b", Options),
            new(@"\b(dukung\w*|deklarasi|kampanye|berpihak|memihak|paslon|calon|tim sukses|timses|mengarahkan|mengajak|memenangkan|pemenangan|nomor urut)\b", Options)),
        new(ViolationKind.Appeal,
            new(@"\b(surat edaran|imbauan|mengimbau|imbau|mengingatkan|ingatkan|pakta integritas|fakta integritas|ikrar netralitas|deklarasi netralitas|apel netralitas|sosialisasi netralitas|sosialisasi|menjaga netralitas|jaga netralitas|tetap netral|wajib netral|harus netral|komitmen netralitas|perjanjian (kerjasama|kerja sama) netralitas|penandatanganan)\b", Options)),
    ];

    /// <summary>Words that show a sentence reports a case rather than a rule: suspicion, evidence, procedure, sanction.</summary>
    public static Regex Incident { get; } = new(
        @"\b(diduga|dugaan|terbukti|kedapatan|terekam|terlihat|tertangkap|viral|beredar|dilaporkan|melaporkan|laporan|temuan|menemukan|ditemukan|melanggar|dipanggil|memanggil|diperiksa|memeriksa|klarifikasi|sanksi|direkomendasikan|merekomendasikan|rekomendasi|oknum|bersangkutan|terlibat|mengakui|membantah|kasus|terpantau|didapati|ketahuan|dinonaktifkan|dicopot|ditegur|teguran|menyelidiki|penelusuran|menelusuri|kajian|mengkaji|menindaklanjuti|terlapor|pelapor|tercatat)\b",
        Options);

    /// <summary>A line that opens with a list marker ("a. menghadiri kampanye;"): in circulars and appeals these list rules.</summary>
    public static Regex ListItem { get; } = new(@"^\s*(?:\d{1,2}|[a-z])[.)]\s", Options);

    /// <summary>Sentences that state a rule, urge or deny rather than report.</summary>
    public static Regex Normative { get; } = new(
        @"\b(dilarang|larangan|tidak boleh|tak boleh|jangan|wajib|harus|diharapkan|diimbau|mengimbau|imbauan|agar|hendaknya|diminta|mengingatkan|sanksi bagi|apabila|jika|bila|bilamana|seperti|misalnya|antara lain|termasuk|berupa)\b",
        Options);

    /// <summary>A denial next to the act ("tidak mendukung", "bukan tim sukses").</summary>
    public static Regex Denial { get; } = new(@"\b(tidak|tak|bukan|belum|membantah|menepis)\b\s+(\w+\s+){0,3}?(mendukung|menyuarakan|memihak|berpihak|hadir|menghadiri|ikut|mengunggah|menyukai|menggunakan|tim)", Options);
}

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
            new(@"\b(like|likes|nge-?like|menyukai|tanda suka|jempol|komentar|mengomentari|berkomentar|membagikan|share|dibagikan|unggah\w*|mengunggah|diunggah|posting\w*|status (wa|whatsapp|facebook|fb)|facebook|fb|instagram|ig|tiktok|twitter|whatsapp|grup wa|media sosial|medsos|sosial media|akun|swafoto|story|konten)\b", Options),
            new(Candidate + @"|\b(diduga|viral|beredar|tangkapan layar|screenshot|menuliskan|menyebutkan|dukungan)\b", Options)),
        new(ViolationKind.CampaignAttendance,
            new(@"\b(hadir|menghadiri|dihadiri|ikut|mengikuti|terlihat|kedapatan|terekam|tampak|berada)\b[^.]{0,80}\b(kampanye|deklarasi (paslon|pasangan|calon|bakal)|rapat umum|pertemuan terbatas|tatap muka|acara (paslon|calon|pasangan|partai)|kegiatan (paslon|calon|pasangan|partai|politik))\b|\b(atribut|kaos|baju|seragam) (partai|paslon|kampanye|calon|pasangan)\b", Options)),
        new(ViolationKind.DeclarationOfSupport,
            new(@"\b(menyatakan dukungan|nyatakan dukungan|deklarasi dukungan|mendeklarasikan dukungan|ikrar dukungan|memberikan dukungan|dukungan (kepada|terhadap|untuk)|mendukung (salah satu|pasangan|paslon|calon|bakal|kandidat|petahana)|tim sukses|timses|tim pemenangan|relawan (paslon|calon|pasangan)|ajakan (memilih|untuk memilih)|mengajak\b[^.]{0,40}\bmemilih|simbol (jari|tangan)|gestur|berpose|salam \w+ jari|berpihak kepada|memihak kepada|keberpihakan)\b", Options)),
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

    /// <summary>Sentences that state a rule, urge or deny rather than report.</summary>
    public static Regex Normative { get; } = new(
        @"\b(dilarang|larangan|tidak boleh|tak boleh|jangan|wajib|harus|diharapkan|diimbau|mengimbau|imbauan|agar|hendaknya|diminta|mengingatkan|sanksi bagi|apabila|jika|bila|bilamana|seperti|misalnya|antara lain|termasuk|berupa)\b",
        Options);

    /// <summary>A denial next to the act ("tidak mendukung", "bukan tim sukses").</summary>
    public static Regex Denial { get; } = new(@"\b(tidak|tak|bukan|belum|membantah|menepis)\b\s+(\w+\s+){0,3}?(mendukung|menyuarakan|memihak|berpihak|hadir|menghadiri|ikut|mengunggah|menyukai|menggunakan|tim)", Options);
}

using System.Text;

namespace NetralitasSearch.Functions.Tests.Infrastructure;

/// <summary>
/// The articles the page tests add to the samples: one press release as two outlets ran it (a same-story cluster),
/// a text whose title a spreadsheet would read as a formula, one with commas and quotes in its title, one with a long
/// headline, and a note that gives no date at all (undated: counted and listed, never dropped).
/// </summary>
internal static class UiArticles
{
    public const string ClusterMarker = "qzrilis";

    public const string FormulaMarker = "qzformula";

    public const string QuoteMarker = "qzkutip";

    public const string HostileMarker = "qzinert";

    public const string UndatedMarker = "qztanpa";

    public const string LongTitleMarker = "qzjudulpanjang";

    /// <summary>A headline of 226 characters with commas, quotes and a semicolon: exports must keep it whole.</summary>
    public const string LongTitle = "Bawaslu, KASN dan BKN Periksa 12 ASN \"Tim Bayangan\" di Kabupaten Lahat; Sekda Minta Camat, Lurah dan Kepala Desa Tidak Mengunggah, Menyukai atau Membagikan Konten Pasangan Calon Selama Masa Kampanye Pilkada 2024 qzjudulpanjang";

    /// <summary>The title of the hostile page as text: markup that must show as characters and never run.</summary>
    public const string HostileTitle = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\"> Pengumuman Panitia qzinert";

    public static IReadOnlyList<(string Name, byte[] Content, string ContentType)> All =>
    [
        ("ui/kabar-mura-rilis-bawaslu.html", PressRelease("Kabar Mura", "kabarmura.example", "Bawaslu Musi Rawas Panggil Kades Sukamaju soal Unggahan Dukungan", "2024-10-08"), "text/html"),
        ("ui/warta-silampari-rilis-bawaslu.html", PressRelease("Warta Silampari", "wartasilampari.example", "Kades Sukamaju Dipanggil Bawaslu Musi Rawas karena Unggahan Dukungan", "2024-10-09"), "text/html"),
        ("ui/formula.txt", Encoding.UTF8.GetBytes($"=HYPERLINK(\"http://contoh.example\") Kades Tanjung Raja Dukung Paslon\n\nOGAN KOMERING ULU – Kepala Desa Tanjung Raja diduga mengunggah dukungan kepada pasangan calon di Facebook, Senin (14/10/2024). Kata penanda: {FormulaMarker}.\n"), "text/plain; charset=utf-8"),
        ("ui/hostile.html", Hostile(), "text/html"),
        ("ui/judul-panjang.txt", Encoding.UTF8.GetBytes($"{LongTitle}\n\nLAHAT – Sekretaris daerah meminta aparatur sipil negara menjaga netralitas selama masa kampanye, Selasa (15/10/2024).\n"), "text/plain; charset=utf-8"),
        ("ui/kutip.txt", Encoding.UTF8.GetBytes($"Camat, Lurah dan \"Tim Sukses\" Diperiksa Bawaslu Kota Bekasi\n\nKOTA BEKASI – Bawaslu Kota Bekasi memeriksa seorang camat dan lurah yang diduga menjadi \"tim sukses\" pasangan calon, Rabu (6/11/2024). Kata penanda: {QuoteMarker}.\n"), "text/plain; charset=utf-8"),
        ("ui/tanpa-tanggal.txt", Encoding.UTF8.GetBytes($"Catatan Warga tentang Imbauan kepada Pegawai\n\nSeorang warga menulis catatan tentang imbauan kepada pegawai agar tidak memihak. Catatan ini tidak menyebut hari, bulan atau tahun. Kata penanda: {UndatedMarker}.\n"), "text/plain; charset=utf-8"),
    ];

    /// <summary>
    /// A page whose title, author and text carry markup as text (entity-escaped in the source, so it is the words a
    /// reader sees): every place the page shows them must keep them inert.
    /// </summary>
    private static byte[] Hostile()
    {
        var title = System.Net.WebUtility.HtmlEncode(HostileTitle);
        return Encoding.UTF8.GetBytes($$"""
            <!doctype html>
            <html lang="id"><head><meta charset="utf-8">
            <title>{{title}}</title>
            <meta property="og:title" content="{{title}}">
            <meta name="author" content="&lt;svg onload=window.__pwned=3&gt;">
            <meta property="article:published_time" content="2024-10-20T08:00:00+07:00">
            </head><body><article><h1>{{title}}</h1>
            <div class="entry-content">
            <p>SEKAYU – Panitia seleksi mengumumkan hasil tes tertulis &lt;b onmouseover=window.__pwned=4&gt;{{HostileMarker}}&lt;/b&gt; pada Minggu (20/10/2024) di Sekayu, Kabupaten Musi Banyuasin.</p>
            <p>Peserta yang lulus diminta membawa berkas asli ke kantor panitia &lt;iframe src=javascript:window.__pwned=5&gt; pekan depan.</p>
            </div></article></body></html>
            """);
    }

    /// <summary>A story the alert tests add after saving a search: a civil servant sharing a candidate's posts (social-media).</summary>
    public static byte[] SharedPosts(string marker, string title, string published = "2024-10-15") => Encoding.UTF8.GetBytes($$"""
        <!doctype html>
        <html lang="id"><head><meta charset="utf-8">
        <title>{{title}} - Kabar Uji</title>
        <meta property="og:title" content="{{title}}">
        <meta property="og:site_name" content="Kabar Uji">
        <meta property="og:url" content="https://kabaruji.example/berita/{{marker}}">
        <meta property="article:published_time" content="{{published}}T09:30:00+07:00">
        </head><body>
        <article><h1>{{title}}</h1>
        <div class="entry-content">
        <p>MUSI RAWAS – Bawaslu Kabupaten Musi Rawas memeriksa seorang guru berstatus ASN yang membagikan unggahan kampanye pasangan calon bupati di akun Facebook dan Instagram miliknya, Senin (14/10/2024). Kata penanda: {{marker}}.</p>
        <p>"Membagikan dan mengomentari unggahan pasangan calon di media sosial termasuk pelanggaran netralitas," kata Ketua Bawaslu Musi Rawas, Rudi Hartono.</p>
        </div></article>
        </body></html>
        """);

    /// <summary>One press release as an outlet republished it: the same body, the outlet's own headline and date.</summary>
    public static byte[] PressRelease(string outlet, string host, string title, string published) => Encoding.UTF8.GetBytes($$"""
        <!doctype html>
        <html lang="id"><head><meta charset="utf-8">
        <title>{{title}} - {{outlet}}</title>
        <meta property="og:title" content="{{title}}">
        <meta property="og:site_name" content="{{outlet}}">
        <meta property="og:url" content="https://{{host}}/berita/{{published}}/kades-sukamaju-bawaslu">
        <meta property="article:published_time" content="{{published}}T10:00:00+07:00">
        </head><body>
        <article><h1>{{title}}</h1>
        <div class="entry-content">
        <p>MUSI RAWAS – Badan Pengawas Pemilihan Umum (Bawaslu) Kabupaten Musi Rawas memanggil Kepala Desa Sukamaju, Ahmad Fauzi, yang diduga mengunggah dukungan kepada salah satu pasangan calon bupati di akun Facebook pribadinya, Senin (7/10/2024). Kata penanda: {{ClusterMarker}}.</p>
        <p>Ketua Bawaslu Musi Rawas, Rudi Hartono, mengatakan unggahan itu dilaporkan warga bersama tangkapan layar. "Kepala desa wajib netral. Kami sudah mengundang yang bersangkutan untuk klarifikasi pekan ini," kata Rudi di Muara Beliti.</p>
        <p>Menurut Rudi, larangan bagi kepala desa berpihak diatur dalam UU Nomor 10 Tahun 2016 Pasal 71 ayat (1) dan UU Nomor 6 Tahun 2014 tentang Desa. Hasil klarifikasi akan diteruskan ke Pemerintah Kabupaten Musi Rawas.</p>
        <p>Bawaslu juga mengimbau aparatur sipil negara dan perangkat desa di Musi Rawas tidak memberi tanda suka, berkomentar, atau membagikan unggahan pasangan calon di media sosial selama tahapan Pilkada 2024.</p>
        </div></article>
        </body></html>
        """);
}

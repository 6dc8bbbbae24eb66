using System.Text;

namespace NetralitasSearch.Functions.Tests.Infrastructure;

/// <summary>Small news pages written for the tests, each carrying a marker word no other test uses.</summary>
internal static class Articles
{
    public static byte[] Html(string marker, string title, string regencyLine, string published = "2024-10-08") => Encoding.UTF8.GetBytes($$"""
        <!doctype html>
        <html lang="id"><head><meta charset="utf-8">
        <title>{{title}} - Kabar Uji</title>
        <meta property="og:title" content="{{title}}">
        <meta property="og:site_name" content="Kabar Uji">
        <meta property="article:published_time" content="{{published}}T09:30:00+07:00">
        </head><body>
        <nav><ul><li><a href="/kendal">Kendal</a></li><li><a href="/bekasi">Bekasi</a></li></ul></nav>
        <article><h1>{{title}}</h1>
        <div class="entry-content">
        <p>MUSI RAWAS, KABARUJI.EXAMPLE – {{regencyLine}} Kepala Desa Sukamaju, Ahmad Fauzi, diduga menyatakan dukungan kepada salah satu pasangan calon bupati, Senin (7/10/2024). Kata penanda: {{marker}}.</p>
        <p>"Kami sudah memanggil yang bersangkutan untuk klarifikasi," kata Ketua Bawaslu Musi Rawas, Rudi Hartono, Selasa (8/10/2024).</p>
        <p>Baca juga: Berita lain yang tidak boleh masuk</p>
        <p>Netralitas ASN dan kepala desa diatur dalam UU Nomor 10 Tahun 2016 Pasal 70 ayat (1).</p>
        </div></article>
        <aside class="sidebar"><h3>Terpopuler</h3><ul><li><a href="/x">Bupati Kendal resmikan jalan</a></li></ul></aside>
        </body></html>
        """);

    private static readonly string[] Words =
    [
        "anggaran", "bantuan", "camat", "dinas", "edaran", "forum", "gedung", "hadir", "imbauan", "jalan", "kampanye",
        "lurah", "massa", "netral", "operasi", "panwas", "rapat", "sanksi", "tahapan", "undangan", "video", "warga",
        "baliho", "dukungan", "foto", "grup", "honorer", "izin", "jabatan", "kantor", "laporan", "media", "nomor",
        "pegawai", "relawan", "saksi", "teguran", "unggahan", "verifikasi", "wilayah", "acara", "bupati", "calon",
        "desa", "fasilitas", "guru", "hukum", "instansi", "jadwal", "kebun", "lapangan", "musyawarah", "nelayan",
        "pasar", "rumah", "sekolah", "tokoh", "upacara", "rekaman", "pelantikan", "sosialisasi", "pengawasan",
        "klarifikasi", "rekomendasi", "komisi", "inspektorat", "puskesmas", "kecamatan", "pemilih", "logistik",
    ];

    /// <summary>
    /// A page whose body is <paramref name="seed"/>'s own run of words, so that many of them are different stories
    /// (not near-duplicates the search would fold together), each carrying <paramref name="marker"/> and
    /// <paramref name="shared"/>.
    /// </summary>
    public static byte[] Distinct(int seed, string marker, string shared)
    {
        var random = new Random(seed);
        var sentences = Enumerable.Range(0, 6)
            .Select(_ => string.Join(' ', Enumerable.Range(0, 14).Select(_ => Words[random.Next(Words.Length)])) + ".")
            .ToList();
        var body = string.Concat(sentences.Select(sentence => $"<p>{char.ToUpperInvariant(sentence[0])}{sentence[1..]}</p>\n"));
        return Encoding.UTF8.GetBytes($$"""
            <!doctype html>
            <html lang="id"><head><meta charset="utf-8">
            <title>Laporan {{marker}} - Kabar Uji</title>
            <meta property="og:site_name" content="Kabar Uji">
            <meta property="article:published_time" content="2024-10-08T09:30:00+07:00">
            </head><body><article><h1>Laporan {{marker}}</h1>
            <div class="entry-content">
            <p>KENDAL, KABARUJI.EXAMPLE – Bawaslu Kendal menerima laporan {{shared}} {{marker}} tentang netralitas ASN.</p>
            {{body}}</div></article></body></html>
            """);
    }
}

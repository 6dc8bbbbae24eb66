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
}

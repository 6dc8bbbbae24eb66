using NetralitasSearch.Indexer.Parsing.Html;

namespace NetralitasSearch.Indexer.Tests.Parsing;

/// <summary>A page title loses its site name at a separator, and only there: never at a hyphen inside a word.</summary>
public sealed class TitleSeparatorTests
{
    [Theory]
    [InlineData("Status Pegawai KPK Jadi ASN, Ini Kata Menpan-RB - Okezone", "Okezone", null, "Status Pegawai KPK Jadi ASN, Ini Kata Menpan-RB")]
    [InlineData("Status Pegawai KPK Jadi ASN, Ini Kata Menpan-RB", "Okezone", null, "Status Pegawai KPK Jadi ASN, Ini Kata Menpan-RB")]
    [InlineData("Bupati Minta ASN Netral – Kabar Mura", "Kabar Mura", null, "Bupati Minta ASN Netral")]
    [InlineData("Bupati Minta ASN Netral — Kabar Mura", "Kabar Mura", null, "Bupati Minta ASN Netral")]
    [InlineData("Bupati Minta ASN Netral—Kabar Mura", "Kabar Mura", null, "Bupati Minta ASN Netral")]
    [InlineData("Bupati Minta ASN Netral -Kabar Mura", "Kabar Mura", null, "Bupati Minta ASN Netral")]
    [InlineData("Bupati Minta ASN Netral|Kabar Mura", "Kabar Mura", null, "Bupati Minta ASN Netral")]
    [InlineData("DPR Periode 2019–2024 Telah Dilantik - Okezone", null, "okezone.com", "DPR Periode 2019–2024 Telah Dilantik")]
    [InlineData("Timnas U-16 Libas Mariana Utara 15-1 - SINDOnews", null, "sindonews.com", "Timnas U-16 Libas Mariana Utara 15-1")]
    [InlineData("Bawaslu Samarinda Temukan 14 ASN Beri Like - Regional Warta6.com", null, null, "Bawaslu Samarinda Temukan 14 ASN Beri Like")]
    [InlineData("KOMPAS.com - Sekda Musi Rawas Ingatkan ASN Jaga Netralitas", null, null, "Sekda Musi Rawas Ingatkan ASN Jaga Netralitas")]
    [InlineData("Portal Berita Kabupaten Lampung Tengah - Sekda Lampung Tengah Ingatkan ASN Jaga Netralitas", null, null, "Sekda Lampung Tengah Ingatkan ASN Jaga Netralitas")]
    public void ASiteNameIsCutAtASeparator(string title, string? siteName, string? host, string expected) =>
        Assert.Equal(expected, TitleChooser.StripSiteName(title, siteName, host));

    [Theory]
    [InlineData("KASN: 1.000 ASN Langgar Netralitas Jelang Pilkada Serentak")]
    [InlineData("VIDEO LIVE STREAMING - Menpora Imam Nahrawi Resmi Mundur dari Kabinet")]
    [InlineData("Berita Persib Hari Ini - Robert Alberts Ungkap Penyebab Gagal Raih Poin Penuh")]
    [InlineData("Pemerintah 'Lobi' DPR, Sepakat Tunda Pengesahan RUU Pemasyarakatan - WowKeren")]
    [InlineData("11 Fakta Zoha Rahman, Gadis Muslim Berhijab di 'SPIDER-MAN: FAR FROM HOME'")]
    [InlineData("Booking.com: Hampir Setengah Turis Indonesia Suka Tur Jalan Kaki")]
    [InlineData("Beredar Hoaks BJ Habibie Meninggal Dunia, Melanie Subono: TERKUTUK LAH KALIAN!")]
    [InlineData("12 Foto Wajah Asli Idol K-Pop Saat Bangun Tidur, Ada Lisa Blackpink - V BTS!")]
    [InlineData("Viral Paskibra Yatim Digantikan Anak Pejabat, Bupati : Anak Saya Luar Biasa...")]
    [InlineData("Hasil Pertandingan Liga Spanyol 2019-2020, Sabtu 14 September")]
    public void AHeadlineWithoutASiteNameStaysWhole(string title) =>
        Assert.Equal(title, TitleChooser.StripSiteName(title, siteName: null, host: null));

    [Theory]
    [InlineData("Status Pegawai KPK Jadi ASN, Ini Kata Menpan-RB", "-", 0)]
    [InlineData("Judul Berita - Outlet", "-", 1)]
    [InlineData("Skor 3-0 dan 2019–2024", "-", 0)]
    [InlineData("Judul—Outlet", "-", 1)]
    [InlineData("Jalan Tol Kualatanjung - Tebingtinggi - Parapat Dimulai", "-", 2)]
    [InlineData("Bawaslu: ASN Harus Netral", ":", 1)]
    [InlineData("Pukul 10:15 WIB", ":", 0)]
    public void SeparatorsAreFoundWhereTheyAre(string title, string kind, int count) =>
        Assert.Equal(count, TitleSeparators.Find(title, kind).Count);
}

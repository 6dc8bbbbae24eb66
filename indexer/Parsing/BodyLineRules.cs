namespace NetralitasSearch.Indexer.Parsing;

/// <summary>
/// Lines inside an article body that are links, prompts, credits or ad labels rather than article text,
/// as outlets of every CMS family insert them ("Baca Juga:", "ADVERTISEMENT", "Scroll to continue with
/// content", "Artikel ini telah tayang di ..."). Lower case; compared after trimming punctuation.
/// </summary>
internal static class BodyLineRules
{
    /// <summary>A short line starting with one of these is dropped.</summary>
    public static IReadOnlyList<string> NoisePrefixes { get; } =
    [
        "baca juga", "baca:", "baca pula", "simak juga", "simak video", "simak berita", "simak selengkapnya", "lihat juga",
        "lihat video", "tonton juga", "tonton video", "scroll to continue", "scroll untuk melanjutkan", "gulir ke bawah",
        "artikel ini telah tayang", "artikel ini sudah tayang", "artikel ini telah terbit", "dapatkan update",
        "dapatkan berita", "dapatkan informasi", "ikuti berita", "ikuti kami", "ikuti saluran", "follow berita",
        "follow us", "klik di sini", "klik link", "download aplikasi", "unduh aplikasi", "halaman selanjutnya",
        "halaman berikutnya", "berita terkait", "artikel terkait", "video pilihan", "copyright", "hak cipta", "©",
        "bagikan:", "share:", "tags:", "tag:", "topik:", "sumber foto", "foto:", "(foto", "ilustrasi:", "[gambas",
        "editor:", "redaktur:", "sumber:", "penyunting:", "publisher:", "tulis komentar", "kirim komentar", "komentar (",
        "join grup", "gabung grup", "saksikan juga", "cek berita", "jangan lupa", "advertisement", "scroll to", "simak breaking news",
    ];

    /// <summary>A short line containing one of these is a promotion of the outlet's channels, not article text.</summary>
    public static IReadOnlyList<string> NoiseFragments { get; } =
    [
        "whatsapp channel", "saluran whatsapp", "google news", "ikuti kami di", "follow kami di", "download aplikasi",
        "berita pilihan kami langsung", "klik link berikut", "t.me/", "bit.ly/", "pengindeksan otomatis", "melakukan crawling",
    ];

    /// <summary>A line that is exactly one of these is dropped.</summary>
    public static IReadOnlySet<string> NoiseLines { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "iklan", "advertisement", "advertisment", "ads", "komentar", "bagikan", "share", "tags", "tag", "loading",
        "loading...", "selanjutnya", "sebelumnya", "next", "prev", "***", "---", "—", "-", "*", "(*)",
        "editorial team", "tim editorial", "tim redaksi", "tim penulis",
    };

    /// <summary>A credit block ("Pewarta: X Editor: Y COPYRIGHT © 2024") longer than this is article text.</summary>
    public const int MaxCreditBlockLength = 200;

    /// <summary>Lines longer than this are article text whatever they start with.</summary>
    public const int MaxNoiseLineLength = 300;
}

namespace NetralitasSearch.Indexer.Parsing;

/// <summary>
/// Lines inside an article body that are links, prompts, credits or ad labels rather than article text,
/// as outlets of every CMS family insert them ("Baca Juga:", "ADVERTISEMENT", "Scroll to continue with
/// content", "Artikel ini telah tayang di ..."). Lower case; compared after trimming punctuation.
/// </summary>
internal static class BodyLineRules
{
    /// <summary>Prompts before a link to another story ("Baca juga: …"); a short line starting with one is dropped.</summary>
    public static IReadOnlyList<string> LinkPrompts { get; } = ["baca juga", "baca pula", "simak juga", "lihat juga"];

    /// <summary>A short line starting with one of these is dropped.</summary>
    public static IReadOnlyList<string> NoisePrefixes { get; } =
    [
        .. LinkPrompts, "baca:", "simak video", "simak berita", "simak selengkapnya",
        "lihat video", "tonton juga", "tonton video", "scroll to continue", "scroll untuk melanjutkan", "gulir ke bawah",
        "artikel ini telah tayang", "artikel ini sudah tayang", "artikel ini telah terbit", "dapatkan update",
        "dapatkan berita", "dapatkan informasi", "ikuti berita", "ikuti kami", "ikuti saluran", "follow berita",
        "follow us", "klik di sini", "klik link", "download aplikasi", "unduh aplikasi", "halaman selanjutnya",
        "halaman berikutnya", "berita terkait", "artikel terkait", "video pilihan", "copyright", "hak cipta", "©",
        "bagikan:", "share:", "tags:", "tag:", "topik:", "sumber foto", "foto:", "(foto", "ilustrasi:", "[gambas",
        "editor:", "redaktur:", "sumber:", "penyunting:", "publisher:", "tulis komentar", "kirim komentar", "komentar (",
        "join grup", "gabung grup", "saksikan juga", "cek berita", "jangan lupa", "advertisement", "scroll to", "simak breaking news",
        "sign up for our", "sign up to our", "subscribe to our", "subscribe now", "get our newsletter", "get the newsletter",
        "newsletter sign", "berlangganan newsletter", "daftar newsletter", "langganan newsletter",
    ];

    /// <summary>A short line containing one of these is a promotion of the outlet's channels, not article text.</summary>
    public static IReadOnlyList<string> NoiseFragments { get; } =
    [
        "whatsapp channel", "saluran whatsapp", "google news", "ikuti kami di", "follow kami di", "download aplikasi",
        "berita pilihan kami langsung", "klik link berikut", "t.me/", "bit.ly/", "pengindeksan otomatis", "melakukan crawling",
        "our newsletter", "newsletter kami", "delivered to your inbox", "straight to your inbox", "ke kotak masuk",
    ];

    /// <summary>A line that is exactly one of these is dropped.</summary>
    public static IReadOnlySet<string> NoiseLines { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "iklan", "advertisement", "advertisment", "ads", "komentar", "bagikan", "share", "tags", "tag", "loading",
        "loading...", "selanjutnya", "sebelumnya", "next", "prev", "***", "---", "—", "-", "*", "(*)",
        "editorial team", "tim editorial", "tim redaksi", "tim penulis",
    };

    /// <summary>
    /// Headings that open a block of other stories at the end of an article or inside it ("You may also like", "Berita
    /// Lainnya", "More from ..."): the heading and the link lists and story cards after it are not article text.
    /// </summary>
    public static IReadOnlyList<string> OtherStoryHeadings { get; } =
    [
        "you may also like", "you might also like", "you may like", "you might like", "related articles", "related stories",
        "related posts", "related content", "related coverage", "related news", "related reading", "related", "more from",
        "more stories", "more news", "more on this", "more like this", "recommended", "most popular", "most read",
        "most viewed", "popular", "trending", "don't miss", "dont miss", "read next", "read more", "what to read next",
        "editor's picks", "editors' picks", "latest news", "latest stories", "top stories", "also read", "see also",
        "berita terkait", "artikel terkait", "berita lainnya", "artikel lainnya", "berita lain", "baca juga", "lihat juga",
        "terpopuler", "populer", "berita terpopuler", "berita terbaru", "terbaru", "terkini", "berita terkini",
        "rekomendasi", "pilihan editor", "pilihan redaksi", "baca selanjutnya", "jangan lewatkan", "topik terkait",
        "anda mungkin juga suka", "kamu mungkin juga suka", "mungkin anda suka", "mungkin kamu suka", "artikel pilihan",
        "berita pilihan", "rekomendasi untuk anda", "baca berita lainnya",
    ];

    /// <summary>
    /// Headings that open a profile of the author or the company, or press contacts, closing the article: the heading and
    /// what follows it up to the next heading are not article text.
    /// </summary>
    public static IReadOnlyList<string> ProfileHeadings { get; } =
    [
        "about the author", "about the authors", "about the writer", "about us", "about the company", "company profile",
        "media contact", "media contacts", "press contact", "contact information", "tentang penulis", "profil penulis",
        "tentang kami", "profil perusahaan", "kontak media", "narahubung", "informasi lebih lanjut",
    ];

    /// <summary>
    /// "About X" headings ("About Acme", "Tentang Bawaslu Kabupaten Ogan Ilir") open a profile when they close the article:
    /// what follows them is short and holds no other heading.
    /// </summary>
    public static IReadOnlyList<string> AboutPrefixes { get; } = ["about ", "tentang "];

    /// <summary>What follows an "About X" heading is a profile only when it is no longer than this.</summary>
    public const int MaxProfileLength = 1200;

    /// <summary>A heading names a block when it is its prompt plus at most this many characters ("More from The Verge").</summary>
    public const int MaxHeadingTail = 30;

    /// <summary>A credit block ("Pewarta: X Editor: Y COPYRIGHT © 2024") longer than this is article text.</summary>
    public const int MaxCreditBlockLength = 200;

    /// <summary>A line of the first two with a clock time ("09:15 WIB") and no longer than this is a time stamp, not text.</summary>
    public const int MaxStampLineLength = 100;

    /// <summary>Lines longer than this are article text whatever they start with.</summary>
    public const int MaxNoiseLineLength = 300;
}

using System.Collections.Frozen;

namespace NetralitasSearch.Indexer.Parsing.Html;

/// <summary>
/// What is never article text, as data: element names, and words in class or id attributes. The word lists
/// come from the markup of the CMS families Indonesian outlets use (WordPress themes such as tagDiv Newspaper
/// and JNews, the Tribun, Detik, Kompas and Okezone layouts, Blogger, and regional government portals).
/// </summary>
internal static class BoilerplateRules
{
    /// <summary>
    /// Elements whose whole subtree is dropped. A &lt;figure&gt; is not among them: its caption is, and so is an image, but an
    /// embedded post (a quoted tweet in a WordPress embed figure) or a table in a figure is article text.
    /// </summary>
    public static FrozenSet<string> NoiseElements { get; } = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "video", "audio",
        "form", "button", "select", "input", "textarea", "nav", "aside", "footer", "figcaption", "menu",
        "dialog", "head", "link", "meta", "header");

    /// <summary>AMP components that hold article text rather than a widget: every other amp-* element is dropped.</summary>
    public static FrozenSet<string> TextComponents { get; } = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "amp-fit-text", "amp-accordion", "amp-img", "amp-layout");

    /// <summary>
    /// Class or id words of page regions that carry other stories (sidebars, lists, comments, footers): a date
    /// or a heading found inside one of them does not belong to the article.
    /// </summary>
    public static FrozenSet<string> OtherStoryWords { get; } = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "sidebar", "related", "terkait", "populer", "popular", "terpopuler", "trending", "terkini", "terbaru", "latest",
        "recommended", "rekomendasi", "comment", "comments", "komentar", "disqus", "footer", "bacajuga", "ticker", "topbar",
        "stream", "river", "feed", "feeds");

    /// <summary>
    /// Class or id words (split on '-', '_' and spaces) that mark share bars, related lists, comments, ads,
    /// menus, tags and captions. Matched per word so that "td-post-content" is not caught by "post".
    /// </summary>
    public static FrozenSet<string> NoiseWords { get; } = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "share", "sharing", "sharer", "social", "sosmed", "socmed", "bagikan",
        "related", "terkait", "bacajuga", "baca", "recommended", "rekomendasi", "populer", "popular", "terpopuler",
        "trending", "terkini", "terbaru", "latest", "lainnya", "more", "next", "prev", "pagination", "paging", "stream", "river", "feed", "feeds",
        "comment", "comments", "komentar", "disqus", "respond", "reply",
        "ads", "ad", "adsbygoogle", "advert", "advertisement", "iklan", "banner", "sponsor", "promo", "parallax",
        "newsletter", "subscribe", "subscription", "signup", "optin", "langganan", "berlangganan", "follow", "gnews", "bio", "profile", "profil",
        "tags", "tag", "tagcloud", "topik", "keyword", "keywords", "kategori", "category", "breadcrumb", "breadcrumbs",
        "sidebar", "widget", "widgets", "menu", "navbar", "nav", "navigation", "header", "footer", "masthead",
        "caption", "figcaption", "credit", "thumb", "thumbnail", "gallery", "video",
        "author", "byline", "meta", "date", "time", "counter", "visitor", "statistik", "print");

    /// <summary>
    /// Class or id words that mark the article container itself; they win over noise words so that the
    /// container of a theme calling it "entry-content single-post-meta" is still kept.
    /// </summary>
    public static FrozenSet<string> ContentMarkers { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "td-post-content", "entry-content", "content-inner", "jeg_post_content", "jeg_inner_content", "detail__body-text",
        "detail__body", "read__content", "txt-article", "side-article", "article_con", "contentx", "post-body",
        "post-content", "article-content", "article-body", "articlebody", "article__content", "isi-berita", "isi_berita",
        "news-content", "detail-content", "single-content", "content-detail", "artikel", "berita-isi", "post-entry",
        "the-content", "story-content", "body-text", "detail-text", "main-content-article", "read-content", "isi", "isiberita",
        "isi_artikel", "isiartikel", "content-body", "news-body", "article-text", "text-berita", "detail-berita", "beritadetail",
        "post-entry-content", "single-post-content", "entry", "articleBody");

    /// <summary>
    /// Elements among <see cref="NoiseElements"/> that are page structure rather than widgets: dropped as a rule, kept
    /// when they hold most of the page's text (an ASP.NET &lt;form&gt; around the whole page).
    /// </summary>
    public static FrozenSet<string> LayoutElements { get; } = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "form", "header", "nav", "aside", "footer", "menu");

    /// <summary>Noise and other-story words that name a part of the page layout rather than a kind of content.</summary>
    public static FrozenSet<string> LayoutWords { get; } = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "sidebar", "widget", "widgets", "header", "masthead", "menu", "navbar", "nav", "navigation", "footer");

    /// <summary>
    /// Words that, in the same class name as a layout word, say the region has one beside it rather than is one:
    /// "content-with-sidebar", "has-sidebar", "no-sidebar", "layout-sidebar-right".
    /// </summary>
    public static FrozenSet<string> LayoutModifiers { get; } = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "with", "has", "no", "without", "layout");

    /// <summary>
    /// Generic nouns that themes join to a noise word without a separator: "relatedposts", "sharebar", "commentlist",
    /// "postmeta", "sitefooter". Such a compound is read as its noise word.
    /// </summary>
    public static IReadOnlyList<string> CompoundNouns { get; } =
    [
        "posts", "post", "articles", "article", "stories", "story", "news", "berita", "links", "link", "items", "item", "list",
        "box", "bar", "area", "block", "buttons", "button", "icons", "wrap", "wrapper", "container", "section", "widget", "page",
        "site", "entry",
    ];

    /// <summary>Words of class names that say the region holds the article (as parts of a name: "l-article-body-segment").</summary>
    public static FrozenSet<string> ContentWords { get; } = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "article", "content", "body", "story", "entry", "post", "artikel", "berita", "isi", "text", "main");
}

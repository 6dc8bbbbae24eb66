using System.Text;
using NetralitasSearch.Functions.Scraping;

namespace NetralitasSearch.Functions.Tests.Scraping;

public sealed class FeedReaderTests
{
    private static readonly Uri FeedUrl = new("https://kabar.example/feed/");

    private static FeedDocument Read(string xml, string? contentType = "application/xml") =>
        FeedReader.Read(Encoding.UTF8.GetBytes(xml), contentType, FeedUrl);

    [Fact]
    public void RssItemsAreTheirLinksInFeedOrder()
    {
        var feed = Read("""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Kabar</title><link>https://kabar.example/</link>
            <item><title>Baru</title><link>https://kabar.example/berita/baru.html?utm_source=rss</link></item>
            <item><title>Hanya guid</title><guid isPermaLink="true">https://kabar.example/berita/guid.html</guid></item>
            <item><title>Guid bukan tautan</title><guid isPermaLink="false">tag:kabar.example,2024:123</guid></item>
            <item><title>Relatif</title><link>/berita/relatif.html</link></item>
            <item><title>Dobel</title><link>https://kabar.example/berita/baru.html</link></item>
            </channel></rss>
            """);

        Assert.Equal(FeedKind.Rss, feed.Kind);
        Assert.Equal(
            ["https://kabar.example/berita/baru.html", "https://kabar.example/berita/guid.html", "https://kabar.example/berita/relatif.html"],
            feed.Items.Select(i => i.Url.AbsoluteUri));
    }

    [Fact]
    public void AtomEntriesAreTheirAlternateLinks()
    {
        var feed = Read("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Kabar</title>
            <link rel="self" href="https://kabar.example/atom.xml"/>
            <entry><title>Satu</title><link rel="edit" href="https://kabar.example/edit/1"/><link rel="alternate" href="https://kabar.example/berita/1.html"/><updated>2024-10-08T09:30:00+07:00</updated></entry>
            <entry><title>Dua</title><link href="berita/2.html"/></entry>
            </feed>
            """);

        Assert.Equal(FeedKind.Atom, feed.Kind);
        Assert.Equal(["https://kabar.example/berita/1.html", "https://kabar.example/feed/berita/2.html"], feed.Items.Select(i => i.Url.AbsoluteUri));
        Assert.Equal(new DateTimeOffset(2024, 10, 8, 9, 30, 0, TimeSpan.FromHours(7)), feed.Items[0].Updated);
    }

    [Fact]
    public void SitemapUrlsComeNewestFirst()
    {
        var feed = Read("""
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <url><loc>https://kabar.example/lama.html</loc><lastmod>2024-01-05</lastmod></url>
            <url><loc>https://kabar.example/tanpa-tanggal.html</loc></url>
            <url><loc>https://kabar.example/baru.html</loc><lastmod>2024-11-20T11:00:00+07:00</lastmod></url>
            </urlset>
            """);

        Assert.Equal(FeedKind.Sitemap, feed.Kind);
        Assert.Equal(["https://kabar.example/baru.html", "https://kabar.example/lama.html", "https://kabar.example/tanpa-tanggal.html"], feed.Items.Select(i => i.Url.AbsoluteUri));
    }

    [Fact]
    public void SitemapIndexItemsAreItsChildSitemaps()
    {
        var feed = Read("""
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <sitemap><loc>https://kabar.example/sitemap-2024-10.xml</loc><lastmod>2024-10-31</lastmod></sitemap>
            <sitemap><loc>https://kabar.example/sitemap-2024-11.xml</loc><lastmod>2024-11-30</lastmod></sitemap>
            </sitemapindex>
            """);

        Assert.Equal(FeedKind.SitemapIndex, feed.Kind);
        Assert.Equal(["https://kabar.example/sitemap-2024-11.xml", "https://kabar.example/sitemap-2024-10.xml"], feed.Items.Select(i => i.Url.AbsoluteUri));
    }

    [Fact]
    public void Rss1RdfItemsAreRead()
    {
        var feed = Read("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
            <channel rdf:about="https://kabar.example/"><title>Kabar</title></channel>
            <item rdf:about="https://kabar.example/berita/rdf.html"><title>RDF</title><link>https://kabar.example/berita/rdf.html</link></item>
            </rdf:RDF>
            """);

        Assert.Equal(FeedKind.Rss, feed.Kind);
        Assert.Equal("https://kabar.example/berita/rdf.html", Assert.Single(feed.Items).Url.AbsoluteUri);
    }

    [Fact]
    public void DtdsAreRefusedSoEntitiesCannotExpand()
    {
        var feed = Read("""
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <rss version="2.0"><channel><item><link>https://kabar.example/&lol2;</link></item></channel></rss>
            """);

        Assert.False(feed.IsFeed);
        Assert.Contains("DTD", feed.Failure);
    }

    [Theory]
    [InlineData("<html><body>bukan feed</body></html>", "neither an RSS or Atom feed nor a sitemap")]
    [InlineData("<rss><channel><item>", "cannot be read")]
    public void OtherXmlIsNotAFeedWithItsReason(string xml, string reason)
    {
        var feed = Read(xml);

        Assert.False(feed.IsFeed);
        Assert.Contains(reason, feed.Failure);
    }

    [Theory]
    [InlineData("application/rss+xml", "<rss/>", true)]
    [InlineData("application/atom+xml; charset=utf-8", "<feed/>", true)]
    [InlineData("text/xml", "<urlset/>", true)]
    [InlineData(null, "\uFEFF  <?xml version=\"1.0\"?><rss/>", true)]
    [InlineData("text/plain", "<urlset xmlns=\"x\"/>", true)]
    [InlineData("text/html", "<?xml version=\"1.0\"?><html/>", false)]
    [InlineData("application/xhtml+xml", "<html/>", false)]
    [InlineData(null, "<!doctype html><html/>", false)]
    public void FeedsAreRecognisedByTypeOrFirstElement(string? contentType, string body, bool isFeed)
    {
        var mediaType = contentType?.Split(';')[0].Trim();

        Assert.Equal(isFeed, FeedReader.LooksLikeFeed(mediaType, Encoding.UTF8.GetBytes(body)));
    }
}

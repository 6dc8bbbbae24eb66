using NetralitasSearch.Functions.Scraping;

namespace NetralitasSearch.Functions.Tests.Scraping;

public sealed class RobotsTxtTests
{
    private const string Site = """
        # Kabar Musi Rawas
        User-agent: *
        Disallow: /cari
        Disallow: /admin/

        User-agent: Googlebot
        Disallow: /

        User-agent: netralitassearch
        User-agent: OtherBot
        Disallow: /rahasia/
        Allow: /rahasia/boleh-
        Disallow: /*.pdf$
        Disallow: /arsip/*/cetak
        Crawl-delay: 10
        Sitemap: https://kabar.example/sitemap.xml
        """;

    [Theory]
    [InlineData("/berita/kades-sukamaju.html", true)]
    [InlineData("/cari?q=asn", true)]
    [InlineData("/admin/login", true)]
    [InlineData("/rahasia/laporan.html", false)]
    [InlineData("/rahasia/boleh-dibaca.html", true)]
    [InlineData("/rahasia/", false)]
    [InlineData("/surat-edaran.pdf", false)]
    [InlineData("/surat-edaran.pdf?unduh=1", true)]
    [InlineData("/arsip/2024/cetak", false)]
    [InlineData("/arsip/2024/10/cetak/1", false)]
    [InlineData("/arsip/2024/baca", true)]
    [InlineData("/robots.txt", true)]
    public void OurGroupDecidesWithTheLongestMatchingRule(string path, bool allowed)
    {
        var robots = RobotsTxt.Parse(Site, "NetralitasSearch");

        Assert.Equal(allowed, robots.IsAllowed(path));
    }

    [Theory]
    [InlineData("/berita/a.html", true)]
    [InlineData("/cari?q=asn", false)]
    [InlineData("/admin/", false)]
    public void TheStarGroupAppliesWhenNoGroupNamesUs(string path, bool allowed)
    {
        var robots = RobotsTxt.Parse("User-agent: *\nDisallow: /cari\nDisallow: /admin/\n\nUser-agent: Googlebot\nDisallow: /\n", "NetralitasSearch");

        Assert.Equal(allowed, robots.IsAllowed(path));
    }

    [Fact]
    public void AGroupNamingUsWithAnEmptyDisallowAllowsEverythingDespiteTheStarGroup()
    {
        var robots = RobotsTxt.Parse("User-agent: *\nDisallow: /\n\nUser-agent: NetralitasSearch/1.0\nDisallow:\n", "NetralitasSearch");

        Assert.True(robots.IsAllowed("/berita/a.html"));
    }

    [Fact]
    public void AllowWinsATieOfEqualLength()
    {
        var robots = RobotsTxt.Parse("User-agent: *\nDisallow: /berita\nAllow: /berita\n", "NetralitasSearch");

        Assert.True(robots.IsAllowed("/berita/a.html"));
    }

    [Fact]
    public void TheDecidingRuleIsNamedForTheLedger()
    {
        var robots = RobotsTxt.Parse(Site, "NetralitasSearch");

        Assert.Equal("Disallow: /rahasia/", robots.Explain("/rahasia/laporan.html"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html><body>Not found</body></html>")]
    [InlineData("Disallow: /\n")]
    public void GarbageOrRulesOutsideAGroupAllowEverything(string text)
    {
        Assert.True(RobotsTxt.Parse(text, "NetralitasSearch").IsAllowed("/berita/a.html"));
    }

    [Fact]
    public void PathologicalWildcardsStayFast()
    {
        var robots = RobotsTxt.Parse("User-agent: *\nDisallow: /" + string.Concat(Enumerable.Repeat("*a", 200)) + "b\n", "NetralitasSearch");
        var watch = System.Diagnostics.Stopwatch.StartNew();

        Assert.True(robots.IsAllowed("/" + new string('a', 2000)));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2));
    }
}

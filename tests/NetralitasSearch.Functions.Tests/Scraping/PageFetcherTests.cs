using System.Diagnostics;
using System.Text;
using NetralitasSearch.Functions.Scraping;
using NetralitasSearch.Functions.Tests.Infrastructure;

namespace NetralitasSearch.Functions.Tests.Scraping;

/// <summary>The fetcher against the test news site on 127.0.0.1, in this process (no storage, no host).</summary>
public sealed class PageFetcherTests(NewsServer server) : IClassFixture<NewsServer>
{
    // A timeout generous enough for a loaded machine; the slow-page test sets a short one of its own.
    private static PageFetcher Fetcher(bool allowPrivateAddresses = true, int timeoutSeconds = 15) => new(new ScraperOptions
    {
        AllowPrivateAddresses = allowPrivateAddresses,
        PerHostDelay = TimeSpan.FromMilliseconds(20),
        Timeout = TimeSpan.FromSeconds(timeoutSeconds),
        MaxBytes = 256 * 1024,
    });

    [Fact]
    public async Task APageComesWithItsStatusContentTypeAndBody()
    {
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(server.Url("/berita/kades-sukamaju-dukung-paslon.html"));

        Assert.Equal(FetchOutcome.Fetched, result.Outcome);
        Assert.Equal(200, result.HttpStatus);
        Assert.Equal("text/html; charset=utf-8", result.ContentType);
        Assert.Contains("Kepala Desa Sukamaju", Encoding.UTF8.GetString(result.Content.Span));
        Assert.Equal(0, result.Redirects);
    }

    [Fact]
    public async Task RequestsNameTheProjectInTheUserAgent()
    {
        using var fetcher = Fetcher();

        await fetcher.FetchAsync(server.Url("/berita/lurah-salatiga-rapat-pemenangan.html"));

        Assert.StartsWith("NetralitasSearch/1.0 (", server.UserAgent("/berita/lurah-salatiga-rapat-pemenangan.html"));
        Assert.StartsWith("NetralitasSearch/1.0 (", server.UserAgent("/robots.txt"));
    }

    [Fact]
    public async Task FiveRedirectsAreFollowedToTheFinalUrl()
    {
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(server.Url("/r/5"));

        Assert.Equal(FetchOutcome.Fetched, result.Outcome);
        Assert.Equal(5, result.Redirects);
        Assert.Equal(server.Url("/r/5"), result.RequestedUrl);
        Assert.Equal(server.Url("/berita/guru-honorer-bekasi-kampanye.html"), result.FinalUrl);
    }

    [Fact]
    public async Task ASixthRedirectIsAFailure()
    {
        using var fetcher = Fetcher();
        var targetBefore = server.Hits("/berita/guru-honorer-bekasi-kampanye.html");

        var result = await fetcher.FetchAsync(server.Url("/r/6"));

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Equal(301, result.HttpStatus);
        Assert.StartsWith("more than 5 redirects", result.Reason);
        Assert.Equal(targetBefore, server.Hits("/berita/guru-honorer-bekasi-kampanye.html"));
    }

    [Fact]
    public async Task APathRobotsTxtDisallowsIsSkippedWithoutBeingRequested()
    {
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(server.Url("/rahasia/laporan-internal.html"));

        Assert.Equal(FetchOutcome.SkippedRobots, result.Outcome);
        Assert.Contains("Disallow: /rahasia/", result.Reason);
        Assert.Equal(0, server.Hits("/rahasia/laporan-internal.html"));
    }

    [Fact]
    public async Task ASlowPageTimesOut()
    {
        using var fetcher = Fetcher(timeoutSeconds: 1);
        var clock = Stopwatch.StartNew();

        var result = await fetcher.FetchAsync(server.Url("/lambat.html"));

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Equal("timed out after 1 s", result.Reason);
        Assert.True(clock.Elapsed < server.SlowFor, $"Waited {clock.Elapsed}, as long as the slow page itself.");
    }

    [Theory]
    [InlineData("/besar.html")]
    [InlineData("/besar-panjang.html")]
    public async Task APageAboveTheSizeLimitIsAFailure(string path)
    {
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(server.Url(path));

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Equal("the page is larger than the 262,144-byte limit (Scraper:MaxBytes)", result.Reason);
        Assert.True(result.Content.IsEmpty);
    }

    [Theory]
    [InlineData("/hilang.html", 404, "HTTP 404 Not Found")]
    [InlineData("/rusak.html", 500, "HTTP 500 Internal Server Error")]
    public async Task ErrorStatusesAreFailuresWithTheStatus(string path, int status, string reason)
    {
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(server.Url(path));

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Equal(status, result.HttpStatus);
        Assert.Equal(reason, result.Reason);
    }

    [Fact]
    public async Task LoopbackIsRefusedWhenPrivateAddressesAreNotAllowed()
    {
        using var fetcher = Fetcher(allowPrivateAddresses: false);
        var robotsBefore = server.Hits("/robots.txt");

        var result = await fetcher.FetchAsync(server.Url("/berita/camat-oku-like-postingan.html"));

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Equal("refused: 127.0.0.1 is a loopback address, and Scraper:AllowPrivateAddresses is off", result.Reason);
        Assert.Equal(robotsBefore, server.Hits("/robots.txt"));
        Assert.Equal(0, server.Hits("/berita/camat-oku-like-postingan.html"));
    }

    [Fact]
    public async Task AHostNameThatResolvesToLoopbackIsRefusedAfterResolution()
    {
        using var fetcher = Fetcher(allowPrivateAddresses: false);
        var robotsBefore = server.Hits("/robots.txt");

        var result = await fetcher.FetchAsync(new Uri($"http://localhost:{server.Port}/berita/pns-banyuasin-bagi-sembako.html"));

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Contains("loopback address, and Scraper:AllowPrivateAddresses is off", result.Reason);
        Assert.Equal(robotsBefore, server.Hits("/robots.txt"));
        Assert.Equal(0, server.Hits("/berita/pns-banyuasin-bagi-sembako.html"));
    }

    [Fact]
    public async Task OneHostNeverGetsTwoRequestsAtOnce()
    {
        using var fetcher = Fetcher();
        string[] paths = ["/berita/asn-batanghari-unggah-dukungan.html", "/berita/sekdes-kendal-foto-bersama.html", "/berita/bawaslu-lahat-temuan.html", "/r/2", "/hilang.html", "/feed.xml"];

        var results = await Task.WhenAll(paths.Select(path => fetcher.FetchAsync(server.Url(path))));

        Assert.Equal(5, results.Count(r => r.IsFetched));
        Assert.Equal(1, server.MaxConcurrentRequests);
    }
}

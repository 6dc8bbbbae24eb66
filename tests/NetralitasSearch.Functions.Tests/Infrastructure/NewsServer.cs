using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using NetralitasSearch.Tests;

namespace NetralitasSearch.Functions.Tests.Infrastructure;

/// <summary>
/// A small fictional news site on 127.0.0.1 (Kestrel in the test process) for the scraper: the pages of
/// tests/Fixtures/Scraping/site, an RSS feed and sitemaps built from lists the tests can change, and the awkward
/// cases: redirect chains, a slow page, huge pages, a 404, a 500, a windows-1252 page, a GIF, circulars as PDF (one
/// behind a download script's generic type), a scanned circular as PNG and a "PDF" that is an error page. It counts
/// requests per path and remembers the most requests it ever served at once.
/// </summary>
public sealed class NewsServer : IAsyncLifetime, IAsyncDisposable
{
    /// <summary>What /besar.html and /besar-panjang.html send: far above the limit the tests configure.</summary>
    public const int HugeBytes = 1024 * 1024;

    public static readonly string Root = Path.Combine(RepositoryPaths.Fixtures, "Scraping", "site");

    private readonly ConcurrentDictionary<string, int> hits = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> userAgents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> pages = new(StringComparer.Ordinal);
    private readonly List<(string Path, string Title, DateTimeOffset Published)> feedItems =
    [
        ("/berita/asn-batanghari-unggah-dukungan.html", "ASN Batanghari Unggah Status Dukungan, Bawaslu Minta Klarifikasi", new DateTimeOffset(2024, 10, 18, 16, 20, 0, TimeSpan.FromHours(7))),
        ("/berita/sekdes-kendal-foto-bersama.html", "Sekdes di Kendal Berpose Salam Jari Bersama Calon Bupati", new DateTimeOffset(2024, 10, 15, 8, 0, 0, TimeSpan.FromHours(7))),
    ];

    private WebApplication? app;
    private int inFlight;
    private int maxInFlight;

    static NewsServer()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public int Port { get; } = FreePort.Next();

    public string Base => $"http://127.0.0.1:{Port}";

    /// <summary>How long /lambat.html takes to answer (longer than the timeout the tests configure).</summary>
    public TimeSpan SlowFor { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The most requests in progress at once, not counting the slow and huge pages, which the client abandons.</summary>
    public int MaxConcurrentRequests => Volatile.Read(ref maxInFlight);

    public Uri Url(string path) => new(Base + path);

    public int Hits(string path) => hits.GetValueOrDefault(path);

    public string? UserAgent(string path) => userAgents.GetValueOrDefault(path);

    /// <summary>Serves (or replaces) a page at a path, as a site rewriting an article would.</summary>
    public void SetPage(string path, string html) => pages[path] = html;

    public void AddFeedItem(string path, string title, DateTimeOffset published)
    {
        lock (feedItems)
        {
            feedItems.Insert(0, (path, title, published));
        }
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(Base);
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.Run(HandleAsync);
        await app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
            app = null;
        }
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        hits.AddOrUpdate(path, 1, (_, count) => count + 1);
        userAgents[path] = context.Request.Headers.UserAgent.ToString();
        var counted = path is not ("/lambat.html" or "/besar.html" or "/besar-panjang.html");
        if (counted)
        {
            var now = Interlocked.Increment(ref inFlight);
            int seen;
            while (now > (seen = Volatile.Read(ref maxInFlight)) && Interlocked.CompareExchange(ref maxInFlight, now, seen) != seen)
            {
            }
        }

        try
        {
            await RouteAsync(context, path);
        }
        finally
        {
            if (counted)
            {
                Interlocked.Decrement(ref inFlight);
            }
        }
    }

    private async Task RouteAsync(HttpContext context, string path)
    {
        var response = context.Response;
        if (pages.TryGetValue(path, out var page))
        {
            await WriteAsync(response, "text/html; charset=utf-8", page);
            return;
        }

        if (path.StartsWith("/r/", StringComparison.Ordinal) && int.TryParse(path[3..], NumberStyles.None, CultureInfo.InvariantCulture, out var hops) && hops is > 0 and <= 10)
        {
            // A chain of relative 302s ending in an absolute 301, as outlets move articles between URL schemes.
            response.StatusCode = hops == 1 ? StatusCodes.Status301MovedPermanently : StatusCodes.Status302Found;
            response.Headers.Location = hops == 1 ? $"{Base}/berita/guru-honorer-bekasi-kampanye.html" : $"/r/{hops - 1}";
            return;
        }

        switch (path)
        {
            case "/feed.xml":
                await WriteAsync(response, "application/rss+xml; charset=utf-8", Rss());
                return;
            case "/sitemap.xml":
                await WriteAsync(response, "application/xml", SitemapIndex("/sitemap-berita.xml", "/sitemap-lain.xml"));
                return;
            case "/sitemap-berita.xml":
                await WriteAsync(response, "application/xml", Sitemap(
                    ("/berita/pns-banyuasin-bagi-sembako.html", "2024-11-18T07:30:00+07:00"),
                    ("/berita/bawaslu-lahat-temuan.html", "2024-11-20T11:00:00+07:00")));
                return;
            case "/sitemap-lain.xml":
                await WriteAsync(response, "application/xml", SitemapIndex("/sitemap-berita.xml"));
                return;
            case "/lambat.html":
                try
                {
                    await Task.Delay(SlowFor, context.RequestAborted);
                    await WriteAsync(response, "text/html; charset=utf-8", "<html><body><p>Terlambat.</p></body></html>");
                }
                catch (OperationCanceledException)
                {
                    // The client gave up, as it should.
                }

                return;
            case "/besar.html":
                await HugeAsync(context, declareLength: false);
                return;
            case "/besar-panjang.html":
                await HugeAsync(context, declareLength: true);
                return;
            case "/hilang.html":
                response.StatusCode = StatusCodes.Status404NotFound;
                await WriteAsync(response, "text/html; charset=utf-8", "<html><body><h1>Halaman tidak ditemukan</h1></body></html>");
                return;
            case "/rusak.html":
                response.StatusCode = StatusCodes.Status500InternalServerError;
                await WriteAsync(response, "text/html; charset=utf-8", "<html><body><h1>Terjadi kesalahan server</h1></body></html>");
                return;
            case "/latin1.html":
                // Declared only in the page (iso-8859-1, which means windows-1252); the header has no charset.
                response.ContentType = "text/html";
                await response.Body.WriteAsync(Encoding.GetEncoding(1252).GetBytes(Latin1Page()));
                return;
            case "/gambar.gif":
                response.ContentType = "image/gif";
                await response.Body.WriteAsync(new byte[] { (byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'9', (byte)'a', 1, 0, 1, 0, 0, 0, 0, (byte)';' });
                return;
            case "/unduh/7":
                // A download script, as government sites serve their circulars: a generic type, the name in a header.
                response.ContentType = "application/octet-stream";
                response.Headers.ContentDisposition = "attachment; filename=\"SE-Bupati-Muratara-Media-Sosial.pdf\"";
                await response.Body.WriteAsync(await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Fixtures, "PdfOcr", "muratara-se-media-sosial.pdf")));
                return;
            case "/pindaian/se-batanghari.png":
                response.ContentType = "image/png";
                await response.Body.WriteAsync(await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Fixtures, "PdfOcr", "batanghari-se-netralitas-scan.png")));
                return;
            case "/palsu.pdf":
                // A "PDF" link that answers with the site's error page and a 200.
                await WriteAsync(response, "application/pdf", "<html><body><h1>Berkas tidak tersedia</h1><p>Silakan hubungi admin.</p></body></html>");
                return;
        }

        var file = Path.GetFullPath(Path.Combine(Root, path.TrimStart('/')));
        if (file.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(file))
        {
            if (Path.GetExtension(file) == ".pdf")
            {
                response.ContentType = "application/pdf";
                await response.Body.WriteAsync(await File.ReadAllBytesAsync(file));
                return;
            }

            var contentType = Path.GetExtension(file) == ".txt" ? "text/plain; charset=utf-8" : "text/html; charset=utf-8";
            await WriteAsync(response, contentType, (await File.ReadAllTextAsync(file)).Replace("{{base}}", Base, StringComparison.Ordinal));
            return;
        }

        response.StatusCode = StatusCodes.Status404NotFound;
    }

    private static async Task WriteAsync(HttpResponse response, string contentType, string text)
    {
        response.ContentType = contentType;
        await response.WriteAsync(text, Encoding.UTF8);
    }

    private static async Task HugeAsync(HttpContext context, bool declareLength)
    {
        var response = context.Response;
        response.ContentType = "text/html; charset=utf-8";
        if (declareLength)
        {
            response.ContentLength = HugeBytes;
        }

        var chunk = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("<p>Data pemilih tetap, halaman sangat panjang.</p>\n", 1300))[..65536]);
        try
        {
            for (var written = 0; written < HugeBytes; written += chunk.Length)
            {
                await response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or InvalidOperationException)
        {
            // The client stopped reading at its limit and closed the connection.
        }
    }

    private string Rss()
    {
        List<(string Path, string Title, DateTimeOffset Published)> items;
        lock (feedItems)
        {
            items = [.. feedItems];
        }

        var xml = new StringBuilder()
            .Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n<channel>\n")
            .Append("<title>Berita Pemilu Daerah</title>\n")
            .Append(CultureInfo.InvariantCulture, $"<link>{Base}/</link>\n<atom:link href=\"{Base}/feed.xml\" rel=\"self\" type=\"application/rss+xml\"/>\n")
            .Append("<description>Liputan pengawasan netralitas ASN di daerah</description>\n<language>id</language>\n");
        foreach (var (path, title, published) in items)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<item>\n<title>{SecurityElement.Escape(title)}</title>\n<link>{Base}{path}</link>\n")
                .Append(CultureInfo.InvariantCulture, $"<guid isPermaLink=\"true\">{Base}{path}</guid>\n")
                .Append(CultureInfo.InvariantCulture, $"<pubDate>{published.ToString("ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture)} +0700</pubDate>\n</item>\n");
        }

        return xml.Append("</channel>\n</rss>\n").ToString();
    }

    private string SitemapIndex(params string[] children) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        + string.Concat(children.Select(child => $"<sitemap><loc>{Base}{child}</loc><lastmod>2024-11-20</lastmod></sitemap>\n"))
        + "</sitemapindex>\n";

    private string Sitemap(params (string Path, string LastModified)[] urls) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        + string.Concat(urls.Select(url => $"<url><loc>{Base}{url.Path}</loc><lastmod>{url.LastModified}</lastmod></url>\n"))
        + "</urlset>\n";

    private static string Latin1Page() => """
        <!DOCTYPE html>
        <html lang="id"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
        <title>Rapat di Rumah Makan Bu Déwi Libatkan Kepala Dinas - Kabar Lahat</title>
        <meta property="og:site_name" content="Kabar Lahat">
        </head><body><article>
        <h1>Rapat di Rumah Makan Bu Déwi Libatkan Kepala Dinas</h1>
        <p>LAHAT – Seorang kepala dinas di Kabupaten Lahat diduga menghadiri rapat pemenangan di Rumah Makan Bu Déwi, Rabu (13/11/2024) malam.</p>
        <p>Bawaslu Lahat menyebut pertemuan itu sedang ditelusuri dan pihak rumah makan telah dimintai keterangan.</p>
        </article></body></html>
        """;
}

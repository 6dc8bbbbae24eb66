using System.Globalization;
using System.Text;
using System.Text.Json;
using NetralitasSearch.Functions.Ledger;
using NetralitasSearch.Functions.Scraping;
using NetralitasSearch.Functions.Tests.Infrastructure;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Tests;

/// <summary>
/// The scraper for real: URL lists uploaded to sources in Azurite, fetched by the host from the test news site on
/// 127.0.0.1, archived in articles, then found through /api/search; what failed is in the ledger with its reason.
/// </summary>
[Collection(ScraperCollection.Name)]
public sealed class ScrapingTests(ScraperFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private NewsServer Server => fixture.Server;

    private LedgerStore Ledger => new(fixture.Storage.Blobs, new StorageOptions().LedgerContainer);

    private PageArchive Archive => new(fixture.Storage.Blobs, new StorageOptions());

    private static int Total(JsonElement response) => response.GetProperty("total").GetInt32();

    [Fact]
    public async Task AUrlListBecomesArchivedPagesWithTheirFetchMetadataAndThenSearchResults()
    {
        const string list = "redaksi/daftar-oktober.txt";
        await UploadListAsync(list, $"""
            # Liputan netralitas ASN yang dikumpulkan redaksi, Oktober 2024
            {Server.Base}/berita/kades-sukamaju-dukung-paslon.html

            {Server.Base}/berita/camat-oku-like-postingan.html?utm_source=facebook&utm_medium=social
            {Server.Base}/r/3
            {Server.Base}/latin1.html
            bukan sebuah url
            {Server.Base}/berita/kades-sukamaju-dukung-paslon.html#komentar
            """);

        var kades = (await fixture.Host.WaitForSearchAsync("q=Sukamaju", r => Total(r) == 1)).GetProperty("hits")[0];
        Assert.Equal(Server.Base + "/berita/kades-sukamaju-dukung-paslon.html", kades.GetProperty("url").GetString());
        Assert.Equal("Kabar Musi Rawas", kades.GetProperty("source").GetString());
        Assert.Contains("Musi Rawas", kades.GetProperty("regencies").EnumerateArray().Select(r => r.GetString()));

        // No canonical link: the document's URL is where the page was read, without the share's tracking tags.
        var camat = (await fixture.Host.WaitForSearchAsync("q=Yuliani", r => Total(r) == 1)).GetProperty("hits")[0];
        Assert.Equal(Server.Base + "/berita/camat-oku-like-postingan.html", camat.GetProperty("url").GetString());
        Assert.Equal("127.0.0.1", camat.GetProperty("source").GetString());

        var guru = (await fixture.Host.WaitForSearchAsync("q=Multiguna", r => Total(r) == 1)).GetProperty("hits")[0];
        var guruDocument = await fixture.Host.GetJsonAsync($"/api/documents/{guru.GetProperty("id").GetString()}");
        var archived = guruDocument.GetProperty("archive");
        Assert.Equal(Server.Base + "/r/3", archived.GetProperty("source_url").GetString());
        Assert.Equal(Server.Base + "/berita/guru-honorer-bekasi-kampanye.html", archived.GetProperty("final_url").GetString());
        Assert.Equal(200, archived.GetProperty("http_status").GetInt32());
        Assert.True(DateTimeOffset.UtcNow - archived.GetProperty("fetched_at").GetDateTimeOffset() < TimeSpan.FromMinutes(2));
        Assert.Equal(Server.Base + "/berita/guru-honorer-bekasi-kampanye.html", guru.GetProperty("url").GetString());

        var latin1 = (await fixture.Host.WaitForSearchAsync("q=dimintai", r => Total(r) == 1)).GetProperty("hits")[0];
        var latin1Document = await fixture.Host.GetJsonAsync($"/api/documents/{latin1.GetProperty("id").GetString()}");
        Assert.Contains("Rumah Makan Bu Déwi", latin1Document.GetProperty("text").GetString());

        // One version per page in articles, with the fetch facts in its metadata.
        var version = Assert.Single(await Archive.VersionsAsync(Server.Url("/berita/kades-sukamaju-dukung-paslon.html")));
        var blob = await fixture.Storage.Blobs.DownloadAsync("articles", version.Name);
        Assert.NotNull(blob);
        Assert.Equal(Server.Base + "/berita/kades-sukamaju-dukung-paslon.html", blob.Metadata["source_url"]);
        Assert.Equal(Server.Base + "/berita/kades-sukamaju-dukung-paslon.html", blob.Metadata["final_url"]);
        Assert.Equal("200", blob.Metadata["http_status"]);
        Assert.Equal("text/html; charset=utf-8", blob.Metadata["content_type"]);
        Assert.Equal(list, blob.Metadata["requested_by"]);
        Assert.True(DateTimeOffset.TryParse(blob.Metadata["fetched_at"], CultureInfo.InvariantCulture, out _));
        Assert.Equal(ArchiveNames.Hash(blob.Content.Span), blob.Metadata["content_sha256"]);
        Assert.Equal("text/html; charset=windows-1252", (await fixture.Storage.Blobs.DownloadAsync("articles", Assert.Single(await Archive.VersionsAsync(Server.Url("/latin1.html"))).Name))!.ContentType);

        // The URL listed twice was fetched once; its ledger entry points at the blob and the document.
        Assert.Equal(1, Server.Hits("/berita/kades-sukamaju-dukung-paslon.html"));
        var entry = await WaitForLedgerAsync(Server.Base + "/berita/kades-sukamaju-dukung-paslon.html");
        Assert.Equal(LedgerState.Fetched, entry.State);
        Assert.Equal(version.Name, entry.Details["blob"]);
        Assert.Equal("200", entry.Details["http_status"]);
        Assert.Equal(kades.GetProperty("id").GetString(), entry.DocumentId);

        var rejected = await WaitForLedgerAsync("bukan sebuah url");
        Assert.Equal(LedgerState.Failed, rejected.State);
        Assert.Equal($"line 7 of {list}: not an absolute URL", rejected.Reason);
    }

    [Fact]
    public async Task WhatCannotBeFetchedIsInTheLedgerWithItsReason()
    {
        await UploadListAsync("redaksi/tautan-bermasalah.txt", string.Join('\n', new[]
        {
            "/hilang.html", "/rusak.html", "/lambat.html", "/besar.html", "/r/6", "/rahasia/laporan-internal.html", "/gambar.gif", "/palsu.pdf",
        }.Select(path => Server.Base + path)));

        await AssertLedgerAsync("/hilang.html", LedgerState.Failed, "HTTP 404 Not Found", status: "404");
        await AssertLedgerAsync("/rusak.html", LedgerState.Failed, "HTTP 500 Internal Server Error", status: "500");
        await AssertLedgerAsync("/lambat.html", LedgerState.Failed, "timed out after 1.5 s");
        await AssertLedgerAsync("/besar.html", LedgerState.Failed, "the page is larger than the 262,144-byte limit (Scraper:MaxBytes)", status: "200");
        await AssertLedgerAsync("/r/6", LedgerState.Failed, $"more than 5 redirects (the last one to {Server.Base}/berita/guru-honorer-bekasi-kampanye.html)", status: "301");
        await AssertLedgerAsync("/rahasia/laporan-internal.html", LedgerState.SkippedRobots, $"{Server.Base}/robots.txt disallows /rahasia/laporan-internal.html (Disallow: /rahasia/)");
        await AssertLedgerAsync("/gambar.gif", LedgerState.Failed, "not a web page, feed, PDF or PNG/JPEG image (image/gif)", status: "200");
        await AssertLedgerAsync("/palsu.pdf", LedgerState.Failed, "the site sent application/pdf, but the body is not a PDF (it does not start with %PDF-)", status: "200");

        Assert.Equal(0, Server.Hits("/rahasia/laporan-internal.html"));
        foreach (var path in new[] { "/hilang.html", "/rusak.html", "/lambat.html", "/besar.html", "/r/6", "/gambar.gif", "/palsu.pdf" })
        {
            Assert.Empty(await Archive.VersionsAsync(Server.Url(path)));
        }

        // Every list and every feed poll goes through one gate per host: the site never saw two requests at once.
        Assert.Equal(1, Server.MaxConcurrentRequests);
    }

    [Fact]
    public async Task AFeedInAListIsFetchedAndPollFeedsFetchesOnlyItsNewItems()
    {
        await UploadListAsync("redaksi/feed.txt", $"{Server.Base}/feed.xml\n");

        await fixture.Host.WaitForSearchAsync("q=Kalirejo", r => Total(r) == 1);
        await fixture.Host.WaitForSearchAsync("q=%22Rahmat%20Hidayat%22", r => Total(r) == 1);
        var feedEntry = await WaitForLedgerAsync(Server.Base + "/feed.xml");
        Assert.Equal(LedgerState.Fetched, feedEntry.State);
        Assert.Equal("rss", feedEntry.Details["kind"]);
        Assert.Equal("2", feedEntry.Details["items"]);
        var registered = await new FeedRegistry(fixture.Storage.Blobs, new StorageOptions()).GetAsync(Server.Base + "/feed.xml");
        Assert.NotNull(registered);
        Assert.Equal(FeedKind.Rss, registered.Kind);
        Assert.Equal("redaksi/feed.txt", registered.RegisteredBy);
        Assert.Equal(2, registered.Seen.Count);

        Server.AddFeedItem("/berita/lurah-salatiga-rapat-pemenangan.html", "Lurah di Salatiga Diduga Ikut Rapat Tim Pemenangan", new DateTimeOffset(2024, 11, 2, 19, 45, 0, TimeSpan.FromHours(7)));

        var lurah = (await fixture.Host.WaitForSearchAsync("q=%22Wahyu%20Nugroho%22", r => Total(r) == 1)).GetProperty("hits")[0];
        Assert.Equal("Lurah di Salatiga Diduga Ikut Rapat Tim Pemenangan", lurah.GetProperty("title").GetString());
        Assert.Equal(1, Server.Hits("/berita/lurah-salatiga-rapat-pemenangan.html"));
        Assert.Equal(1, Server.Hits("/berita/asn-batanghari-unggah-dukungan.html"));
        Assert.Equal(1, Server.Hits("/berita/sekdes-kendal-foto-bersama.html"));

        // The poll handed on the one new item in a list of its own, after the first list of two.
        var lists = await ListTextsAsync($"feeds/{FeedRegistry.BlobName(Server.Base + "/feed.xml")[..16]}/");
        Assert.Equal(2, lists.Count);
        Assert.Equal([Server.Base + "/berita/lurah-salatiga-rapat-pemenangan.html"], lists[1].Split('\n').Where(line => line.StartsWith("http", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ASitemapIndexInAListIsExpandedOneLevelIntoItsArticles()
    {
        await UploadListAsync("redaksi/sitemap.txt", $"{Server.Base}/sitemap.xml\n");

        await fixture.Host.WaitForSearchAsync("q=%22Irwan%20Syahputra%22", r => Total(r) == 1);
        await fixture.Host.WaitForSearchAsync("q=Kedondong", r => Total(r) == 1);

        var index = await WaitForLedgerAsync(Server.Base + "/sitemap.xml");
        Assert.Equal("sitemap-index", index.Details["kind"]);
        Assert.Equal("2", index.Details["items"]);
        Assert.Equal("sitemap", (await WaitForLedgerAsync(Server.Base + "/sitemap-berita.xml")).Details["kind"]);
        var nested = await WaitForLedgerAsync(Server.Base + "/sitemap-lain.xml");
        Assert.Equal(LedgerState.Failed, nested.State);
        Assert.Equal("a sitemap index inside a sitemap index is not followed (one level only)", nested.Reason);
    }

    [Fact]
    public async Task AChangedPageIsArchivedAgainAndTheEarlierVersionStays()
    {
        const string path = "/berita/berubah.html";
        Server.SetPage(path, Encoding.UTF8.GetString(Articles.Html("qzversisatu", "Bupati Bantah Kerahkan ASN", "Versi pertama.")));
        await UploadListAsync("redaksi/berubah.txt", Server.Base + path);
        await fixture.Host.WaitForSearchAsync("q=qzversisatu", r => Total(r) == 1);

        Server.SetPage(path, Encoding.UTF8.GetString(Articles.Html("qzversidua", "Bupati Bantah Kerahkan ASN (Diperbarui)", "Versi kedua, setelah ada keberatan.")));
        await UploadListAsync("redaksi/berubah.txt", Server.Base + path);

        await fixture.Host.WaitForSearchAsync("q=qzversidua", r => Total(r) == 1);
        Assert.Equal(1, Total(await fixture.Host.GetJsonAsync("/api/search?q=qzversisatu")));
        var versions = await Archive.VersionsAsync(Server.Url(path));
        Assert.Equal(2, versions.Count);
        Assert.NotEqual(versions[0].Metadata["content_sha256"], versions[1].Metadata["content_sha256"]);
        Assert.Contains("qzversidua", Encoding.UTF8.GetString((await fixture.Storage.Blobs.DownloadAsync("articles", versions[1].Name))!.Content.Span));
        Assert.Equal("new-version", (await WaitForLedgerAsync(Server.Base + path, e => e.Attempts == 2)).Details["stored"]);

        // The same page fetched again unchanged stores nothing new.
        await UploadListAsync("redaksi/berubah.txt", Server.Base + path);
        var unchanged = await WaitForLedgerAsync(Server.Base + path, e => e.Attempts == 3);
        Assert.Equal("unchanged", unchanged.Details["stored"]);
        Assert.Equal(versions[1].Name, unchanged.Details["blob"]);
        Assert.Equal(2, (await Archive.VersionsAsync(Server.Url(path))).Count);
        Assert.Equal(3, Server.Hits(path));
    }

    [Fact]
    public async Task ACircularLinkedAsAPdfOrAScanIsArchivedLikeAPageAndIngested()
    {
        const string list = "redaksi/edaran.txt";
        const string pdf = "/edaran/se-bupati-batanghari-netralitas-asn.pdf";
        const string download = "/unduh/7";
        const string scan = "/pindaian/se-batanghari.png";
        await UploadListAsync(list, string.Join('\n', new[] { pdf, download, scan }.Select(path => Server.Base + path)));

        // The PDF: a version blob with the .pdf extension, the fetch facts in its metadata, no charset.
        var entry = await WaitForLedgerAsync(Server.Base + pdf);
        Assert.Equal(LedgerState.Fetched, entry.State);
        Assert.Equal("application/pdf", entry.Details["content_type"]);
        Assert.Equal("new-version", entry.Details["stored"]);
        var version = Assert.Single(await Archive.VersionsAsync(Server.Url(pdf)));
        Assert.Equal(version.Name, entry.Details["blob"]);
        Assert.Matches(@"^web/127\.0\.0\.1_\d+/edaran-se-bupati-batanghari-netralitas-asn-pdf-[0-9a-f]{12}/\d{8}T\d{9}Z-[0-9a-f]{8}\.pdf$", version.Name);
        var blob = await fixture.Storage.Blobs.DownloadAsync("articles", version.Name);
        Assert.NotNull(blob);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(NewsServer.Root, "edaran", "se-bupati-batanghari-netralitas-asn.pdf")), blob.Content.ToArray());
        Assert.Equal("application/pdf", blob.ContentType);
        Assert.Equal(Server.Base + pdf, blob.Metadata["source_url"]);
        Assert.Equal("application/pdf", blob.Metadata["content_type"]);
        Assert.Equal(list, blob.Metadata["requested_by"]);
        Assert.Equal(ArchiveNames.Hash(blob.Content.Span), blob.Metadata["content_sha256"]);
        Assert.False(blob.Metadata.ContainsKey("charset"));

        // ...then ingested through the normal path: the circular read from the PDF, with its archive facts.
        var document = await WaitForDocumentAsync(entry.DocumentId!);
        Assert.Equal("pdf", document.GetProperty("format").GetString());
        Assert.Equal("800.1.4/1871/BKPSDM/2024", document.GetProperty("circular").GetProperty("number").GetString());
        Assert.Equal("BUPATI BATANG HARI", document.GetProperty("circular").GetProperty("issuer").GetString());
        Assert.Equal(Server.Base + pdf, document.GetProperty("url").GetString());
        Assert.Equal(Server.Base + pdf, document.GetProperty("archive").GetProperty("source_url").GetString());
        Assert.Equal("application/pdf", document.GetProperty("archive").GetProperty("content_type").GetString());
        Assert.Contains(entry.DocumentId, (await fixture.Host.WaitForSearchAsync("q=Fadhil&collapse=false", r => Total(r) >= 1))
            .GetProperty("hits").EnumerateArray().Select(hit => hit.GetProperty("id").GetString()));

        // A download address sending a generic type: a PDF by its bytes, stored as one, the site's header kept.
        var downloaded = await WaitForLedgerAsync(Server.Base + download);
        Assert.Equal(LedgerState.Fetched, downloaded.State);
        Assert.EndsWith(".pdf", downloaded.Details["blob"], StringComparison.Ordinal);
        var downloadedBlob = await fixture.Storage.Blobs.DownloadAsync("articles", downloaded.Details["blob"]);
        Assert.Equal("application/pdf", downloadedBlob!.ContentType);
        Assert.Equal("application/octet-stream", downloadedBlob.Metadata["content_type"]);
        Assert.Equal("800/412/BKPSDM/2024", (await WaitForDocumentAsync(downloaded.DocumentId!)).GetProperty("circular").GetProperty("number").GetString());

        // A scanned circular as PNG: archived as .png and read by OCR, its confidence kept with the document.
        var scanned = await WaitForLedgerAsync(Server.Base + scan);
        Assert.Equal(LedgerState.Fetched, scanned.State);
        Assert.EndsWith(".png", scanned.Details["blob"], StringComparison.Ordinal);
        Assert.Equal("image/png", (await fixture.Storage.Blobs.DownloadAsync("articles", scanned.Details["blob"]))!.ContentType);
        var scannedDocument = await WaitForDocumentAsync(scanned.DocumentId!, TimeSpan.FromSeconds(120));
        Assert.Equal("image", scannedDocument.GetProperty("format").GetString());
        Assert.StartsWith("tesseract", scannedDocument.GetProperty("ocr").GetProperty("engine").GetString(), StringComparison.Ordinal);
        Assert.Equal(Server.Base + scan, scannedDocument.GetProperty("archive").GetProperty("final_url").GetString());

        // Fetched again unchanged: nothing new stored.
        await UploadListAsync(list, Server.Base + pdf);
        Assert.Equal("unchanged", (await WaitForLedgerAsync(Server.Base + pdf, e => e.Attempts == 2)).Details["stored"]);
        Assert.Single(await Archive.VersionsAsync(Server.Url(pdf)));
    }

    private async Task<JsonElement> WaitForDocumentAsync(string id, TimeSpan? patience = null)
    {
        var deadline = DateTime.UtcNow + (patience ?? TimeSpan.FromSeconds(60));
        while (DateTime.UtcNow < deadline)
        {
            using var response = await fixture.Host.Client.GetAsync($"/api/documents/{id}");
            if (response.IsSuccessStatusCode)
            {
                return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"Document {id} was not indexed in time.\nHost log:\n{fixture.Host.Output[^Math.Min(6000, fixture.Host.Output.Length)..]}");
    }

    private Task UploadListAsync(string name, string text) =>
        fixture.Storage.Blobs.UploadAsync("sources", name, Encoding.UTF8.GetBytes(text), "text/plain; charset=utf-8");

    private async Task AssertLedgerAsync(string path, LedgerState state, string reason, string? status = null)
    {
        var entry = await WaitForLedgerAsync(Server.Base + path);
        Assert.Equal((state, reason), (entry.State, entry.Reason));
        if (status is not null)
        {
            Assert.Equal(status, entry.Details["http_status"]);
        }
    }

    private async Task<LedgerEntry> WaitForLedgerAsync(string key, Func<LedgerEntry, bool>? accept = null)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (await Ledger.GetAsync(UrlArchiver.LedgerKind, key) is { } entry && (accept?.Invoke(entry) ?? true))
            {
                return entry;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"No ledger entry for {key} as expected within {Patience}.\nHost log:\n{fixture.Host.Output[^Math.Min(6000, fixture.Host.Output.Length)..]}");
    }

    private async Task<List<string>> ListTextsAsync(string prefix)
    {
        var texts = new List<string>();
        await foreach (var item in fixture.Storage.Blobs.ListAsync("sources", prefix))
        {
            texts.Add(Encoding.UTF8.GetString((await fixture.Storage.Blobs.DownloadAsync("sources", item.Name))!.Content.Span));
        }

        return texts;
    }
}

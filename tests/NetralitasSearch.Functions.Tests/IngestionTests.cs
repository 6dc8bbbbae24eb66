using System.Text.Json;
using NetralitasSearch.Functions.Tests.Infrastructure;

namespace NetralitasSearch.Functions.Tests;

/// <summary>The trigger path for real: blobs in Azurite, the host on a loopback port, answers from /api/search.</summary>
[Collection(HostCollection.Name)]
public sealed class IngestionTests(HostFixture fixture)
{
    private static int Total(JsonElement response) => response.GetProperty("total").GetInt32();

    private static string? Text(JsonElement document, string property) =>
        document.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [Fact]
    public async Task UploadedArticleBecomesSearchable()
    {
        await fixture.Storage.Blobs.UploadAsync("articles", "tests/searchable.html", Articles.Html("qzsearchable", "Kades Nyatakan Dukungan", "Warga melapor."), "text/html");

        var response = await fixture.Host.WaitForSearchAsync("q=qzsearchable", r => Total(r) == 1);

        var hit = response.GetProperty("hits")[0];
        Assert.Equal("Kades Nyatakan Dukungan", hit.GetProperty("title").GetString());
        Assert.Equal("tests/searchable.html", hit.GetProperty("file").GetString());
        Assert.Equal("2024-10-08", hit.GetProperty("published").GetString());
        Assert.Equal("Kabar Uji", hit.GetProperty("source").GetString());
        Assert.Contains("Musi Rawas", hit.GetProperty("regencies").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains(hit.GetProperty("persons").EnumerateArray(), p => p.GetProperty("name").GetString() == "Rudi Hartono");
        Assert.Contains("<mark>qzsearchable</mark>", hit.GetProperty("snippet").GetString());
        Assert.DoesNotContain("Terpopuler", hit.GetProperty("snippet").GetString());
    }

    [Fact]
    public async Task NewVersionOfABlobReplacesItsDocument()
    {
        await fixture.Storage.Blobs.UploadAsync("articles", "tests/versioned.html", Articles.Html("qzoldversion", "Versi Lama", "Versi pertama."), "text/html");
        await fixture.Host.WaitForSearchAsync("q=qzoldversion", r => Total(r) == 1);

        await fixture.Storage.Blobs.UploadAsync("articles", "tests/versioned.html", Articles.Html("qznewversion", "Versi Baru", "Versi kedua."), "text/html");

        await fixture.Host.WaitForSearchAsync("q=qznewversion", r => Total(r) == 1);
        Assert.Equal(0, Total(await fixture.Host.GetJsonAsync("/api/search?q=qzoldversion")));
        var both = await fixture.Host.GetJsonAsync("/api/search?q=%22Kata%20penanda%22%20AND%20(qznewversion%20OR%20qzoldversion)");
        Assert.Equal(1, Total(both));
        Assert.Equal("Versi Baru", both.GetProperty("hits")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task DeletedBlobIsRemovedFromTheIndex()
    {
        await fixture.Storage.Blobs.UploadAsync("articles", "tests/deleted.html", Articles.Html("qzdeleted", "Akan Dihapus", "Sementara."), "text/html");
        var indexed = await fixture.Host.WaitForSearchAsync("q=qzdeleted", r => Total(r) == 1);
        var id = indexed.GetProperty("hits")[0].GetProperty("id").GetString();

        await fixture.Storage.Blobs.DeleteAsync("articles", "tests/deleted.html");

        await fixture.Host.WaitForSearchAsync("q=qzdeleted", r => Total(r) == 0);
        using var document = await fixture.Host.Client.GetAsync($"/api/documents/{id}");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, document.StatusCode);

        // The stored document goes after the index answers without it (the index is written first).
        await Eventually.UntilAsync(async () => await fixture.Storage.Blobs.DownloadAsync("documents", $"{id}.json") is null, () => "the stored document to be deleted", TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task UnreadableBlobGoesToPoisonWithItsReasonAndIngestionGoesOn()
    {
        await fixture.Storage.Blobs.UploadAsync("articles", "tests/scan.pdf", "%PDF-1.7\n%binary"u8.ToArray(), "application/pdf");
        await fixture.Storage.Blobs.UploadAsync("articles", "tests/after-pdf.html", Articles.Html("qzafterpdf", "Sesudah PDF", "Tetap jalan."), "text/html");

        await fixture.Host.WaitForSearchAsync("q=qzafterpdf", r => Total(r) == 1);
        var poisoned = await WaitForPoisonAsync("tests/scan.pdf");
        Assert.Contains("PDF", poisoned.GetProperty("reason").GetString());
        Assert.Equal(1, poisoned.GetProperty("attempts").GetInt32());
    }

    /// <summary>
    /// The paper cuts a new user hit, through an upload: front matter gives a text its fields and never shows in it, a
    /// hyphen inside a word keeps the headline whole, and a war year in the text is not the publication date (a text
    /// file's dateline is not one either, so that article is undated, not dated 1967).
    /// </summary>
    [Theory]
    [InlineData("tests/front-matter.md", "---\ntitle: \"Camat di OKU Timur Diminta Klarifikasi\"\noutlet: Lentera OKU\nurl: https://lenteraoku.example/berita/camat\ndate: 2024-10-15\nauthor: Andi Saputra\n---\n# Camat di OKU Timur Diminta Klarifikasi\n\nMARTAPURA – Panwascam Martapura meminta klarifikasi seorang camat di Kabupaten OKU Timur. Kata penanda: qzfrontmatter.\n", "qzfrontmatter", "Camat di OKU Timur Diminta Klarifikasi", "2024-10-15", "Lentera OKU", "https://lenteraoku.example/berita/camat", "Andi Saputra")]
    [InlineData("tests/menpan.txt", "Status Pegawai KPK Jadi ASN, Ini Kata Menpan-RB\n\nJAKARTA – Kementerian PANRB menjelaskan status pegawai KPK yang beralih menjadi ASN, Senin (3/5/2021). Kata penanda: qzmenpan.\n", "qzmenpan", "Status Pegawai KPK Jadi ASN, Ini Kata Menpan-RB", null, null, null, null)]
    [InlineData("tests/perang.txt", "Veteran Diminta Ikut Jaga Netralitas ASN\n\nMUSI RAWAS – Para veteran yang ikut perang 1967 berkumpul di aula kantor bupati, Senin (14/10/2024). Bupati meminta ASN netral menjelang Pilkada 27 November 2024. Kata penanda: qzperang.\n", "qzperang", "Veteran Diminta Ikut Jaga Netralitas ASN", null, null, null, null)]
    public async Task AnUploadedTextKeepsItsTitleAndGetsOnlyAPlausibleDate(string name, string content, string marker, string title, string? published, string? source, string? url, string? author)
    {
        await fixture.Storage.Blobs.UploadAsync("articles", name, System.Text.Encoding.UTF8.GetBytes(content), name.EndsWith(".md", StringComparison.Ordinal) ? "text/markdown" : "text/plain; charset=utf-8");
        var hit = (await fixture.Host.WaitForSearchAsync($"q={marker}", r => Total(r) == 1)).GetProperty("hits")[0];

        var document = await fixture.Host.GetJsonAsync($"/api/documents/{hit.GetProperty("id").GetString()}");

        Assert.Equal(title, document.GetProperty("title").GetString());
        Assert.Equal(published, Text(document, "published"));
        Assert.Equal(source, Text(document, "source"));
        Assert.Equal(url, Text(document, "url"));
        Assert.Equal(author, Text(document, "author"));
        var text = document.GetProperty("text").GetString()!;
        Assert.DoesNotContain("---", text, StringComparison.Ordinal);
        Assert.DoesNotContain("author:", text, StringComparison.Ordinal);
        Assert.StartsWith(content.Split("\n\n")[^1][..20], text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DocumentEndpointGivesEntitiesWithOffsetsIntoTheText()
    {
        await fixture.Storage.Blobs.UploadAsync("articles", "tests/entities.html", Articles.Html("qzentities", "Entitas Dokumen", "Ada laporan."), "text/html");
        var hit = (await fixture.Host.WaitForSearchAsync("q=qzentities", r => Total(r) == 1)).GetProperty("hits")[0];

        var document = await fixture.Host.GetJsonAsync($"/api/documents/{hit.GetProperty("id").GetString()}");

        var text = document.GetProperty("text").GetString()!;
        Assert.DoesNotContain("Baca juga", text);
        Assert.DoesNotContain("Terpopuler", text);
        Assert.Contains("UU 10/2016", document.GetProperty("legal_refs").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains("2024-10-07", document.GetProperty("dates").EnumerateArray().Select(d => d.GetString()));
        var regency = document.GetProperty("entities").EnumerateArray().First(e => e.GetProperty("type").GetString() == "regency");
        var start = regency.GetProperty("start").GetInt32();
        var length = regency.GetProperty("length").GetInt32();
        Assert.Equal("MUSI RAWAS", text.Substring(start, length));
        Assert.Equal(JsonValueKind.Array, document.GetProperty("incidents").ValueKind);
        Assert.All(document.GetProperty("modes").EnumerateArray(), mode => Assert.Contains(mode.GetString(), new[] { "incident", "appeal", "rule" }));
        Assert.Contains("Musi Rawas", document.GetProperty("places").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
    }

    private async Task<JsonElement> WaitForPoisonAsync(string name)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            // Peek by receiving with a short lease: the poison queue has no other consumer.
            var messages = await fixture.Storage.Queues.ReceiveAsync("ingest-poison", 32, TimeSpan.FromSeconds(1));
            foreach (var message in messages)
            {
                var json = JsonDocument.Parse(message.Text).RootElement;
                if (json.GetProperty("name").GetString() == name)
                {
                    return json;
                }
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"{name} never reached ingest-poison.\n{fixture.Host.Output}");
    }
}

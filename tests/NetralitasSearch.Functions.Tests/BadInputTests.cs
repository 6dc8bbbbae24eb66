using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Storage.Sas;
using NetralitasSearch.Functions.Tests.Infrastructure;
using NetralitasSearch.Tests;

namespace NetralitasSearch.Functions.Tests;

/// <summary>
/// Bad input through Azurite and the real host. Each file ends in the ledger with its state and, when it could not be
/// read or was read with losses, the reason in plain words, after one attempt; the host keeps running, and an
/// ordinary article uploaded afterwards is indexed while the bad file's entry stays as it was (no retries, no loop).
/// </summary>
[Collection(HostCollection.Name)]
public sealed class BadInputTests(HostFixture fixture)
{
    [Theory]
    [InlineData("empty.html", "text/html", "The file is empty.")]
    [InlineData("photo-named.html", "text/html", "The PNG image is 1 × 1 pixels: too small to hold text.")]
    [InlineData("surat-edaran-terkunci.pdf", "application/pdf", "The PDF is encrypted with a password, so its text cannot be read.")]
    [InlineData("no-article.html", "text/html", "The page has no article text: no paragraphs were found outside menus, lists and scripts.")]
    public async Task FileThatIsNotAnArticleFailsAtOnceWithItsReason(string file, string contentType, string reason)
    {
        var name = $"tests/bad/{file}";
        var etag = await fixture.Storage.Blobs.UploadAsync("articles", name, BadInputs.Fixture(file), contentType);

        var entry = await fixture.Host.WaitForFinalEntryAsync(name, etag);

        Assert.Equal("failed", entry.GetProperty("state").GetString());
        Assert.StartsWith(reason, entry.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, entry.GetProperty("attempts").GetInt32());
        await AssertIngestionGoesOnAsync(name, entry);
    }

    [Fact]
    public async Task FileAboveTheSizeLimitFailsWithTheLimitAndIsNeverDownloaded()
    {
        const string name = "tests/bad/besar-60mb.txt";
        var etag = await fixture.Storage.Blobs.UploadAsync("articles", name, BadInputs.Oversized(), "text/plain");

        var entry = await fixture.Host.WaitForFinalEntryAsync(name, etag, TimeSpan.FromMinutes(3));

        Assert.Equal("failed", entry.GetProperty("state").GetString());
        Assert.Equal(
            "The file is 62,914,560 bytes; the limit for one article is 16,777,216 bytes (host.json netralitas.maxBlobBytes), so it was not read.",
            entry.GetProperty("reason").GetString());
        Assert.Equal(1, entry.GetProperty("attempts").GetInt32());

        // What the host's store does with such a blob: it reads the attributes and no bytes.
        var download = await fixture.Storage.Blobs.DownloadAsync("articles", name, maxBytes: 16 * 1024 * 1024);
        Assert.NotNull(download);
        Assert.True(download.IsTruncated);
        Assert.Equal(0, download.Content.Length);
        Assert.Equal(BadInputs.OversizedBytes, download.Length);
        await AssertIngestionGoesOnAsync(name, entry);
    }

    [Fact]
    public async Task BrokenUtf8IsIndexedAndTheLedgerSaysWhatWasReplaced()
    {
        const string name = "tests/bad/invalid-utf8.html";

        var entry = await AssertIndexedWithNoteAsync(name, BadInputs.Fixture("invalid-utf8.html"), "2 byte sequences are not valid UTF-8; each was read as the replacement character U+FFFD.");

        var text = await DocumentTextAsync("qzrusakutf");
        Assert.Contains("“Kami sudah meminta klarifikasi,”", text, StringComparison.Ordinal);
        Assert.Contains("Byte rusak di sini: \uFFFD dan karakter terpotong \uFFFD lalu", text, StringComparison.Ordinal);
        await AssertIngestionGoesOnAsync(name, entry);
    }

    [Fact]
    public async Task PageNested100000LevelsDeepIsIndexedWithItsMarkupFlattened()
    {
        const string name = "tests/bad/bersarang.html";

        var entry = await AssertIndexedWithNoteAsync(name, BadInputs.DeeplyNestedHtml("qzbersarang"), "Markup nested deeper than 256 levels was flattened");

        Assert.Contains("Kata penanda: qzbersarang.", await DocumentTextAsync("qzbersarang"), StringComparison.Ordinal);
        await AssertIngestionGoesOnAsync(name, entry);
    }

    [Fact]
    public async Task FiveMegabyteSingleLineIsIndexedUpToTheParagraphLimit()
    {
        const string name = "tests/bad/satu-baris.html";

        var entry = await AssertIndexedWithNoteAsync(name, BadInputs.SingleLineHtml("qzsatubaris"), "Paragraphs longer than 50,000 characters were cut at that length.");

        Assert.InRange((await DocumentTextAsync("qzsatubaris")).Length, 1000, 50_000);
        await AssertIngestionGoesOnAsync(name, entry);
    }

    [Theory]
    [InlineData("tests/bad/nama berkas/kades dukung paslon.html")]
    [InlineData("tests/bad/berita/camat-lahat-déwi-“netral”-日本語.html")]
    [InlineData("tests/bad/a%2Fb.html")]
    public async Task ArticleWithAnAwkwardNameIsIndexedUnderExactlyThatName(string name)
    {
        // The storage client escapes the name into the URL ("%2F" goes as "%252F"), so storage keeps it as given.
        var marker = Marker("qznama", name);
        var etag = await fixture.Storage.Blobs.UploadAsync("articles", name, Articles.Html(marker, "Nama Berkas Aneh", "Tetap terbaca."), "text/html");

        var entry = await fixture.Host.WaitForFinalEntryAsync(name, etag);

        Assert.Equal("indexed", entry.GetProperty("state").GetString());
        var hit = (await fixture.Host.WaitForSearchAsync($"q={marker}", r => r.GetProperty("total").GetInt32() == 1)).GetProperty("hits")[0];
        Assert.Equal(name, hit.GetProperty("file").GetString());
        Assert.Equal(entry.GetProperty("document_id").GetString(), hit.GetProperty("id").GetString());
    }

    [Fact]
    public async Task NameWithDotSegmentsIsIndexedUnderTheNameStorageResolvesItTo()
    {
        // Azure.Storage.Blobs builds the request URL as a System.Uri, which resolves "sub/..": whoever uploads
        // "tests/bad/sub/../titik.html" with it gets the blob "tests/bad/titik.html" (Azure Storage does the same on
        // its side). That blob is what the host sees and indexes; asking the ledger for the unresolved name is a 400
        // that names the resolved one. Our own store refuses such names instead (see the next test).
        var container = fixture.Storage.BlobService.GetBlobContainerClient("articles");
        var bytes = Articles.Html("qztitiktitik", "Nama Dengan Titik", "Diselesaikan penyimpanan.");
        await container.GetBlobClient("tests/bad/sub/../titik.html").UploadAsync(BinaryData.FromBytes(bytes));

        var entry = await fixture.Host.WaitForFinalEntryAsync("tests/bad/titik.html");

        Assert.Equal("indexed", entry.GetProperty("state").GetString());
        var hit = (await fixture.Host.WaitForSearchAsync("q=qztitiktitik", r => r.GetProperty("total").GetInt32() == 1)).GetProperty("hits")[0];
        Assert.Equal("tests/bad/titik.html", hit.GetProperty("file").GetString());
        using var unresolved = await fixture.Host.GetEntryAsync("tests/bad/sub/../titik.html");
        Assert.Equal(HttpStatusCode.BadRequest, unresolved.StatusCode);
        Assert.Contains("'tests/bad/titik.html'", (await unresolved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OurStoreRefusesANameThatWouldClimbIntoAnotherContainer()
    {
        // Through System.Uri, "../documents/x.json" in articles would be the blob x.json of the documents container.
        var refused = await Assert.ThrowsAsync<ArgumentException>(() =>
            fixture.Storage.Blobs.UploadAsync("articles", "../documents/tests-bad-escape.json", "{}"u8.ToArray(), "application/json"));

        Assert.Contains("climb out of its container", refused.Message, StringComparison.Ordinal);
        Assert.Null(await fixture.Storage.Blobs.DownloadAsync("documents", "tests-bad-escape.json"));
    }

    [Fact]
    public async Task BlobWhoseRealNameTheClientCannotAddressFailsWithAReason()
    {
        // Only Azurite keeps such a name: a REST PUT of "tests/bad/mentah/..%2Ftak-terbaca.html" is stored as
        // "tests/bad/mentah/../tak-terbaca.html", and listed so. No client can read it (every request URL resolves the
        // "..") and it resolves to "tests/bad/tak-terbaca.html": the ledger must say so there, not "deleted".
        var container = fixture.Storage.BlobService.GetBlobContainerClient("articles");
        var sas = container.GenerateSasUri(BlobContainerSasPermissions.Write | BlobContainerSasPermissions.Create, DateTimeOffset.UtcNow.AddHours(1)).Query;
        using var put = new HttpRequestMessage(HttpMethod.Put, new Uri($"{container.Uri.AbsoluteUri}/tests/bad/mentah/..%2Ftak-terbaca.html{sas}"))
        {
            Content = new ByteArrayContent(Articles.Html("qztakterbaca", "Tak Terbaca", "Nama mentah.")),
        };
        put.Headers.Add("x-ms-blob-type", "BlockBlob");
        put.Headers.Add("x-ms-version", "2018-03-28");
        using var client = new HttpClient();
        using (var response = await client.SendAsync(put))
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        var entry = await fixture.Host.WaitForFinalEntryAsync("tests/bad/tak-terbaca.html");

        Assert.Equal("failed", entry.GetProperty("state").GetString());
        Assert.Contains("its real name has '.' or '..' segments", entry.GetProperty("reason").GetString(), StringComparison.Ordinal);
        await AssertIngestionGoesOnAsync("tests/bad/tak-terbaca.html", entry);
    }

    /// <summary>Uploads a page that can be read only with losses: it is indexed, and the ledger's detail names the loss.</summary>
    private async Task<JsonElement> AssertIndexedWithNoteAsync(string name, byte[] content, string note)
    {
        var etag = await fixture.Storage.Blobs.UploadAsync("articles", name, content, "text/html");

        var entry = await fixture.Host.WaitForFinalEntryAsync(name, etag);

        Assert.Equal("indexed", entry.GetProperty("state").GetString());
        Assert.Contains(note, entry.GetProperty("detail").GetString(), StringComparison.Ordinal);
        return entry;
    }

    /// <summary>
    /// An ordinary article uploaded after a bad file is indexed, the host still answers, and the bad file's entry did
    /// not move meanwhile: no retry and no poison loop touched it while the queue went on.
    /// </summary>
    private async Task AssertIngestionGoesOnAsync(string badName, JsonElement badEntry)
    {
        var marker = Marker("qzlanjut", badName);
        await fixture.Storage.Blobs.UploadAsync("articles", $"{badName}.sesudah.html", Articles.Html(marker, "Ingesti Tetap Jalan", "Berikutnya."), "text/html");

        await fixture.Host.WaitForSearchAsync($"q={marker}", r => r.GetProperty("total").GetInt32() == 1);

        using var again = await fixture.Host.GetEntryAsync(badName);
        var now = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(badEntry.GetProperty("state").GetString(), now.GetProperty("state").GetString());
        Assert.Equal(badEntry.GetProperty("attempts").GetInt32(), now.GetProperty("attempts").GetInt32());
        Assert.Equal(badEntry.GetProperty("updated_at").GetString(), now.GetProperty("updated_at").GetString());
        Assert.Equal("ok", (await fixture.Host.GetJsonAsync("/api/health")).GetProperty("status").GetString());
    }

    /// <summary>The text of the one document holding <paramref name="marker"/>, from /api/documents.</summary>
    private async Task<string> DocumentTextAsync(string marker)
    {
        var hit = (await fixture.Host.WaitForSearchAsync($"q={marker}", r => r.GetProperty("total").GetInt32() == 1)).GetProperty("hits")[0];
        var document = await fixture.Host.GetJsonAsync($"/api/documents/{hit.GetProperty("id").GetString()}");
        return document.GetProperty("text").GetString()!;
    }

    /// <summary>A search word of letters only, the same for the same name and unlike any other test's.</summary>
    private static string Marker(string prefix, string name) =>
        prefix + new string(SHA256.HashData(Encoding.UTF8.GetBytes(name)).Take(8).Select(b => (char)('a' + (b % 26))).ToArray());
}

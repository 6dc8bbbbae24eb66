using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using NetralitasSearch.Functions.Tests.Infrastructure;

namespace NetralitasSearch.Functions.Tests;

/// <summary>The endpoints behind the page, through the real host: autocomplete, timeline, exports, Atom, clusters.</summary>
[Collection(UiCollection.Name)]
public sealed class PageApiTests(UiFixture fixture)
{
    [Fact]
    public async Task RegionsAutocompleteOffersOfficialNamesForAnAlias()
    {
        var regions = await fixture.Host.GetJsonAsync("/api/regions?q=OKU");

        var names = regions.EnumerateArray().Select(r => r.GetProperty("name").GetString()).ToList();
        Assert.Equal(["Ogan Komering Ulu", "Ogan Komering Ulu Selatan", "Ogan Komering Ulu Timur"], names.Order());
        var oku = regions.EnumerateArray().First(r => r.GetProperty("code").GetString() == "16.01");
        Assert.Equal("OKU", oku.GetProperty("alias").GetString());
        Assert.Equal("regency", oku.GetProperty("kind").GetString());
        Assert.Equal("Sumatera Selatan", oku.GetProperty("province").GetString());
    }

    [Theory]
    [InlineData("/api/regions?q=sumsel&kind=province", "Sumatera Selatan")]
    [InlineData("/api/regions?q=kota%20bek&kind=regency", "Kota Bekasi")]
    public async Task RegionsCanBeNarrowedToAKind(string path, string expected)
    {
        var regions = await fixture.Host.GetJsonAsync(path);

        Assert.Equal(expected, regions[0].GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("/api/regions?q=oku&kind=desa", "kind")]
    [InlineData("/api/regions?q=oku&limit=0", "limit")]
    [InlineData("/api/search/timeline?q=(netralitas", "never closed")]
    [InlineData("/api/search.csv?regency=Atlantis", "Unknown regency")]
    [InlineData("/api/search.csv?q=asn&limit=20000", "limit")]
    [InlineData("/api/search.json?from=2024-13-01", "YYYY-MM-DD")]
    [InlineData("/api/search.atom?q=violation:korupsi", "Unknown violation")]
    [InlineData("/api/search?q=asn&collapse=maybe", "collapse")]
    [InlineData("/api/search?id=../x", "id")]
    [InlineData("/api/search?cluster=abc", "cluster")]
    public async Task BadParametersGive400WithAMessage(string path, string expected)
    {
        using var response = await fixture.Host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains(expected, body.GetProperty("error").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TimelineCountsTheWholeResultSetPerMonth()
    {
        var search = await fixture.Host.GetJsonAsync("/api/search?q=bawaslu&size=1");
        var timeline = await fixture.Host.GetJsonAsync("/api/search/timeline?q=bawaslu&size=1");

        var months = timeline.GetProperty("months").EnumerateArray().ToList();
        Assert.Equal(search.GetProperty("total").GetInt32(), timeline.GetProperty("total").GetInt32());
        Assert.Equal(timeline.GetProperty("total").GetInt32(), months.Sum(m => m.GetProperty("count").GetInt32()) + timeline.GetProperty("undated").GetInt32());
        Assert.Equal(months.Select(m => m.GetProperty("month").GetString()).Order(StringComparer.Ordinal), months.Select(m => m.GetProperty("month").GetString()));
        Assert.Contains(months, m => m.GetProperty("month").GetString() == "2024-10");
    }

    [Fact]
    public async Task AnUndatedDocumentIsCountedInTheTimelineBesideTheMonths()
    {
        var timeline = await fixture.Host.GetJsonAsync($"/api/search/timeline?q={UiArticles.UndatedMarker}%20OR%20{UiArticles.ClusterMarker}");

        // Two stories: the press release (two versions, one story, October 2024) and the note without a date.
        Assert.Equal(2, timeline.GetProperty("total").GetInt32());
        Assert.Equal(1, timeline.GetProperty("undated").GetInt32());
        var month = timeline.GetProperty("months").EnumerateArray().Single();
        Assert.Equal(("2024-10", 1), (month.GetProperty("month").GetString(), month.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task AnUndatedDocumentIsInTheFeedAfterTheDatedOnesWithoutAMadeUpDate()
    {
        var xml = XDocument.Parse(await fixture.Host.Client.GetStringAsync($"/api/search.atom?q={UiArticles.UndatedMarker}%20OR%20{UiArticles.ClusterMarker}"));
        XNamespace atom = "http://www.w3.org/2005/Atom";

        var entries = xml.Root!.Elements(atom + "entry").ToList();
        Assert.Equal(2, entries.Count);
        var (dated, undated) = (entries[0], entries[1]);
        Assert.Equal("2024-10-08T00:00:00Z", dated.Element(atom + "published")?.Value);
        Assert.Equal("Catatan Warga tentang Imbauan kepada Pegawai", undated.Element(atom + "title")?.Value);
        Assert.Null(undated.Element(atom + "published"));
        Assert.Equal(dated.Element(atom + "updated")?.Value, undated.Element(atom + "updated")?.Value);
        Assert.Contains(undated.Elements(atom + "category"), c => (string?)c.Attribute("scheme") == "urn:netralitas:date" && (string?)c.Attribute("term") == "undated");
        Assert.DoesNotContain(dated.Elements(atom + "category"), c => (string?)c.Attribute("scheme") == "urn:netralitas:date");
    }

    [Fact]
    public async Task TheTwoVersionsOfThePressReleaseFormOneClusterThatCanBeListed()
    {
        var collapsed = await fixture.Host.GetJsonAsync($"/api/search?q={UiArticles.ClusterMarker}");
        var hit = collapsed.GetProperty("hits")[0];

        Assert.Equal(1, collapsed.GetProperty("total").GetInt32());
        Assert.Equal(1, hit.GetProperty("duplicates").GetInt32());
        Assert.Equal("Kabar Mura", hit.GetProperty("source").GetString());
        Assert.Equal(["Warta Silampari"], hit.GetProperty("also_published_by").EnumerateArray().Select(o => o.GetString()));

        var cluster = await fixture.Host.GetJsonAsync($"/api/search?cluster={hit.GetProperty("cluster").GetString()}&collapse=false");
        Assert.Equal(["Kabar Mura", "Warta Silampari"], cluster.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("source").GetString()).Order());

        var self = await fixture.Host.GetJsonAsync($"/api/search?id={hit.GetProperty("id").GetString()}&collapse=false");
        Assert.Equal(hit.GetProperty("cluster").GetString(), self.GetProperty("hits")[0].GetProperty("cluster").GetString());
    }

    [Fact]
    public async Task APlainQuestionWithFewExactStoriesListsStoriesHoldingMostWordsApartAndUncounted()
    {
        // Three parts (kades, dukung, the marker): one story holds all three; the press release and others hold two.
        var question = Uri.EscapeDataString($"kades dukung {UiArticles.FormulaMarker}");
        var body = await fixture.Host.GetJsonAsync($"/api/search?q={question}");

        Assert.Equal(1, body.GetProperty("total").GetInt32());
        var exact = Assert.Single(body.GetProperty("hits").EnumerateArray());
        Assert.Equal("ui/formula.txt", exact.GetProperty("file").GetString());
        Assert.False(exact.TryGetProperty("matched_parts", out _));
        Assert.Equal((3, 2), (body.GetProperty("parts").GetInt32(), body.GetProperty("partial_min").GetInt32()));
        var partial = body.GetProperty("partial").EnumerateArray().ToList();
        Assert.InRange(partial.Count, 1, 9);
        Assert.Contains(partial, hit => hit.GetProperty("file").GetString() == "ui/kabar-mura-rilis-bawaslu.html");
        Assert.All(partial, hit => Assert.Equal(2, hit.GetProperty("matched_parts").GetInt32()));
        Assert.DoesNotContain(partial, hit => hit.GetProperty("file").GetString() == "ui/formula.txt");
        Assert.True(body.GetProperty("partial_total").GetInt32() >= partial.Count);

        // The facets, the exports and the feed are the exact set: the press release's Musi Rawas is in none of them.
        var regencies = body.GetProperty("facets").GetProperty("regency").EnumerateArray().ToList();
        Assert.All(regencies, value => Assert.Equal(1, value.GetProperty("count").GetInt32()));
        Assert.DoesNotContain(regencies, value => value.GetProperty("value").GetString() == "Musi Rawas");
        var export = await fixture.Host.GetJsonAsync($"/api/search.json?q={question}");
        Assert.Equal(["ui/formula.txt"], export.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("file").GetString()));
        var feed = XDocument.Parse(await fixture.Host.Client.GetStringAsync($"/api/search.atom?q={question}"));
        Assert.Single(feed.Root!.Elements(XName.Get("entry", "http://www.w3.org/2005/Atom")));
    }

    [Theory]
    [InlineData("kades AND dukung AND " + UiArticles.FormulaMarker, 10)]
    [InlineData("dukung " + UiArticles.FormulaMarker, 10)]
    [InlineData("kades dukung " + UiArticles.FormulaMarker, 1)]
    public async Task QuestionsWithOperatorsTwoWordsOrAFullPageHaveNoPartialMatches(string query, int size)
    {
        var body = await fixture.Host.GetJsonAsync($"/api/search?q={Uri.EscapeDataString(query)}&size={size}");

        Assert.Empty(body.GetProperty("partial").EnumerateArray());
        Assert.Equal(0, body.GetProperty("partial_total").GetInt32());
        Assert.False(body.TryGetProperty("partial_min", out _));
    }

    [Fact]
    public async Task CsvExportOpensCleanlyInASpreadsheet()
    {
        using var response = await fixture.Host.Client.GetAsync($"/api/search.csv?q={UiArticles.FormulaMarker}%20OR%20{UiArticles.QuoteMarker}%20OR%20{UiArticles.ClusterMarker}&collapse=false");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("4", response.Headers.GetValues("X-Total-Count").Single());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var rows = CsvReader.Parse(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(["id", "title", "published", "source", "url", "regencies", "provinces", "persons", "violations", "file"], rows[0]);
        Assert.Equal(5, rows.Count);
        Assert.All(rows, row => Assert.Equal(10, row.Length));

        var formula = rows.Single(r => r[9] == "ui/formula.txt");
        Assert.StartsWith("'=HYPERLINK(", formula[1], StringComparison.Ordinal);
        var quoted = rows.Single(r => r[9] == "ui/kutip.txt");
        Assert.Equal("Camat, Lurah dan \"Tim Sukses\" Diperiksa Bawaslu Kota Bekasi", quoted[1]);
        var release = rows.Single(r => r[9] == "ui/kabar-mura-rilis-bawaslu.html");
        Assert.Equal("2024-10-08", release[2]);
        Assert.Contains("Musi Rawas", release[5].Split("; "));
        Assert.Contains("Rudi Hartono", release[7], StringComparison.Ordinal);
        Assert.Contains("social-media", release[8].Split("; "));
    }

    [Fact]
    public async Task JsonExportGivesTheSameRowsWithCounts()
    {
        using var response = await fixture.Host.Client.GetAsync($"/api/search.json?q={UiArticles.ClusterMarker}&collapse=false&limit=1");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(2, body.GetProperty("total").GetInt32());
        Assert.Equal(1, body.GetProperty("count").GetInt32());
        Assert.True(body.GetProperty("truncated").GetBoolean());
        var document = body.GetProperty("documents")[0];
        foreach (var field in new[] { "id", "title", "published", "source", "url", "regencies", "provinces", "persons", "violations", "file" })
        {
            Assert.True(document.TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public async Task AtomFeedListsAnySearchNewestFirstLinkingToTheDocumentView()
    {
        using var response = await fixture.Host.Client.GetAsync("/api/search.atom?q=bawaslu&sort=relevance");
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace atom = "http://www.w3.org/2005/Atom";

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(atom + "feed", xml.Root!.Name);
        Assert.NotNull(xml.Root.Element(atom + "id"));
        Assert.NotNull(xml.Root.Element(atom + "updated"));
        var entries = xml.Root.Elements(atom + "entry").ToList();
        Assert.True(entries.Count >= 3);
        var updated = entries.Select(e => DateTimeOffset.Parse(e.Element(atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(updated.OrderDescending(), updated);
        foreach (var entry in entries)
        {
            Assert.StartsWith("urn:netralitas:document:", entry.Element(atom + "id")!.Value, StringComparison.Ordinal);
            var view = entry.Elements(atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate");
            Assert.StartsWith($"{fixture.BaseUrl}/document.html?id=", (string?)view.Attribute("href"), StringComparison.Ordinal);
        }
    }
}

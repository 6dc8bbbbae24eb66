using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using NetralitasSearch.Functions.Tests.Infrastructure;

namespace NetralitasSearch.Functions.Tests;

/// <summary>
/// GET /api/aggregate through the real host over the page's seeded documents: its counts are the facets' counts and the
/// search totals for the same filters, over random filters; every value (no top-10 cut); CSV for a spreadsheet; bad
/// input a 400. Also the search's <c>facetLimit</c> and <c>incidents</c> parameters it sits beside.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class AggregateApiTests(UiFixture fixture)
{
    private static readonly string[] FacetFields = ["regency", "province", "person", "position", "violation", "source", "year"];

    private static readonly string[] Violations = ["social-media", "campaign-attendance", "declaration-of-support", "state-facilities", "favouring-decision", "gifts-to-asn", "village-officials", "appeal"];

    private static readonly string[] Words = ["bawaslu", "kepala desa", "netralitas", "asn", "kampanye", "camat", "paslon", "sanksi", "dukungan", "surat edaran"];

    /// <summary>
    /// Over the host's seeded index (near real time, many small segments), the aggregate and the facets agree with each
    /// other and with the search total, and a bucket is the total of the search narrowed to it.
    /// </summary>
    [Fact]
    public async Task AggregateCountsEqualFacetCountsAndSearchTotalsOverRandomFilters()
    {
        var random = new Random(17);
        var regencies = (await GetAsync("/api/aggregate?by=regency")).GetProperty("buckets").EnumerateArray().Select(b => b.GetProperty("code").GetString()!).ToList();
        Assert.True(regencies.Count >= 5, "the seeded documents should name several regencies");
        var checkedBuckets = 0;
        var nonEmpty = 0;
        for (var round = 0; round < 30; round++)
        {
            var filters = RandomFilters(random, regencies);
            var search = await GetAsync($"/api/search?{filters}&facetLimit=all&size=1");
            var total = search.GetProperty("total").GetInt32();
            nonEmpty += total > 0 ? 1 : 0;
            foreach (var field in FacetFields)
            {
                var aggregate = await GetAsync($"/api/aggregate?{filters}&by={field}");
                Assert.Equal(total, aggregate.GetProperty("total").GetInt32());
                var buckets = aggregate.GetProperty("buckets").EnumerateArray().Select(b => (b.GetProperty("value").GetString(), b.GetProperty("count").GetInt32())).ToList();
                var facets = search.GetProperty("facets").GetProperty(field).EnumerateArray().Select(f => (f.GetProperty("value").GetString(), f.GetProperty("count").GetInt32())).ToList();
                Assert.Equal(facets.OrderBy(f => f.Item1, StringComparer.Ordinal), buckets.OrderBy(b => b.Item1, StringComparer.Ordinal));
            }

            // A bucket is the total of the search narrowed to it: by code for regions, by kind, by the year's days, by month.
            var drill = await GetAsync($"/api/aggregate?{filters}&by=violation&then=regency");
            // The search takes one value per filter: under violation=X a bucket Y counts documents of both kinds, which no
            // search can ask, so only buckets a search can narrow to are compared.
            foreach (var kind in drill.GetProperty("buckets").EnumerateArray().Where(b => Narrowable(filters, "violation", b.GetProperty("value").GetString()!)))
            {
                var narrowed = Narrow(filters, "violation", kind.GetProperty("value").GetString()!);
                Assert.True(kind.GetProperty("count").GetInt32() == await TotalAsync(narrowed), $"filters '{filters}', narrowed '{narrowed}': {kind} against {await TotalAsync(narrowed)}");
                foreach (var regency in kind.GetProperty("buckets").EnumerateArray().Where(b => Narrowable(narrowed, "regency", b.GetProperty("code").GetString()!)).Take(2))
                {
                    var pair = Narrow(narrowed, "regency", regency.GetProperty("code").GetString()!);
                    var pairTotal = await TotalAsync(pair);
                    Assert.True(regency.GetProperty("count").GetInt32() == pairTotal, $"filters '{filters}', narrowed '{pair}': {regency} against {pairTotal}");
                    checkedBuckets++;
                }
            }

            if (filters.Contains("from=", StringComparison.Ordinal))
            {
                continue;
            }

            var months = await GetAsync($"/api/aggregate?{filters}&by=month");
            foreach (var month in months.GetProperty("buckets").EnumerateArray().Take(2))
            {
                var first = DateOnly.ParseExact(month.GetProperty("value").GetString() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
                var within = Narrow(Narrow(filters, "from", Iso(first)), "to", Iso(first.AddMonths(1).AddDays(-1)));
                Assert.Equal(month.GetProperty("count").GetInt32(), await TotalAsync(within));
                checkedBuckets++;
            }
        }

        Assert.True(nonEmpty >= 10, $"only {nonEmpty} of 30 random searches found anything");
        Assert.True(checkedBuckets >= 20, $"only {checkedBuckets} buckets were checked against a search");
    }

    [Fact]
    public async Task EveryValueIsGivenWithoutATopTenCutAndStoriesBesideDocuments()
    {
        var all = await GetAsync("/api/aggregate?by=regency");
        var limited = await GetAsync("/api/aggregate?by=regency&limit=2");
        var facets = await GetAsync("/api/search?facetLimit=all&size=1");
        var defaultFacets = await GetAsync("/api/search?size=1");

        var values = all.GetProperty("buckets").EnumerateArray().ToList();
        Assert.True(all.GetProperty("documents").GetInt32() >= fixture.SeededDocuments);
        Assert.Equal(values.Count, facets.GetProperty("facets").GetProperty("regency").GetArrayLength());
        Assert.True(defaultFacets.GetProperty("facets").GetProperty("regency").GetArrayLength() <= 10);
        Assert.Equal(2, limited.GetProperty("buckets").GetArrayLength());
        Assert.All(values, v => Assert.True(v.GetProperty("documents").GetInt32() >= v.GetProperty("count").GetInt32()));

        // The press release ran by two outlets is one story in two documents.
        var musiRawas = values.Single(v => v.GetProperty("value").GetString() == "Musi Rawas");
        Assert.Equal("16.05", musiRawas.GetProperty("code").GetString());
        Assert.Equal("Sumatera Selatan", musiRawas.GetProperty("province").GetString());
        var cluster = await GetAsync($"/api/aggregate?q={UiArticles.ClusterMarker}&by=regency");
        Assert.Equal(1, cluster.GetProperty("total").GetInt32());
        Assert.Equal(2, cluster.GetProperty("documents").GetInt32());
        var mura = cluster.GetProperty("buckets").EnumerateArray().Single(v => v.GetProperty("value").GetString() == "Musi Rawas");
        Assert.Equal(1, mura.GetProperty("count").GetInt32());
        Assert.Equal(2, mura.GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task CsvGivesEveryValueAndPairForASpreadsheet()
    {
        var json = await GetAsync("/api/aggregate?by=regency&then=violation");
        using var response = await fixture.Host.Client.GetAsync("/api/aggregate?by=regency&then=violation&format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var rows = CsvReader.Parse(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(["regency", "violation", "count", "documents"], rows[0]);
        var expected = new List<string[]>();
        foreach (var regency in json.GetProperty("buckets").EnumerateArray())
        {
            var name = regency.GetProperty("value").GetString()!;
            expected.Add([name, "", Number(regency, "count"), Number(regency, "documents")]);
            expected.AddRange(regency.GetProperty("buckets").EnumerateArray().Select(kind => new[] { name, kind.GetProperty("value").GetString()!, Number(kind, "count"), Number(kind, "documents") }));
        }

        Assert.Equal(expected, rows.Skip(1));
        Assert.Contains(rows, row => row[0] == "Kota Bekasi");
    }

    [Theory]
    [InlineData("", "'by' must be one of regency, province, person, position, violation, source, year, month")]
    [InlineData("by=kota", "'by' must be one of")]
    [InlineData("by=regency&then=regency", "'then' must be one of")]
    [InlineData("by=regency&then=desa", "'then' must be one of")]
    [InlineData("by=regency&limit=0", "'limit' must be a whole number from 1 to 100000")]
    [InlineData("by=regency&limit=banyak", "'limit' must be a whole number")]
    [InlineData("by=regency&format=xlsx", "'format' must be json or csv")]
    [InlineData("by=regency&regency=Atlantis", "Unknown regency")]
    [InlineData("by=regency&q=(netralitas", "never closed")]
    [InlineData("by=regency&incidents=maybe", "'incidents' must be true or false")]
    public async Task BadParametersGive400WithAMessage(string query, string expected)
    {
        using var response = await fixture.Host.Client.GetAsync($"/api/aggregate?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains(expected, body.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("facetLimit=-1")]
    [InlineData("facetLimit=10001")]
    [InlineData("facetLimit=semua")]
    public async Task ABadFacetLimitGives400(string query)
    {
        using var response = await fixture.Host.Client.GetAsync($"/api/search?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("'facetLimit' must be a whole number from 1 to 10000, or all.", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task IncidentsOnlyKeepsTheDocumentsThatReportACase()
    {
        var everything = await GetAsync("/api/search?size=100&collapse=false");
        var incidents = await GetAsync("/api/search?size=100&collapse=false&incidents=true");

        var reporting = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hit in everything.GetProperty("hits").EnumerateArray())
        {
            var id = hit.GetProperty("id").GetString()!;
            if ((await GetAsync($"/api/documents/{id}")).GetProperty("incidents").GetArrayLength() > 0)
            {
                reporting.Add(id);
            }
        }

        Assert.True(reporting.Count > 0 && reporting.Count < everything.GetProperty("total").GetInt32());
        Assert.Equal(reporting.Order(StringComparer.Ordinal), incidents.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        var aggregate = await GetAsync("/api/aggregate?by=violation&incidents=true");
        Assert.Equal(await TotalAsync("incidents=true"), aggregate.GetProperty("total").GetInt32());
    }

    /// <summary>Incidents only, counted by kind: each count is the total of the incidents-only search narrowed to that kind.</summary>
    [Fact]
    public async Task IncidentsOnlyCountsAreTheTotalsOfTheSearchNarrowedByKind()
    {
        var incidents = await GetAsync("/api/aggregate?by=violation&incidents=true");
        foreach (var kind in incidents.GetProperty("buckets").EnumerateArray())
        {
            Assert.Equal(kind.GetProperty("count").GetInt32(), await TotalAsync($"incidents=true&violation={kind.GetProperty("value").GetString()}"));
        }

        Assert.Equal(await TotalAsync("incidents=true"), incidents.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task CsvExportKeepsWholeTitles()
    {
        using var response = await fixture.Host.Client.GetAsync($"/api/search.csv?q={UiArticles.LongTitleMarker}");

        var rows = CsvReader.Parse(Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync())[3..]));
        Assert.Equal(2, rows.Count);
        Assert.Equal(UiArticles.LongTitle, rows[1][1]);
    }

    private static string Number(JsonElement element, string name) => element.GetProperty(name).GetInt32().ToString(CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Whether the filters, narrowed to one more value of a field, can be asked as a search: the field is not filtered yet, or by that value.</summary>
    private static bool Narrowable(string filters, string name, string value) =>
        filters.Split('&', StringSplitOptions.RemoveEmptyEntries).Where(p => p.StartsWith(name + "=", StringComparison.Ordinal)).All(p => p == $"{name}={Uri.EscapeDataString(value)}");

    private static string Narrow(string filters, string name, string value) =>
        string.Join('&', filters.Split('&', StringSplitOptions.RemoveEmptyEntries).Where(p => !p.StartsWith(name + "=", StringComparison.Ordinal)).Append($"{name}={Uri.EscapeDataString(value)}"));

    /// <summary>A query string of random filters: some words, a regency, a kind, a date range, incidents only, every version.</summary>
    private static string RandomFilters(Random random, List<string> regencies)
    {
        var parts = new List<string>();
        if (random.Next(3) == 0)
        {
            parts.Add("q=" + Uri.EscapeDataString(Words[random.Next(Words.Length)] + (random.Next(2) == 0 ? " OR " + Words[random.Next(Words.Length)] : "")));
        }

        if (random.Next(3) == 0)
        {
            parts.Add("regency=" + regencies[random.Next(regencies.Count)]);
        }

        if (random.Next(4) == 0)
        {
            parts.Add("violation=" + Violations[random.Next(Violations.Length)]);
        }

        if (random.Next(4) == 0)
        {
            var year = 2020 + random.Next(6);
            parts.Add($"from={year}-01-01&to={year + random.Next(2)}-12-31");
        }

        if (random.Next(4) == 0)
        {
            parts.Add("collapse=false");
        }

        return string.Join('&', parts);
    }

    private async Task<int> TotalAsync(string filters) => (await GetAsync($"/api/search?{filters}&size=1")).GetProperty("total").GetInt32();

    /// <summary>A GET that must answer 200, waiting out the rate limit (this test asks faster than a reader).</summary>
    private async Task<JsonElement> GetAsync(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var response = await fixture.Host.Client.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < 20)
            {
                await Task.Delay(500);
                continue;
            }

            Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}: {body}");
            return JsonDocument.Parse(body).RootElement.Clone();
        }
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using NetralitasSearch.Functions.Tests.Infrastructure;
using Xunit.Abstractions;

namespace NetralitasSearch.Functions.Tests;

/// <summary>
/// 10,000 random queries (<see cref="SearchFuzzer"/>, fixed seed) against GET /api/search on the real host: no
/// answer is a 5xx, and each is a result (200) or a 400 with {"error": ...}. User text reaches Lucene only through our
/// query parser, whose every failure is a QueryError, so nothing a query holds can make the engine fail.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class SearchFuzzTests(HostFixture fixture, ITestOutputHelper output)
{
    private const int Queries = 10_000;
    private const int Seed = 20241122;

    [Fact]
    public async Task TenThousandRandomQueriesGetAResultOrA400NeverAServerError()
    {
        await IndexSomeDocumentsAsync();
        var queries = new SearchFuzzer(Seed).Make(Queries);
        var statuses = new ConcurrentDictionary<int, int>();
        var malformed = new ConcurrentQueue<string>();

        var stopwatch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(queries, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (query, cancellationToken) =>
        {
            using var response = await fixture.Host.Client.GetAsync($"/api/search?{query}", cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            statuses.AddOrUpdate((int)response.StatusCode, 1, (_, count) => count + 1);
            if (!IsWellFormed(response.StatusCode, body))
            {
                malformed.Enqueue($"{(int)response.StatusCode} for ?{query}\n  {body[..Math.Min(body.Length, 300)]}");
            }
        });
        stopwatch.Stop();

        output.WriteLine($"{Queries} queries in {stopwatch.Elapsed.TotalSeconds:0.0} s: " +
            string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")) +
            $"; 5xx: {statuses.Where(s => s.Key >= 500).Sum(s => s.Value)}");
        Assert.True(malformed.IsEmpty, $"{malformed.Count} answers were not a result or a 400 with an error:\n{string.Join('\n', malformed.Take(20))}");
        Assert.Equal(Queries, statuses.GetValueOrDefault(200) + statuses.GetValueOrDefault(400));
        Assert.Equal("ok", (await fixture.Host.GetJsonAsync("/api/health")).GetProperty("status").GetString());
    }

    /// <summary>200 with the result shape, or 400 with a message; anything else is a failure of the host.</summary>
    private static bool IsWellFormed(HttpStatusCode status, string body)
    {
        try
        {
            var json = JsonDocument.Parse(body).RootElement;
            return status switch
            {
                HttpStatusCode.OK => json.TryGetProperty("total", out _) && json.TryGetProperty("hits", out _),
                HttpStatusCode.BadRequest => json.TryGetProperty("error", out var error) && error.GetString() is { Length: > 0 },
                _ => false,
            };
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>A few documents, so that queries match, rank, build snippets and count facets.</summary>
    private async Task IndexSomeDocumentsAsync()
    {
        string[][] articles =
        [
            ["qzfuzzsatu", "Kepala Desa Dukung Paslon", "Warga Musi Rawas melapor ke Bawaslu."],
            ["qzfuzzdua", "ASN OKU Unggah Dukungan", "Seorang PNS di OKU mengunggah dukungan kepada paslon."],
            ["qzfuzztiga", "Sanksi Netralitas ASN", "Bawaslu merekomendasikan sanksi netralitas."],
        ];
        foreach (var article in articles)
        {
            await fixture.Storage.Blobs.UploadAsync("articles", $"tests/fuzz/{article[0]}.html", Articles.Html(article[0], article[1], article[2]), "text/html");
        }

        foreach (var article in articles)
        {
            await fixture.Host.WaitForSearchAsync($"q={article[0]}", r => r.GetProperty("total").GetInt32() == 1);
        }
    }
}

using System.Net;
using System.Text.Json;
using NetralitasSearch.Functions.Tests.Infrastructure;
using NetralitasSearch.Indexer.Index;
using NetralitasSearch.Indexer.Query;

namespace NetralitasSearch.Functions.Tests;

/// <summary>The named limits of a search through the real host: one over any of them is a 400 that names it.</summary>
[Collection(HostCollection.Name)]
public sealed class SearchLimitTests(HostFixture fixture)
{
    public static TheoryData<string, string> OverALimit()
    {
        var limits = QueryLimits.Default;
        return new()
        {
            { "q=" + new string('a', limits.MaxLength + 1), $"the limit is {limits.MaxLength}" },
            { "q=" + string.Join("%20", Enumerable.Range(0, limits.MaxClauses + 1).Select(i => $"kata{i}")), $"more than {limits.MaxClauses} words" },
            { "q=" + new string('(', limits.MaxDepth + 1) + "netral" + new string(')', limits.MaxDepth + 1), "nested" },
            { "person=" + new string('x', SearchRequest.MaxFilterLength + 1), $"'person' may be at most {SearchRequest.MaxFilterLength} characters" },
            { "regency=" + new string('x', SearchRequest.MaxFilterLength + 1), $"'regency' may be at most {SearchRequest.MaxFilterLength} characters" },
            { $"page={(SearchRequest.MaxWindow / SearchRequest.MaxSize) + 1}&size={SearchRequest.MaxSize}", $"page × size may be at most {SearchRequest.MaxWindow}" },
        };
    }

    public static TheoryData<string> AtTheLimit()
    {
        var limits = QueryLimits.Default;
        return new()
        {
            "q=" + new string('a', limits.MaxLength),
            "q=" + string.Join("%20", Enumerable.Range(0, limits.MaxClauses).Select(i => $"kata{i}")),
            "person=" + new string('x', SearchRequest.MaxFilterLength),
            $"page={SearchRequest.MaxWindow / SearchRequest.MaxSize}&size={SearchRequest.MaxSize}",
        };
    }

    [Theory]
    [MemberData(nameof(OverALimit))]
    public async Task OneOverALimitIsA400ThatNamesIt(string query, string message)
    {
        using var response = await fixture.Host.Client.GetAsync($"/api/search?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString();
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AtTheLimit))]
    public async Task ExactlyAtALimitIsAnswered(string query)
    {
        using var response = await fixture.Host.Client.GetAsync($"/api/search?{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

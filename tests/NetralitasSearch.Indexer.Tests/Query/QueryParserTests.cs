using NetralitasSearch.Indexer.Query;

namespace NetralitasSearch.Indexer.Tests.Query;

public sealed class QueryParserTests
{
    [Theory]
    [InlineData("netralitas", "netralitas")]
    [InlineData("kepala desa dukung", "+kepala +desa +dukung")]
    [InlineData("\"tidak netral\" AND sanksi", "+\"tidak netral\" +sanksi")]
    [InlineData("asn OR pns", "(asn | pns)")]
    [InlineData("a b OR c", "((+a +b) | c)")]
    [InlineData("netral* -sanksi", "+netral* -sanksi")]
    [InlineData("NOT sanksi", "-sanksi")]
    [InlineData("+asn +like", "+asn +like")]
    [InlineData("regency:OKU", "regency:OKU")]
    [InlineData("regency:\"Musi Rawas\" AND violation:social-media", "+regency:\"Musi Rawas\" +violation:social-media")]
    [InlineData("person:(Azan OR Fauzi)", "(person:Azan | person:Fauzi)")]
    [InlineData("published:[2024-01-01 TO 2024-06-30]", "published:[2024-01-01 TO 2024-06-30]")]
    [InlineData("published:{2024-01-01 TO *]", "published:{2024-01-01 TO *]")]
    [InlineData("(asn OR pns) AND (like OR komentar)", "+(asn | pns) +(like | komentar)")]
    [InlineData("title:netral^2", "title:netral")]
    [InlineData("\"kepala desa\"~3", "\"kepala desa\"~3")]
    [InlineData("masing-masing 2024-06-24", "+masing-masing +2024-06-24")]
    [InlineData("a && b || c", "((+a +b) | c)")]
    [InlineData("*", "*:*")]
    [InlineData("", "*:*")]
    public void ParsesLuceneSyntaxIntoOurTree(string query, string expected)
    {
        var result = QueryParser.Default.Parse(query);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(expected, Show(result.Query));
    }

    [Theory]
    [InlineData("(netralitas", 0, "never closed")]
    [InlineData("netralitas)", 10, "no opening")]
    [InlineData("\"tidak netral", 0, "never closed")]
    [InlineData("AND sanksi", 0, "before")]
    [InlineData("sanksi AND", 7, "after")]
    [InlineData("sanksi OR", 7, "after")]
    [InlineData("foo:bar", 0, "Unknown field")]
    [InlineData("net*ral", 3, "Wildcards")]
    [InlineData("ne?ral", 2, "Wildcards")]
    [InlineData("a*", 0, "prefix")]
    [InlineData("published:[2024 TO", 10, "value on each side")]
    [InlineData("published:[2024 2025]", 16, "TO")]
    [InlineData("title:[a TO b]", 6, "dates")]
    [InlineData("regency:", 7, "value")]
    [InlineData("()", 0, "empty")]
    [InlineData(":netral", 0, "field name")]
    [InlineData("-", 0, "needs")]
    public void ReportsMalformedQueriesWithThePosition(string query, int position, string message)
    {
        var result = QueryParser.Default.Parse(query);
        Assert.False(result.IsSuccess);
        Assert.Equal(position, result.Error.Position);
        Assert.Contains(message, result.Error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void RefusesQueriesOverTheNamedLimits()
    {
        var limits = QueryLimits.Default;
        Assert.Contains("limit", QueryParser.Default.Parse(new string('a', limits.MaxLength + 1)).Error!.Message);
        Assert.Contains("more than", QueryParser.Default.Parse(string.Join(' ', Enumerable.Range(0, limits.MaxClauses + 1).Select(i => $"w{i}"))).Error!.Message);
        Assert.Contains("nested", QueryParser.Default.Parse(new string('(', limits.MaxDepth + 1) + "a" + new string(')', limits.MaxDepth + 1)).Error!.Message);
    }

    [Fact]
    public void NeverThrowsOnRandomInput()
    {
        const string alphabet = "ab netralASN\"()[]{}:*?+-!^~\\/&|ANDORNOTTO 2024-01-01 regency:title:NEAR\0\u00e9";
        var random = new Random(20241122);
        for (var i = 0; i < 20_000; i++)
        {
            var length = random.Next(0, 40);
            var chars = new char[length];
            for (var k = 0; k < length; k++)
            {
                chars[k] = alphabet[random.Next(alphabet.Length)];
            }

            var result = QueryParser.Default.Parse(new string(chars));
            Assert.True(result.IsSuccess || result.Error.Position >= 0);
        }
    }

    private static string Show(QueryNode node) => node switch
    {
        TermNode t => Field(t.Field) + t.Text,
        PhraseNode p => Field(p.Field) + $"\"{p.Text}\"" + (p.Slop > 0 ? $"~{p.Slop}" : ""),
        PrefixNode p => Field(p.Field) + p.Prefix + "*",
        RangeNode r => Field(r.Field) + (r.IncludeLower ? "[" : "{") + (r.Lower ?? "*") + " TO " + (r.Upper ?? "*") + (r.IncludeUpper ? "]" : "}"),
        MatchAllNode => "*:*",
        BooleanNode b when b.Clauses.All(c => c.Occur == Occur.Should) => "(" + string.Join(" | ", b.Clauses.Select(c => c.Node is BooleanNode ? "(" + Show(c.Node) + ")" : Show(c.Node))) + ")",
        BooleanNode b => string.Join(' ', b.Clauses.Select(c => (c.Occur == Occur.MustNot ? "-" : "+") + Show(c.Node))),
        _ => "?",
    };

    private static string Field(QueryField field) => field == QueryField.Any ? "" : field.ToString().ToLowerInvariant() + ":";
}

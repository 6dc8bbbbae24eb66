using Lucene.Net.Search;
using NetralitasSearch.Indexer.Index;
using NetralitasSearch.Indexer.Query;
using LuceneQuery = Lucene.Net.Search.Query;

namespace NetralitasSearch.Indexer.Tests.Query;

/// <summary>
/// Lucene's classic syntax read for our fields: what each query becomes (shown compactly: a plain word is its term in
/// <c>all</c>, a synonym group is shown by its first variant in braces), and the errors with positions.
/// </summary>
public sealed class QueryParserTests
{
    [Theory]
    [InlineData("netralitas", "netral")]
    [InlineData("kepala desa dukung", "+{kepala desa} +dukung")]
    [InlineData("kades", "{kepala desa}")]
    [InlineData("\"tidak netral\" AND sanksi", "+\"tidak netral\" +{sanksi}")]
    [InlineData("camat OR lurah", "camat lurah")]
    [InlineData("camat lurah OR bupati", "(+camat +lurah) bupati")]
    [InlineData("camat && lurah || bupati", "(+camat +lurah) bupati")]
    [InlineData("netral* -sanksi", "+netral* -{sanksi}")]
    [InlineData("NOT kampanye", "+*:* -kampanye")]
    [InlineData("+camat +lurah", "+camat +lurah")]
    [InlineData("yang camat", "camat")]
    [InlineData("yang", "yang")]
    [InlineData("regency:OKU", "regency:16.01")]
    [InlineData("kabupaten:\"Musi Rawas\" AND violation:social-media", "+regency:16.05 +violation:social-media")]
    [InlineData("person:(Azan OR Fauzi)", "person:azan person:fauzi")]
    [InlineData("person:\"M Azan\"", "person:\"m azan\"")]
    [InlineData("(camat OR lurah) AND (video OR rekaman)", "+(camat lurah) +(video rekam)")]
    [InlineData("title:netral^2", "title:netral^2.0")]
    [InlineData("\"kepala desa\"~3", "\"kepala desa\"~3")]
    [InlineData("netral~1", "netral~1")]
    [InlineData("masing-masing 2024-06-24", "+masing-masing +2024-06-24")]
    [InlineData("800/123/BKPSDM/2024", "800/123/bkpsdm/2024")]
    [InlineData("year:2024", "year:[2024 TO 2024]")]
    [InlineData("*", "*:*")]
    [InlineData("", "*:*")]
    public void ReadsLuceneSyntaxForOurFields(string query, string expected)
    {
        var result = QueryParser.Default.Parse(query);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(expected, Show(result.Query.Query));
    }

    [Fact]
    public void DateRangesAreNumericRangesOverDayNumbers()
    {
        var result = QueryParser.Default.Parse("published:[2024-01-01 TO 2024-06]");
        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal($"day:[{new DateOnly(2024, 1, 1).DayNumber} TO {new DateOnly(2024, 6, 30).DayNumber}]", Show(result.Query.Query));
    }

    [Theory]
    [InlineData("kepala desa dukung paslon", 3)]
    [InlineData("larangan asn di media sosial", 3)]
    [InlineData("\"tidak netral\" sanksi", 2)]
    [InlineData("kepala desa yang dukung paslon", 3)]
    public void APlainListOfWordsCanBeRelaxedIntoItsParts(string query, int parts)
    {
        Assert.Equal(parts, QueryParser.Default.Parse(query).Query!.RelaxableParts?.Count);
    }

    [Theory]
    [InlineData("camat")]
    [InlineData("camat OR lurah")]
    [InlineData("camat -lurah")]
    [InlineData("title:camat lurah")]
    [InlineData("yang camat")]
    [InlineData("camat AND lurah")]
    [InlineData("+camat +lurah")]
    [InlineData("\"tidak netral\" AND sanksi")]
    public void OtherQueriesAreNeverRelaxed(string query)
    {
        Assert.Null(QueryParser.Default.Parse(query).Query!.RelaxableParts);
    }

    [Theory]
    [InlineData("(netralitas", 0, "never closed")]
    [InlineData("((netralitas)", 0, "never closed")]
    [InlineData("netralitas)", 10, "no opening")]
    [InlineData("\"tidak netral", 0, "never closed")]
    [InlineData("AND sanksi", 0, "before")]
    [InlineData("sanksi AND", 7, "after")]
    [InlineData("sanksi OR", 7, "after")]
    [InlineData("foo:bar", 0, "Unknown field")]
    [InlineData("camat foo:(bar baz)", 6, "Unknown field")]
    [InlineData("net*ral", 3, "Wildcards")]
    [InlineData("ne?ral", 2, "Wildcards")]
    [InlineData("a*", 0, "prefix")]
    [InlineData("published:[2024 TO", 10, "value on each side")]
    [InlineData("published:[2024-99 TO 2025]", 10, "not a date")]
    [InlineData("title:[a TO b]", 6, "dates")]
    [InlineData("regency:", 7, "value")]
    [InlineData("camat regency:Atlantis", 14, "Unknown regency")]
    [InlineData("violation:korupsi", 10, "Unknown violation")]
    [InlineData("regency:netral~", 8, "Fuzzy")]
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
        Assert.True(QueryParser.Default.Parse(string.Join(' ', Enumerable.Range(0, limits.MaxClauses).Select(i => $"w{i}"))).IsSuccess);
        Assert.Contains("nested", QueryParser.Default.Parse(new string('(', limits.MaxDepth + 1) + "a" + new string(')', limits.MaxDepth + 1)).Error!.Message);
        Assert.True(QueryParser.Default.Parse(new string('(', limits.MaxDepth) + "a" + new string(')', limits.MaxDepth)).IsSuccess);
    }

    [Fact]
    public void NeverThrowsOnRandomInput()
    {
        const string alphabet = "ab netralASN\"()[]{}:*?+-!^~\\/&|ANDORNOTTO 2024-01-01 regency:title:person:year:NEAR\0\u00e9";
        var random = new Random(20241122);
        for (var i = 0; i < 20_000; i++)
        {
            var length = random.Next(0, 40);
            var chars = new char[length];
            for (var k = 0; k < length; k++)
            {
                chars[k] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            var result = QueryParser.Default.Parse(text);
            Assert.True(result.IsSuccess || (result.Error.Position >= -1 && result.Error.Position <= text.Length), $"{text}: {result.Error}");
        }
    }

    private static string Show(LuceneQuery query) => query switch
    {
        BooleanQuery boolean => string.Join(' ', boolean.Clauses.Select(c => (c.Occur == Occur.MUST ? "+" : c.Occur == Occur.MUST_NOT ? "-" : "") + Nested(c.Query))),
        DisjunctionMaxQuery group => Show(group.Disjuncts[0]),
        TermQuery term when term.Term.Text[0] == NetralitasSearch.Indexer.Analysis.SynonymGroups.Marker => "{" + term.Term.Text[1..] + "}",
        ConstantScoreQuery selection => Show(selection.Query),
        MatchAllDocsQuery => "*:*",
        _ => query.ToString(IndexFields.All),
    };

    private static string Nested(LuceneQuery query) => query is BooleanQuery ? "(" + Show(query) + ")" : Show(query);
}

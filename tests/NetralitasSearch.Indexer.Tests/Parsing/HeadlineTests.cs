using System.Net;
using System.Text;
using NetralitasSearch.Indexer.Parsing;
using NetralitasSearch.Tests;

namespace NetralitasSearch.Indexer.Tests.Parsing;

/// <summary>
/// Real headlines (tests/Fixtures/Headlines, a sample of CLICK-ID's, CC BY 4.0) come out of the parser whole, as a page's
/// title and h1, as og:title alone, and as the first line of a text file: a hyphen inside a word ("Menpan-RB") is not
/// where an outlet's name or a dateline ends.
/// </summary>
public sealed class HeadlineTests
{
    private const string Body = "Kepala Badan Kepegawaian Negara mengingatkan seluruh aparatur sipil negara agar menjaga netralitas selama tahapan pemilihan kepala daerah berlangsung.";

    private static readonly ArticleParser Parser = new(ParsingOptions.Default);

    public static IEnumerable<object[]> Headlines() =>
        File.ReadLines(Path.Combine(RepositoryPaths.Fixtures, "Headlines", "headlines.tsv"), Encoding.UTF8)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(parts => new object[] { parts[0], parts[1] });

    [Fact]
    public void TheSampleHoldsTheIssuesHeadlineAndAHundredMore()
    {
        var headlines = Headlines().Select(row => (string)row[1]).ToList();
        Assert.Contains("Status Pegawai KPK Jadi ASN, Ini Kata Menpan-RB", headlines);
        Assert.True(headlines.Count > 100, $"{headlines.Count} headlines");
        Assert.True(headlines.Count(h => h.Contains('-', StringComparison.Ordinal)) >= 80, "fewer than 80 headlines with a hyphen");
    }

    [Theory]
    [MemberData(nameof(Headlines))]
    public void AHeadlineIsReadWholeFromAPageAndFromText(string id, string headline)
    {
        var encoded = WebUtility.HtmlEncode(headline);
        var page = $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{encoded}</title></head><body><h1>{encoded}</h1><p>{Body}</p></body></html>";
        var ogOnly = $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{encoded}</title><meta property=\"og:title\" content=\"{encoded}\"></head><body><p>{Body}</p></body></html>";
        var text = $"{headline}\n\n{Body}\n";

        Assert.Equal(headline, TitleOf($"{id}.html", page));
        Assert.Equal(headline, TitleOf($"{id}-og.html", ogOnly));
        Assert.Equal(headline, TitleOf($"{id}.txt", text));
    }

    private static string? TitleOf(string name, string content) =>
        Parser.Parse(new SourceFile(name, Encoding.UTF8.GetBytes(content))).Article?.Title;
}

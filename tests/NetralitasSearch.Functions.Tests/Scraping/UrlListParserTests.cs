using NetralitasSearch.Functions.Scraping;

namespace NetralitasSearch.Functions.Tests.Scraping;

public sealed class UrlListParserTests
{
    [Fact]
    public void CommentsAndBlankLinesAreIgnoredAndUrlsKeepTheirOrder()
    {
        var list = UrlListParser.Parse("""
            # Liputan netralitas ASN, dikumpulkan redaksi Oktober 2024

            https://kabarmusirawas.example/berita/kades-sukamaju.html
               https://wartabekasi.example/pilkada/guru-pns-kampanye

            #https://dikomentari.example/tidak-diambil
            https://jambiterkini.example/asn-batanghari   # dihapus redaksi 12/10, simpan arsipnya
            https://jambiterkini.example/feed/#utama
            """, maxUrls: 100);

        Assert.Equal(
            ["https://kabarmusirawas.example/berita/kades-sukamaju.html", "https://wartabekasi.example/pilkada/guru-pns-kampanye", "https://jambiterkini.example/asn-batanghari", "https://jambiterkini.example/feed/"],
            list.Urls.Select(u => u.AbsoluteUri));
        Assert.Empty(list.Rejected);
    }

    [Fact]
    public void InvalidLinesAreReportedWithTheirNumberAndReason()
    {
        var list = UrlListParser.Parse("https://ok.example/a\nbukan sebuah url\r\nftp://files.example/surat-edaran.pdf\nhttps://user:rahasia@ok.example/b\njavascript:alert(1)\nhttps://ok.example/c Judul berita\n", maxUrls: 100);

        Assert.Single(list.Urls);
        Assert.Collection(
            list.Rejected,
            line => Assert.Equal((2, "bukan sebuah url", "not an absolute URL"), (line.Number, line.Text, line.Reason)),
            line => Assert.Equal((3, "only http and https are fetched, not ftp:"), (line.Number, line.Reason)),
            line => Assert.Equal((4, "URLs with a user name or password are not fetched"), (line.Number, line.Reason)),
            line => Assert.Equal((5, "only http and https are fetched, not javascript:"), (line.Number, line.Reason)),
            line => Assert.Equal((6, "a line holds one URL and nothing else (a comment starts with ' #')"), (line.Number, line.Reason)));
    }

    [Fact]
    public void TheSameArticleListedTwiceIsFetchedOnce()
    {
        var list = UrlListParser.Parse("""
            https://Kabar.Example:443/berita/a.html?utm_source=facebook&utm_medium=social
            https://kabar.example/berita/a.html#komentar
            https://kabar.example/berita/a.html?id=2
            """, maxUrls: 100);

        Assert.Equal(["https://kabar.example/berita/a.html", "https://kabar.example/berita/a.html?id=2"], list.Urls.Select(u => u.AbsoluteUri));
    }

    [Fact]
    public void AByteOrderMarkAndWindowsLineEndsAreTolerated()
    {
        var list = UrlListParser.Parse("\uFEFFhttps://a.example/1\r\nhttps://a.example/2\r\n", maxUrls: 100);

        Assert.Equal(2, list.Urls.Count);
    }

    [Fact]
    public void UrlsBeyondTheLimitAreRejectedNotDropped()
    {
        var list = UrlListParser.Parse("https://a.example/1\nhttps://a.example/2\nhttps://a.example/3\n", maxUrls: 2);

        Assert.Equal(2, list.Urls.Count);
        var rejected = Assert.Single(list.Rejected);
        Assert.Equal(3, rejected.Number);
        Assert.Contains("more than 2 URLs", rejected.Reason);
    }

    [Fact]
    public void AFileOfGarbageIsReportedInABoundedNumberOfEntries()
    {
        var list = UrlListParser.Parse(string.Join('\n', Enumerable.Range(1, 5000).Select(i => $"baris sampah {i}")), maxUrls: 100);

        Assert.Empty(list.Urls);
        Assert.Equal(UrlListParser.MaxRejectedLines + 1, list.Rejected.Count);
        Assert.Equal("4900 more lines are not URLs either", list.Rejected[^1].Reason);
    }
}

using System.Text;
using NetralitasSearch.Functions.Scraping;

namespace NetralitasSearch.Functions.Tests.Scraping;

public sealed class CharsetDetectorTests
{
    [Theory]
    [InlineData("text/html; charset=UTF-8", "<html>", "utf-8")]
    [InlineData("text/html; charset=\"windows-1252\"", "<html>", "windows-1252")]
    [InlineData("text/html;charset=ISO-8859-1", "<html>", "windows-1252")]
    [InlineData("text/html", "<html><head><meta charset=\"iso-8859-1\">", "windows-1252")]
    [InlineData(null, "<html><head><meta charset=utf-8>", "utf-8")]
    [InlineData("text/html", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">", "windows-1252")]
    [InlineData("application/rss+xml", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss/>", "windows-1252")]
    [InlineData("text/html; charset=utf-8", "<meta charset=\"windows-1252\">", "utf-8")]
    [InlineData("text/html; charset=bogus-label", "<meta charset=\"windows-1252\">", "windows-1252")]
    public void TheHeaderWinsThenThePageDeclaration(string? contentType, string head, string expected)
    {
        Assert.Equal(expected, CharsetDetector.Detect(contentType, Encoding.ASCII.GetBytes(head))?.WebName);
    }

    [Fact]
    public void AByteOrderMarkWinsOverTheHeader()
    {
        byte[] page = [0xEF, 0xBB, 0xBF, .. "<html>"u8];

        Assert.Equal("utf-8", CharsetDetector.Detect("text/html; charset=windows-1252", page)?.WebName);
    }

    [Theory]
    [InlineData(null, "<html><body>tanpa deklarasi</body></html>")]
    [InlineData("text/html", "<html><body>tanpa deklarasi</body></html>")]
    public void NothingDeclaredIsNull(string? contentType, string head)
    {
        Assert.Null(CharsetDetector.Detect(contentType, Encoding.ASCII.GetBytes(head)));
    }

    [Fact]
    public void ADeclarationPastThePrescanIsNotSeen()
    {
        var page = "<html><head>" + new string(' ', CharsetDetector.PrescanBytes) + "<meta charset=\"windows-1252\">";

        Assert.Null(CharsetDetector.Detect("text/html", Encoding.ASCII.GetBytes(page)));
    }
}

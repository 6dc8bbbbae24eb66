using System.Text;
using System.Text.RegularExpressions;
using NetralitasSearch.Functions.Scraping;

namespace NetralitasSearch.Functions.Tests.Scraping;

public sealed partial class ArchiveNamesTests
{
    private static Uri Url(string text) => UrlNormalizer.TryParse(text, out var url, out var reason) ? url : throw new ArgumentException(reason);

    [Fact]
    public void TheFolderOfAUrlIsStableAndReadable()
    {
        var folder = ArchiveNames.Folder(Url("https://kabarmusirawas.example/berita/2024/10/08/kades-sukamaju-dukung-paslon.html"));

        // Pinned: a change here would scatter the versions of every archived URL over two folders.
        Assert.Equal("web/kabarmusirawas.example/berita-2024-10-08-kades-sukamaju-dukung-paslon-html-5446528a611f/", folder);
    }

    [Theory]
    [InlineData("https://KabarMusiRawas.example/berita/a.html")]
    [InlineData("https://kabarmusirawas.example:443/berita/a.html")]
    [InlineData("https://kabarmusirawas.example/berita/a.html#komentar")]
    [InlineData("https://kabarmusirawas.example/berita/a.html?utm_source=whatsapp&fbclid=IwAR0")]
    [InlineData("  https://kabarmusirawas.example./berita/a.html  ")]
    public void SpellingsOfOneUrlShareAFolder(string spelling)
    {
        Assert.Equal(ArchiveNames.Folder(Url("https://kabarmusirawas.example/berita/a.html")), ArchiveNames.Folder(Url(spelling)));
    }

    [Theory]
    [InlineData("http://kabarmusirawas.example/berita/a.html")]
    [InlineData("https://kabarmusirawas.example/berita/a.html?page=2")]
    [InlineData("https://kabarmusirawas.example/Berita/a.html")]
    [InlineData("https://kabarmusirawas.example:8443/berita/a.html")]
    public void DifferentUrlsGetDifferentFolders(string other)
    {
        Assert.NotEqual(ArchiveNames.Folder(Url("https://kabarmusirawas.example/berita/a.html")), ArchiveNames.Folder(Url(other)));
    }

    [Fact]
    public void AVersionIsNamedByFetchTimeAndContentHash()
    {
        var url = Url("http://127.0.0.1:5123/berita/a.html");
        var sha = ArchiveNames.Hash(Encoding.UTF8.GetBytes("<html>versi satu</html>"));

        var name = ArchiveNames.Version(url, new DateTimeOffset(2024, 10, 8, 9, 30, 15, 120, TimeSpan.FromHours(7)), sha, ".html");

        Assert.StartsWith("web/127.0.0.1_5123/berita-a-html-", name);
        Assert.Matches(VersionName(), name);
        Assert.EndsWith($"/20241008T023015120Z-{sha[..8]}.html", name);
    }

    [Fact]
    public void LaterVersionsSortAfterEarlierOnes()
    {
        var url = Url("https://kabar.example/a");
        var first = ArchiveNames.Version(url, new DateTimeOffset(2024, 10, 8, 9, 59, 59, 999, TimeSpan.Zero), "ffffffff", ".html");
        var second = ArchiveNames.Version(url, new DateTimeOffset(2024, 10, 8, 10, 0, 0, 0, TimeSpan.Zero), "00000000", ".html");

        Assert.True(string.CompareOrdinal(first, second) < 0);
    }

    [Theory]
    [InlineData("https://kabar.example/", "web/kabar.example/index-")]
    [InlineData("https://bücher.example/berita/ä-ö", "web/xn--bcher-kva.example/berita-")]
    [InlineData("http://[2001:db8::1]:8080/a", "web/2001-db8--1_8080/a-")]
    public void HostsAndPathsBecomeSafeBlobNameSegments(string text, string prefix)
    {
        var folder = ArchiveNames.Folder(Url(text));

        Assert.StartsWith(prefix, folder);
        Assert.True(folder.All(char.IsAscii));
    }

    [Fact]
    public void LongPathsAreCutToABoundedSlug()
    {
        var folder = ArchiveNames.Folder(Url("https://kabar.example/" + string.Join('/', Enumerable.Repeat("bagian-yang-sangat-panjang", 40))));

        var slug = folder.Split('/')[2];
        Assert.True(slug.Length <= ArchiveNames.MaxSlugLength + 13, slug);
    }

    [Fact]
    public void NormalisedUrlsAreAscii()
    {
        var url = Url("https://bücher.example/berita/pemilu-ä?q=ö");

        Assert.Equal("https://xn--bcher-kva.example/berita/pemilu-%C3%A4?q=%C3%B6", UrlNormalizer.Key(url));
    }

    [GeneratedRegex(@"^web/[^/]+/[a-z0-9-]+-[0-9a-f]{12}/\d{8}T\d{9}Z-[0-9a-f]{8}\.html$")]
    private static partial Regex VersionName();
}

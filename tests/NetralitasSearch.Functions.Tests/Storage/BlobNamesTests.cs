using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Tests.Storage;

/// <summary>Which blob names storage would resolve to another blob, and to which.</summary>
public sealed class BlobNamesTests
{
    [Theory]
    [InlineData("berita/kades.html")]
    [InlineData("nama berkas/ü é 日本語.html")]
    [InlineData("a%2Fb.html")]
    [InlineData("a/..b.html")]
    [InlineData("x..y.html")]
    [InlineData("trail..")]
    [InlineData("%2E%2E/enc.html")]
    public void NamesWithoutDotSegmentsAreTakenAsGiven(string name)
    {
        Assert.False(BlobNames.HasDotSegments(name));
        Assert.Equal(name, BlobNames.Resolve(name));
    }

    [Theory]
    [InlineData("sub/../titik.html", "titik.html")]
    [InlineData("a/./c.html", "a/c.html")]
    [InlineData("./lead.html", "lead.html")]
    [InlineData("a/b/../../c/d.html", "c/d.html")]
    [InlineData("..", null)]
    [InlineData("../documents/x.json", null)]
    [InlineData("a/../../x.json", null)]
    public void NamesWithDotSegmentsResolveAsStorageResolvesThem(string name, string? resolved)
    {
        Assert.True(BlobNames.HasDotSegments(name));
        Assert.Equal(resolved, BlobNames.Resolve(name));
        Assert.Throws<ArgumentException>(() => BlobNames.ThrowIfUnaddressable(name));
    }
}

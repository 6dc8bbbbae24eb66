using NetralitasSearch.Indexer.Extraction.Regions;

namespace NetralitasSearch.Indexer.Tests.Extraction.Regions;

/// <summary>The regency filter's autocomplete: official names and press aliases, by the start of any word.</summary>
public sealed class GazetteerSuggestTests
{
    private static readonly Gazetteer Gazetteer = Gazetteer.Default;

    [Fact]
    public void OkuOffersTheThreeOganKomeringUluRegenciesWithTheirAliases()
    {
        var suggestions = Gazetteer.Suggest("OKU", 10);

        Assert.Equal(["16.01", "16.08", "16.09"], suggestions.Take(3).Select(s => s.Region.Code).Order());
        Assert.Equal("Ogan Komering Ulu", suggestions[0].Region.Name);
        Assert.Equal("OKU", suggestions[0].Alias);
        Assert.Contains(suggestions, s => s.Region.Name == "Ogan Komering Ulu Selatan" && s.Alias == "OKU Selatan");
        Assert.Contains(suggestions, s => s.Region.Name == "Ogan Komering Ulu Timur" && s.Alias == "OKU Timur");
    }

    [Theory]
    [InlineData("musi ra", "Musi Rawas")]
    [InlineData("Musi Rawas", "Musi Rawas")]
    [InlineData("rawas", "Musi Rawas")]
    [InlineData("mura", "Musi Rawas")]
    [InlineData("kota bek", "Kota Bekasi")]
    [InlineData("sumatera sel", "Sumatera Selatan")]
    [InlineData("  batang-HARI ", "Batanghari")]
    public void FindsByOfficialNameAliasOrAnyWord(string typed, string expected)
    {
        Assert.Contains(Gazetteer.Suggest(typed, 10), s => s.Region.DisplayName == expected);
    }

    [Fact]
    public void ExactNamesComeFirstAndOfficialNamesCarryNoAlias()
    {
        var suggestions = Gazetteer.Suggest("Bekasi", 5);

        Assert.Equal(["Bekasi", "Kota Bekasi"], suggestions.Take(2).Select(s => s.Region.DisplayName));
        Assert.All(suggestions.Take(2), s => Assert.Null(s.Alias));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("--")]
    [InlineData("qzxq")]
    public void NothingTypedOrNothingKnownGivesNothing(string typed)
    {
        Assert.Empty(Gazetteer.Suggest(typed, 10));
    }

    [Fact]
    public void RespectsTheLimitAndLeavesOutDistricts()
    {
        var suggestions = Gazetteer.Suggest("ka", 7);

        Assert.Equal(7, suggestions.Count);
        Assert.DoesNotContain(suggestions, s => s.Region.Kind == RegionKind.District);
    }
}

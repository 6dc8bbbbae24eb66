using NetralitasSearch.Indexer.Profiles;

namespace NetralitasSearch.Indexer.Tests.Profiles;

public sealed class PersonAliasesTests
{
    [Theory]
    [InlineData("Ali Sadikin", "ali sadikin")]
    [InlineData("  ALI   sadikin ", "ali sadikin")]
    [InlineData("H. Ali-Sadikin", "h ali sadikin")]
    [InlineData("—", "")]
    public void KeysIgnoreCaseSpacingAndPunctuation(string name, string key) => Assert.Equal(key, PersonAliases.Key(name));

    [Fact]
    public void AliasesMergeTransitivelyUnderTheNameWrittenMostOften()
    {
        var groups = PersonAliases.Merge(
        [
            new PersonName("Joko Widodo", ["Jokowi"]),
            new PersonName("Jokowi", []),
            new PersonName("Joko Widodo", []),
            new PersonName("Ir Joko", ["jokowi"]),
            new PersonName("Rudi Hartono", []),
        ]);

        Assert.Equal(2, groups.Count);
        var joko = groups.Single(g => g.Keys.Contains("jokowi"));
        Assert.Equal("Joko Widodo", joko.Name);
        Assert.Equal(["Ir Joko", "Jokowi"], joko.Aliases);
        Assert.Equal(["ir joko", "joko widodo", "jokowi"], joko.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Rudi Hartono", groups.Single(g => g != joko).Name);
    }

    [Fact]
    public void NamesWithoutAliasesMergeOnlyWhenTheyAreTheSameName()
    {
        var groups = PersonAliases.Merge([new PersonName("M Azan", []), new PersonName("m  azan", []), new PersonName("Azan", [])]);
        Assert.Equal(["Azan", "M Azan"], groups.Select(g => g.Name));
    }
}

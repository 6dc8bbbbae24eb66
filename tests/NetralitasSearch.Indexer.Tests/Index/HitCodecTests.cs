using System.Text.Json;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Index;
using NetralitasSearch.Indexer.Parsing;
using NetralitasSearch.Indexer.Pipeline;
using NetralitasSearch.Tests;

namespace NetralitasSearch.Indexer.Tests.Index;

/// <summary>The result line read back from its doc value is the line written, field for field (compared as JSON).</summary>
public sealed class HitCodecTests
{
    public static TheoryData<string> Samples() =>
        [.. Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "samples"))
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal))
            .Select(f => Path.GetFileName(f))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Samples))]
    public void ARealArticlesLineReadsBackUnchanged(string file)
    {
        var path = Path.Combine(RepositoryPaths.Root, "samples", file);
        var document = DocumentPipeline.Create().Process(new SourceFile(path, File.ReadAllBytes(path)), DocumentOrigin.ForFile(path)).Document;
        Assert.NotNull(document);
        var hit = HitData.Of(document);
        Assert.NotEmpty(hit.Persons);

        AssertSame(hit, HitCodec.Read(HitCodec.Write(hit)));
    }

    [Fact]
    public void NullsEmptyListsAndNonLatinTextReadBackUnchanged()
    {
        var hit = new HitData("ab12", "x.txt", "Camat “Sukamaju” — ASN 🗳️", null, null, null, [], [], [
            new PersonEntity("Ahmad Ñoviandi", null, "ignored", null),
            new PersonEntity("Siti", "Kepala Desa Tegal Rejo", null, "32.16") { Aliases = ["Bu Siti", "S"] },
        ], ["campaign-attendance"], new DateOnly(1, 1, 1));

        var read = HitCodec.Read(HitCodec.Write(hit));

        // The hit line never carries a person's original spelling (HitData.Of drops it), so neither does the codec.
        AssertSame(hit with { Persons = [hit.Persons[0] with { Original = null }, hit.Persons[1]] }, read);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { (byte)'{', (byte)'"' })]
    [InlineData(new byte[] { 0, 1, 2 })]
    public void BytesOfAnotherLayoutAreNoLine(byte[] bytes) => Assert.Null(HitCodec.Read(bytes));

    private static void AssertSame(HitData expected, HitData? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(JsonSerializer.Serialize(expected, DocumentJson.Options), JsonSerializer.Serialize(actual, DocumentJson.Options));
    }
}

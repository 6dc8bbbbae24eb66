using NetralitasSearch.Indexer.Extraction.Names;

namespace NetralitasSearch.Indexer.Tests.Extraction.Names;

/// <summary>
/// The persons the name tagger itself finds (before the person stage), on sentences written in the style of NERGrit's
/// Wikipedia text and of the news (the last row is a CLICK-ID sentence, William &amp; Sari 2020, CC BY 4.0): court
/// titles and initials stay in the name as NERGrit writes them ("Pangeran Diponegoro", "F.X. Hadi Rudyatmo"); religious
/// titles, honorifics and ranks do not.
/// </summary>
public sealed class NameTaggerTests
{
    [Theory]

    // Court titles are part of the name in NERGrit (its train split: 19 times inside a person's name, 3 times before one).
    [InlineData("Perang Jawa dipimpin oleh Pangeran Diponegoro melawan pemerintah kolonial Belanda .", "Pangeran Diponegoro")]
    [InlineData("Gamelan ia pelajari dari Raden Sudarsono , seorang guru karawitan di Bandung .", "Raden Sudarsono")]

    // Religious titles, honorifics and ranks are not.
    [InlineData("\"Kami mendukung pemilu yang damai,\" kata Kyai Ahmad Mustofa di Rembang, Senin (9/9/2019).", "Ahmad Mustofa")]
    [InlineData("Pengajian itu dipimpin oleh Ustadz Abdul Somad di Pekanbaru .", "Abdul Somad")]
    [InlineData("Rektor Prof Budi Santoso membuka seminar itu di Semarang .", "Budi Santoso")]
    // Initials written before a name belong to it (NERGrit's train split: 34 times inside, 5 outside).
    [InlineData("Calon yang diusung , yakni Anung Indro Susanto dan Muhammad Fajri hanya terpaut 10 persen dari yang diusung F.X. Hadi Rudyatmo dan Achmad Purnomo.",
        "Anung Indro Susanto|Muhammad Fajri|F.X. Hadi Rudyatmo|Achmad Purnomo")]
    public void KeepsCourtTitlesAndInitialsInTheNameAndStripsTheOthers(string sentence, string expected)
    {
        var persons = Extract.From(sentence).Names.Where(name => name.Class == NameClass.Person)
            .Select(name => sentence.Substring(name.Start, name.Length));
        Assert.Equal(expected, string.Join("|", persons));
    }

    /// <summary>
    /// A thread's tagger keeps its buffers for the next text, up to a long article; a longer text gets its own. Either
    /// way a text is tagged as it is alone: a short text, then one longer than the kept size, then the short one again.
    /// </summary>
    [Fact]
    public void TagsTheSameWithBuffersKeptOrNot()
    {
        const string sentence = "Calon yang diusung , yakni Anung Indro Susanto dan Muhammad Fajri hanya terpaut 10 persen dari yang diusung F.X. Hadi Rudyatmo dan Achmad Purnomo.";
        var tagger = NameTagger.CreateDefault(Indexer.Extraction.Regions.Gazetteer.Default);
        string Persons(string text) => string.Join("|", tagger.Tag(text, Indexer.Text.WordTokenizer.Tokenize(text))
            .Where(name => name.Class == NameClass.Person).Select(name => text.Substring(name.Start, name.Length)));

        var alone = Persons(sentence);
        var repeats = (NameTagger.MaxKeptWords / 20) + 10;
        var longText = string.Join("\n\n", Enumerable.Repeat(sentence, repeats));
        Assert.True(Indexer.Text.WordTokenizer.Tokenize(longText).Count > NameTagger.MaxKeptWords);
        Assert.Equal(string.Join("|", Enumerable.Repeat(alone, repeats)), Persons(longText));
        Assert.Equal(alone, Persons(sentence));
        Assert.Equal("Anung Indro Susanto|Muhammad Fajri|F.X. Hadi Rudyatmo|Achmad Purnomo", alone);
    }
}

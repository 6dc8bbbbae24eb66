using NetralitasSearch.Indexer.Extraction.Names;
using NetralitasSearch.Indexer.Extraction.Persons;
using NetralitasSearch.Indexer.Extraction.Regions;

namespace NetralitasSearch.Indexer.Tests.Extraction.Names;

/// <summary>
/// The trainer behind <c>./netralitas train-ner</c>: the same seed gives the same weights (the model file is rebuilt byte
/// for byte), and another seed (<c>--seed</c>) shuffles the sentences otherwise, so the spread over seeds can be measured.
/// </summary>
public sealed class NameTrainerTests
{
    private static readonly string[] Sentences =
    [
        "Bupati|O Budi|B-PERSON Santoso|I-PERSON meresmikan|O pasar|O di|O Kendal|B-PLACE .|O",
        "Kepala|O Dinas|O Pendidikan|O ,|O Siti|B-PERSON Aminah|I-PERSON ,|O hadir|O di|O Semarang|B-PLACE .|O",
        "Ketua|O KPU|B-ORGANISATION Jawa|I-ORGANISATION Tengah|I-ORGANISATION ,|O Yulianto|B-PERSON Sudrajat|I-PERSON ,|O membuka|O rapat|O .|O",
        "Menurut|O Ahmad|B-PERSON Fauzi|I-PERSON ,|O Bawaslu|B-ORGANISATION menerima|O laporan|O dari|O Demak|B-PLACE .|O",
        "Camat|O Rina|B-PERSON Wulandari|I-PERSON menyerahkan|O bantuan|O di|O Desa|B-PLACE Sukamaju|I-PLACE .|O",
        "Pelatih|O Persib|B-ORGANISATION Bandung|I-ORGANISATION ,|O Robert|B-PERSON Alberts|I-PERSON ,|O memuji|O pemainnya|O .|O",
        "Warga|O Magelang|B-PLACE melaporkan|O Joko|B-PERSON Susilo|I-PERSON ke|O Panwaslu|B-ORGANISATION .|O",
        "Gubernur|O Ganjar|B-PERSON Pranowo|I-PERSON berkunjung|O ke|O Blora|B-PLACE bersama|O Hendi|B-PERSON .|O",
    ];

    [Fact]
    public void TheSameSeedGivesTheSameWeightsAndAnotherSeedOtherWeights()
    {
        var sentences = Sentences.Select(line => LabelledSentence.FromTokens(
            line.Split(' ').Select(pair => pair.Split('|')).Select(parts => (parts[0], parts[1])).ToList())).ToList();
        var features = new NameFeatures(PersonLexicon.Default, Gazetteer.Default, CapitalisationLexicon.Default, WordClusters.Default, NameProfiles.Empty);
        (IReadOnlyList<(ulong Key, float[] Weights)> Features, float[] Transition) Train(int seed) =>
            new NameTrainer(features, new NameTrainerOptions(Epochs: 3, Seed: seed, MinimumFeatureCount: 1, Ensemble: 2)).Train(sentences);

        var first = Train(7);
        var again = Train(7);
        var other = Train(8);

        Assert.NotEmpty(first.Features);
        Assert.Equal(first.Features.Select(f => f.Key), again.Features.Select(f => f.Key));
        Assert.Equal(first.Features.SelectMany(f => f.Weights), again.Features.SelectMany(f => f.Weights));
        Assert.Equal(first.Transition, again.Transition);
        Assert.NotEqual(first.Features.SelectMany(f => f.Weights), other.Features.SelectMany(f => f.Weights));
    }

    [Fact]
    public void TheCrfIsDeterministicAndLearnsItsSentences()
    {
        var sentences = Sentences.Select(line => LabelledSentence.FromTokens(
            line.Split(' ').Select(pair => pair.Split('|')).Select(parts => (parts[0], parts[1])).ToList())).ToList();
        var features = new NameFeatures(PersonLexicon.Default, Gazetteer.Default, CapitalisationLexicon.Default, WordClusters.Default, NameProfiles.Empty);
        (IReadOnlyList<(ulong Key, float[] Weights)> Features, float[] Transition) Train(int seed) =>
            new NameTrainer(features, new NameTrainerOptions(Epochs: 20, Seed: seed, MinimumFeatureCount: 1, Ensemble: 1, Crf: true)).Train(sentences);

        var first = Train(7);
        var again = Train(7);
        var other = Train(8);

        Assert.Equal(first.Features.Select(f => f.Key), again.Features.Select(f => f.Key));
        Assert.Equal(first.Features.SelectMany(f => f.Weights), again.Features.SelectMany(f => f.Weights));
        Assert.Equal(first.Transition, again.Transition);
        Assert.NotEqual(first.Features.SelectMany(f => f.Weights), other.Features.SelectMany(f => f.Weights));

        var tagger = new NameTagger(new NameModel(first.Features, first.Transition), features);
        foreach (var sentence in sentences)
        {
            var expected = NameTags.Mentions(sentence.Tags.ToArray(), sentence.Words).Select(m => (m.Class, m.FirstWord, m.LastWord));
            Assert.Equal(expected, tagger.Tag(sentence.Text, sentence.Words).Select(m => (m.Class, m.FirstWord, m.LastWord)));
        }
    }
}

using NetralitasSearch.Indexer.Extraction.Names;
using NetralitasSearch.Indexer.Extraction.Regions;

namespace NetralitasSearch.Indexer.Tests.Extraction.Names;

/// <summary>
/// The checked-in model is the one <c>./netralitas train-ner</c> rebuilds only while the lexicons its features read are
/// those it was trained with: a change to the person or place word lists must come with a rebuilt model.
/// </summary>
public sealed class NameModelLexiconsTests
{
    [Fact]
    public void TheModelWasTrainedWithTheLexiconsOfTheCode()
    {
        var recorded = EmbeddedData.ReadLines(NameFeatures.LexiconsFile).Single();
        var current = NameTagger.CreateDefault(Gazetteer.Default).Features.LexiconFingerprint();

        Assert.True(recorded == current,
            "The person or place lexicons the name tagger's features read have changed since the model was trained: run " +
            "./netralitas train-ner and commit indexer/Extraction/Names/Data/.");
    }
}

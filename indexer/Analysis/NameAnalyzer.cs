using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Util;

namespace NetralitasSearch.Indexer.Analysis;

/// <summary>
/// Names of people, positions and outlets as words: tokenize and lower-case, never stem ("Azan" is not a word with an
/// affix). <c>person:Azan</c> finds "M Azan"; the values of one document never run into each other in a phrase.
/// </summary>
public sealed class NameAnalyzer : Analyzer
{
    public static NameAnalyzer Default { get; } = new();

    public override int GetPositionIncrementGap(string fieldName) => IndonesianAnalyzer.ValueGap;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new IndonesianTokenizer(reader);
        return new TokenStreamComponents(source, new LowerCaseFilter(LuceneVersion.LUCENE_48, source));
    }
}

using NetralitasSearch.Indexer.Extraction.Regions;

namespace NetralitasSearch.Indexer.Analysis;

/// <summary>
/// The analysis chain, used at index and at query time: tokenize (codes kept whole) → lowercase → stem
/// (place names protected). Stop words are not removed from the index, so phrases keep their positions;
/// the query side drops them from free terms.
/// </summary>
public sealed class IndonesianAnalyzer
{
    private static readonly Lazy<IndonesianAnalyzer> Shared = new(() => new IndonesianAnalyzer(IndonesianStemmer.Create(PlaceWords(Gazetteer.Default))));

    private readonly IndonesianStemmer stemmer;

    public IndonesianAnalyzer(IndonesianStemmer stemmer)
    {
        this.stemmer = stemmer;
    }

    public static IndonesianAnalyzer Default => Shared.Value;

    /// <summary>Bump when analysis changes: an index built with another version is rebuilt from its documents.</summary>
    public static string Version => "id-1";

    public IEnumerable<Token> Analyze(string text)
    {
        var position = 0;
        foreach (var (start, length) in AnalysisTokenizer.Split(text))
        {
            yield return new Token(Normalize(text.AsSpan(start, length)), start, length, position++);
        }
    }

    /// <summary>One word as the index holds it.</summary>
    public string Normalize(ReadOnlySpan<char> word)
    {
        // Lower-case into a stack buffer and look the stem up without allocating: most words have been seen before.
        if (word.Length <= 64)
        {
            Span<char> lower = stackalloc char[word.Length];
            word.ToLowerInvariant(lower);
            if (stemmer.TryCached(lower, out var stem))
            {
                return stem;
            }

            return stemmer.Stem(lower.ToString());
        }

        return stemmer.Stem(word.ToString().ToLowerInvariant());
    }

    /// <summary>The analyzed terms of a text joined by spaces: what the full-text columns hold.</summary>
    public string AnalyzeToString(string text) => string.Join(' ', Analyze(text).Select(token => token.Term));

    public static bool IsStopWord(string lowerCaseWord) => StopWords.Contains(lowerCaseWord);

    /// <summary>Words of region names (and their aliases) are names, not words to stem: "bekasi" never becomes "bekas".</summary>
    private static IEnumerable<string> PlaceWords(Gazetteer gazetteer) =>
        gazetteer.Regions.Where(region => region.Kind != RegionKind.District)
            .SelectMany(region => Gazetteer.NameWords(region.Name))
            .Distinct();
}

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using NetralitasSearch.Indexer.Extraction.Regions;

namespace NetralitasSearch.Indexer.Analysis;

/// <summary>
/// The analysis chain, at index and at query time: tokenize (codes kept whole) → lower-case → mark place names as
/// keywords → stem. Stop words stay in the index, so phrases keep their positions; the query side drops them from
/// free words. The press synonym groups are applied by the query parser (see <c>SynonymGroups</c>), not here.
/// </summary>
public sealed class IndonesianAnalyzer : Analyzer
{
    /// <summary>Positions between two values of one field (title and body in <c>all</c>, two persons): no phrase spans them.</summary>
    public const int ValueGap = 100;

    private static readonly Lazy<IndonesianAnalyzer> Shared = new(() => Create(Gazetteer.Default));

    private readonly IndonesianStemmer stemmer;
    private readonly CharArraySet placeWords;

    public IndonesianAnalyzer(IndonesianStemmer stemmer, IEnumerable<string> placeWords)
    {
        this.stemmer = stemmer;
        this.placeWords = new CharArraySet(LuceneVersion.LUCENE_48, placeWords.ToList(), ignoreCase: false);
    }

    public static IndonesianAnalyzer Default => Shared.Value;

    /// <summary>Bump when analysis changes: an index built with another version is rebuilt from its documents.</summary>
    public static string Version => "id-2";

    /// <summary>The analyzer protecting the words of a gazetteer's region names and aliases: "Bekasi" is never "bekas".</summary>
    public static IndonesianAnalyzer Create(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        var places = PlaceWords(gazetteer).ToList();
        return new IndonesianAnalyzer(IndonesianStemmer.Create(places), places);
    }

    public override int GetPositionIncrementGap(string fieldName) => ValueGap;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new IndonesianTokenizer(reader);
        TokenStream result = new LowerCaseFilter(LuceneVersion.LUCENE_48, source);
        result = new SetKeywordMarkerFilter(result, placeWords);
        result = new IndonesianStemFilter(result, stemmer);
        return new TokenStreamComponents(source, result);
    }

    /// <summary>The terms of a text with the offsets of the words they came from, as the index holds them.</summary>
    public List<Token> Analyze(string text)
    {
        var tokens = new List<Token>();
        using var stream = GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new Token(term.ToString(), offset.StartOffset, offset.EndOffset - offset.StartOffset, position));
        }

        stream.End();
        return tokens;
    }

    /// <summary>
    /// One word as the index holds it, without a token stream: what <see cref="CreateComponents"/> does to a word,
    /// for the snippets, which test every word of a shown text.
    /// </summary>
    public string Normalize(ReadOnlySpan<char> word)
    {
        if (word.Length <= 64)
        {
            // Lower-case into a stack buffer and look the stem up without allocating: most words have been seen before.
            Span<char> lower = stackalloc char[word.Length];
            word.ToLowerInvariant(lower);
            if (stemmer.TryCached(lower, out var stem))
            {
                return stem;
            }

            var lowered = lower.ToString();
            return placeWords.Contains(lowered) ? lowered : stemmer.Stem(lowered);
        }

        var text = word.ToString().ToLowerInvariant();
        return placeWords.Contains(text) ? text : stemmer.Stem(text);
    }

    public static bool IsStopWord(string lowerCaseWord) => StopWords.Contains(lowerCaseWord);

    /// <summary>Words of region names (and their aliases) are names, not words to stem.</summary>
    private static IEnumerable<string> PlaceWords(Gazetteer gazetteer) =>
        gazetteer.Regions.Where(region => region.Kind != RegionKind.District)
            .SelectMany(region => Gazetteer.NameWords(region.Name))
            .Distinct();
}

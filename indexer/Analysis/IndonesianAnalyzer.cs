using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using NetralitasSearch.Indexer.Extraction.Regions;

namespace NetralitasSearch.Indexer.Analysis;

/// <summary>
/// The analysis chain: tokenize (codes kept whole) → lower-case → mark place names as keywords → stem → (at index time)
/// mark the press synonym groups. Stop words stay in the index, so phrases keep their positions; the query side drops
/// them from free words. Queries are analyzed without the group marks: the query parser asks for a group's term itself.
/// </summary>
public sealed class IndonesianAnalyzer : Analyzer
{
    /// <summary>Positions between two values of one field (title and body in <c>all</c>, two persons): no phrase spans them.</summary>
    public const int ValueGap = 100;

    private static readonly Lazy<IndonesianAnalyzer> Shared = new(() => Create(Gazetteer.Default));

    /// <summary>Characters per word of Indonesian news text, rounded down (spaces and punctuation included).</summary>
    private const int CharactersPerWord = 6;

    private readonly IndonesianStemmer stemmer;
    private readonly CharArraySet placeWords;
    private readonly SynonymGroups? groups;

    /// <summary>At index time only: a body's terms live until its batch is written (queries keep theirs for a moment).</summary>
    private readonly TermPool? terms;
    private IndonesianAnalyzer? forIndexing;

    public IndonesianAnalyzer(IndonesianStemmer stemmer, IEnumerable<string> placeWords)
        : this(stemmer, new CharArraySet(LuceneVersion.LUCENE_48, placeWords.ToList(), ignoreCase: false), null)
    {
    }

    private IndonesianAnalyzer(IndonesianStemmer stemmer, CharArraySet placeWords, SynonymGroups? groups)
    {
        this.stemmer = stemmer;
        this.placeWords = placeWords;
        this.groups = groups;
        terms = groups is null ? null : new TermPool();
    }

    /// <summary>The query-time chain (no group marks).</summary>
    public static IndonesianAnalyzer Default => Shared.Value;

    /// <summary>Bump when analysis changes: an index built with another version is rebuilt from its documents.</summary>
    public static string Version => "id-9";

    /// <summary>The same chain at index time: it also marks where each synonym group's variants stand.</summary>
    public IndonesianAnalyzer ForIndexing(SynonymGroups? synonyms = null) =>
        synonyms is null ? forIndexing ??= new IndonesianAnalyzer(stemmer, placeWords, SynonymGroups.Default) : new IndonesianAnalyzer(stemmer, placeWords, synonyms);

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
        if (groups is not null)
        {
            result = new SynonymGroupFilter(result, groups);
        }

        return new TokenStreamComponents(source, result);
    }

    /// <summary>The terms of a text with the offsets of the words they came from, as the index holds them.</summary>
    public List<Token> Analyze(string text)
    {
        // Fewer words than one in six characters in Indonesian prose: a body's list is allocated once, not grown.
        var tokens = new List<Token>(text.Length / CharactersPerWord + 4);
        using var stream = GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var payload = stream.AddAttribute<IPayloadAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            var words = payload.Payload is { Length: > 0 } span ? span.Bytes[span.Offset] : 1;
            var value = terms?.Get(term.Buffer.AsSpan(0, term.Length)) ?? term.ToString();
            tokens.Add(new Token(value, offset.StartOffset, offset.EndOffset - offset.StartOffset, position) { Words = words });
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

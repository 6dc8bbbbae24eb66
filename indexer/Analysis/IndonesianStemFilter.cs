using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NetralitasSearch.Indexer.Analysis;

/// <summary>Our vocabulary-checked <see cref="IndonesianStemmer"/> as a token filter; a keyword (a place name) is left as it is.</summary>
public sealed class IndonesianStemFilter : TokenFilter
{
    private readonly IndonesianStemmer stemmer;
    private readonly ICharTermAttribute term;
    private readonly IKeywordAttribute keyword;

    public IndonesianStemFilter(TokenStream input, IndonesianStemmer stemmer)
        : base(input)
    {
        this.stemmer = stemmer;
        term = AddAttribute<ICharTermAttribute>();
        keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (!keyword.IsKeyword)
        {
            var word = term.Buffer.AsSpan(0, term.Length);
            var stem = stemmer.TryCached(word, out var cached) ? cached : stemmer.Stem(word.ToString());
            if (!word.SequenceEqual(stem))
            {
                term.SetEmpty().Append(stem);
            }
        }

        return true;
    }
}

using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using AnalyzedToken = NetralitasSearch.Indexer.Analysis.Token;

namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// A text field (as Lucene's <see cref="TextField"/>, not stored) whose values the analyzer has already produced,
/// played by a <see cref="TokenReplay"/> this thread keeps. A stream made per field of every document took its
/// attributes from Lucene's factory behind one process-wide lock, and allocated its attribute state: in a profile of the
/// bulk load about 2 % of the samples (see <see cref="CodeField"/>). Fields are inverted one after another on the
/// writing thread, so one stream per thread serves them all.
/// </summary>
internal sealed class ReplayField : Field
{
    [ThreadStatic]
    private static TokenReplay? stream;

    private readonly IReadOnlyList<IReadOnlyList<AnalyzedToken>> values;
    private readonly int restFrom;

    /// <param name="restFrom">The earliest position of the second and later values (<see cref="TokenReplay"/>).</param>
    public ReplayField(string name, IReadOnlyList<IReadOnlyList<AnalyzedToken>> values, int restFrom = 0)
        : base(name, TextField.TYPE_NOT_STORED)
    {
        this.values = values;
        this.restFrom = restFrom;
    }

    public override TokenStream GetTokenStream(Analyzer analyzer) => (stream ??= new TokenReplay(Array.Empty<AnalyzedToken>())).Play(values, restFrom);
}

using Lucene.Net.Analysis;
using Lucene.Net.Documents;

namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// An indexed, unstored 32-bit number with the trie terms of Lucene's <see cref="Int32Field"/> (what numeric range
/// queries read), played by a numeric stream this thread keeps. Lucene makes a numeric stream for every such field of
/// every document, and each takes its attributes from a factory behind one process-wide lock: in a profile of the bulk
/// load the day and the year (two per document) queued there for about 3.5 % of the load's samples (as the untokenized
/// fields did, <see cref="CodeField"/>). Lucene reuses a numeric stream across documents itself, so one outliving its
/// disposal is as it expects.
/// </summary>
internal sealed class NumberField : Field
{
    [ThreadStatic]
    private static NumericTokenStream? stream;

    private readonly int value;

    public NumberField(string name, int value)
        : base(name, Int32Field.TYPE_NOT_STORED)
    {
        this.value = value;
    }

    public override TokenStream GetTokenStream(Analyzer analyzer) =>
        (stream ??= new NumericTokenStream(Int32Field.TYPE_NOT_STORED.NumericPrecisionStep)).SetInt32Value(value);
}

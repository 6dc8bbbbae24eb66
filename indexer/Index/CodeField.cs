using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;

namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// An untokenized field (as Lucene's <see cref="StringField"/>, stored or not) whose one token is played by a stream this
/// thread keeps. Lucene makes a stream of its own for every StringField of every document, and each takes its
/// attributes from a factory behind one process-wide lock: in the profile of a bulk load, the writing thread queued on
/// that lock for about 4 % of the load's CPU (a document has about ten such fields: id, cluster, codes).
/// </summary>
internal sealed class CodeField(string name, string value, bool stored = false)
    : Field(name, value, stored ? StringField.TYPE_STORED : StringField.TYPE_NOT_STORED)
{
    [ThreadStatic]
    private static OneToken? stream;

    public override TokenStream GetTokenStream(Analyzer analyzer) => (stream ??= new OneToken()).Play(GetStringValue());

    /// <summary>One term, offsets over all of it, as Lucene's own stream for an untokenized value gives it.</summary>
    private sealed class OneToken : TokenStream
    {
        private readonly ICharTermAttribute term;
        private readonly IOffsetAttribute offset;
        private string value = "";
        private bool played;

        public OneToken()
        {
            term = AddAttribute<ICharTermAttribute>();
            offset = AddAttribute<IOffsetAttribute>();
        }

        public OneToken Play(string text)
        {
            value = text;
            played = false;
            return this;
        }

        public override bool IncrementToken()
        {
            if (played)
            {
                return false;
            }

            ClearAttributes();
            term.Append(value);
            offset.SetOffset(0, value.Length);
            played = true;
            return true;
        }

        public override void End()
        {
            base.End();
            offset.SetOffset(value.Length, value.Length);
        }

        public override void Reset()
        {
            base.Reset();
            played = false;
        }

        /// <summary>Lucene disposes a field's stream after inverting it; this one lives on for the thread's next field.</summary>
        protected override void Dispose(bool disposing)
        {
        }
    }
}

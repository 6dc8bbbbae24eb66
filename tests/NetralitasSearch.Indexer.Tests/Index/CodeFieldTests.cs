using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NetralitasSearch.Indexer.Index;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace NetralitasSearch.Indexer.Tests.Index;

/// <summary>
/// <see cref="CodeField"/> indexes as Lucene's <see cref="StringField"/>: the same terms in the same documents, stored
/// when asked, over several fields and values of one document (its thread's stream plays each in turn).
/// </summary>
public sealed class CodeFieldTests
{
    private static readonly (string Field, string Value)[][] Documents =
    [
        [("id", "clickid-kompas-00001"), ("regency", "16.05"), ("regency", "16.06"), ("province", "16"), ("mode", "incident")],
        [("id", "samples/ASN Kades.html"), ("cluster", "42"), ("regency", "32.75")],
        [("id", "x"), ("regency", ""), ("violation", "kampanye-medsos"), ("violation", "kampanye-medsos")],
    ];

    [Fact]
    public void IndexesAndStoresAsAStringField()
    {
        var expected = Index((name, value, stored) => new StringField(name, value, stored ? Field.Store.YES : Field.Store.NO));
        var actual = Index((name, value, stored) => new CodeField(name, value, stored));

        Assert.Equal(expected, actual);
        Assert.Contains("regency:16.05 docs 0 freqs 1", actual);
        Assert.Contains("stored 1: samples/ASN Kades.html", actual);
    }

    /// <summary>Every term of every field with its documents and frequencies, and each document's stored id.</summary>
    private static List<string> Index(Func<string, string, bool, Field> make)
    {
        using var directory = new RAMDirectory();
        using (var writer = new Lucene.Net.Index.IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.KeywordAnalyzer())))
        {
            foreach (var fields in Documents)
            {
                var document = new LuceneDocument();
                foreach (var (field, value) in fields)
                {
                    document.Add(make(field, value, field == "id"));
                }

                writer.AddDocument(document);
            }
        }

        using var reader = DirectoryReader.Open(directory);
        var rows = PostingRows.Of(reader.Leaves.Single().AtomicReader, term => term.Utf8ToString());
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            rows.Add($"stored {doc}: {reader.Document(doc).Get("id")}");
        }

        return rows;
    }
}

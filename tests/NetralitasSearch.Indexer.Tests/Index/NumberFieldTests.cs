using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NetralitasSearch.Indexer.Index;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace NetralitasSearch.Indexer.Tests.Index;

/// <summary>
/// <see cref="NumberField"/> indexes as Lucene's <see cref="Int32Field"/>: the same trie terms in the same documents,
/// over several fields and values of one document (its thread's stream plays each in turn), so numeric ranges find the
/// same documents.
/// </summary>
public sealed class NumberFieldTests
{
    private static readonly (string Field, int Value)[][] Documents =
    [
        [("day", 739_166), ("year", 2024)],
        [("day", 737_424), ("year", 2019)],
        [("day", -1), ("year", 0)],
        [("day", 739_166), ("day", 739_167), ("year", 2024)],
        [],
    ];

    [Fact]
    public void IndexesAsAnInt32FieldAndRangesFindTheSameDocuments()
    {
        using var expected = Index((name, value) => new Int32Field(name, value, Field.Store.NO));
        using var actual = Index((name, value) => new NumberField(name, value));

        Assert.Equal(Terms(expected), Terms(actual));
        foreach (var (field, from, to) in new[] { ("day", 739_000, 739_166), ("year", 2019, 2024), ("day", -5, 0), ("year", 2025, 2030) })
        {
            var query = NumericRangeQuery.NewInt32Range(field, from, to, true, true);
            Assert.Equal(Hits(expected, query), Hits(actual, query));
        }

        Assert.Equal([0, 1, 3], Hits(actual, NumericRangeQuery.NewInt32Range("year", 2019, 2024, true, true)));
    }

    private static RAMDirectory Index(Func<string, int, Field> make)
    {
        var directory = new RAMDirectory();
        using var writer = new Lucene.Net.Index.IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.KeywordAnalyzer()));
        foreach (var fields in Documents)
        {
            var document = new LuceneDocument { new StringField("id", "x", Field.Store.NO) };
            foreach (var (field, value) in fields)
            {
                document.Add(make(field, value));
            }

            writer.AddDocument(document);
        }

        return directory;
    }

    /// <summary>Every term (as bytes: trie terms are binary) with its documents and frequencies.</summary>
    private static List<string> Terms(Lucene.Net.Store.Directory directory)
    {
        using var reader = DirectoryReader.Open(directory);
        return PostingRows.Of(reader.Leaves.Single().AtomicReader, term => Convert.ToHexString(term.Bytes, term.Offset, term.Length));
    }

    private static List<int> Hits(Lucene.Net.Store.Directory directory, Lucene.Net.Search.Query query)
    {
        using var reader = DirectoryReader.Open(directory);
        return [.. new Lucene.Net.Search.IndexSearcher(reader).Search(query, 100).ScoreDocs.Select(d => d.Doc).Order()];
    }
}

using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NetralitasSearch.Indexer.Analysis;
using NetralitasSearch.Indexer.Index;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace NetralitasSearch.Indexer.Tests.Index;

/// <summary>
/// The values of a field played as one <see cref="TokenReplay"/> index exactly as the same values added as one field
/// each (how <c>all</c> was written before): every term's frequency, positions and payloads, and the length norm.
/// </summary>
public sealed class TokenReplayTests
{
    private static readonly IndonesianAnalyzer Analyzer = IndonesianAnalyzer.Default.ForIndexing();

    [Theory]
    [InlineData("Kepala Desa Sukamaju Dukung Paslon", "MUSI RAWAS – Kepala desa Sukamaju menyatakan dukungan kepada pasangan calon bupati. Kades lain diam; kepala desa tetangga juga.")]
    [InlineData("Wali Kota Bekasi Imbau ASN", "")]
    [InlineData("", "Aparatur sipil negara diminta netral. ASN yang melanggar disanksi.")]
    [InlineData("", "")]
    public void OneStreamOfSeveralValuesIndexesAsOneFieldPerValue(string title, string body)
    {
        // The analyzer is not asked about an empty text (the documents the index gets have a title and a body).
        var titleTokens = title.Length > 0 ? Analyzer.Analyze(title) : [];
        var bodyTokens = body.Length > 0 ? Analyzer.Analyze(body) : [];
        List<Token>[] values = [bodyTokens, titleTokens, titleTokens, titleTokens, titleTokens];

        var perValue = new LuceneDocument();
        foreach (var value in values)
        {
            perValue.Add(new TextField("all", new TokenReplay(value)));
        }

        var oneStream = new LuceneDocument { new TextField("all", new TokenReplay(values)) };

        var (expected, expectedNorm) = Postings(perValue);
        var (actual, actualNorm) = Postings(oneStream);
        Assert.Equal(expected, actual);
        Assert.Equal(expectedNorm, actualNorm);
        Assert.Contains(expected, row => row.Contains(" doc 1 ", StringComparison.Ordinal) || title.Length + body.Length == 0);
    }

    /// <summary>
    /// <see cref="ReplayField"/> (one stream per thread, played again for each field of each document) indexes as a
    /// stream of its own per field; values after the first start at the position asked (the title's copies above the
    /// body) with the same frequencies and length norm.
    /// </summary>
    [Fact]
    public void AKeptStreamPlaysEachFieldAsAStreamOfItsOwn()
    {
        var body = Analyzer.Analyze("MUSI RAWAS – Kepala desa Sukamaju menyatakan dukungan kepada pasangan calon bupati. Kades lain diam.");
        var title = Analyzer.Analyze("Kepala Desa Sukamaju Dukung Paslon");
        List<Token>[] values = [body, title, title];

        foreach (var restFrom in new[] { 0, 1 << 30 })
        {
            var (expected, expectedNorm) = Postings(new LuceneDocument { new TextField("all", new TokenReplay(values, restFrom)) });

            // The thread's stream has just played other values (and a field of another name) before.
            Postings(new LuceneDocument { new ReplayField("all", [title], restFrom), new ReplayField("title", [body, title]) });
            var (actual, actualNorm) = Postings(new LuceneDocument { new ReplayField("title", [title]), new ReplayField("all", values, restFrom) });

            Assert.Equal(expected, actual);
            Assert.Equal(expectedNorm, actualNorm);
        }

        var (placed, norm) = Postings(new LuceneDocument { new ReplayField("all", values, 1 << 30) });
        var (unplaced, plainNorm) = Postings(new LuceneDocument { new ReplayField("all", values) });
        Assert.Equal(plainNorm, norm);
        Assert.Contains(placed, row => row.StartsWith("paslon doc 1 freq 2: 1073741828 ", StringComparison.Ordinal));
        Assert.Equal(unplaced.Select(r => r.Split(':')[0]), placed.Select(r => r.Split(':')[0]));
    }

    /// <summary>Every term of <c>all</c> with its frequency, positions and payloads, and the document's length norm.</summary>
    private static (List<string> Terms, long Norm) Postings(LuceneDocument document)
    {
        using var directory = new RAMDirectory();
        using (var writer = new Lucene.Net.Index.IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, Analyzer)))
        {
            // A first document with no tokens would make the norm and positions trivially equal; a real one precedes.
            writer.AddDocument(new LuceneDocument { new TextField("all", "pembuka", Field.Store.NO) });
            writer.AddDocument(document);
        }

        using var reader = DirectoryReader.Open(directory);
        var leaf = reader.Leaves.Single().AtomicReader;
        var rows = new List<string>();
        var terms = leaf.GetTerms("all")?.GetEnumerator();
        DocsAndPositionsEnum? positions = null;
        while (terms is not null && terms.MoveNext())
        {
            positions = terms.DocsAndPositions(null, positions);
            while (positions.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                var row = $"{terms.Term.Utf8ToString()} doc {positions.DocID} freq {positions.Freq}:";
                for (var k = 0; k < positions.Freq; k++)
                {
                    var at = positions.NextPosition();
                    var payload = positions.GetPayload();
                    row += $" {at}{(payload is null ? "" : "+" + payload.Bytes[payload.Offset])}";
                }

                rows.Add(row);
            }
        }

        return (rows, leaf.GetNormValues("all")?.Get(1) ?? -1);
    }
}

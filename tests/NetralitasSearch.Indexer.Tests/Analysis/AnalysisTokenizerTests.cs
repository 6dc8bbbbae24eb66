using NetralitasSearch.Indexer.Analysis;

namespace NetralitasSearch.Indexer.Tests.Analysis;

public sealed class AnalysisTokenizerTests
{
    [Theory]
    [InlineData("Nomor: 800/123/BKPSDM/2024 tentang", "Nomor|800/123/BKPSDM/2024|tentang")]
    [InlineData("UU 5/2014 dan PP 94/2021", "UU|5/2014|dan|PP|94/2021")]
    [InlineData("Senin (24/6/2024).", "Senin|24/6/2024")]
    [InlineData("masing-masing ASN", "masing-masing|ASN")]
    [InlineData("Drs. H. Ali, M.Si", "Drs|H|Ali|M|Si")]
    [InlineData("Rp1.250.000 tahun 2024.", "Rp1.250.000|tahun|2024")]
    public void KeepsCodesAndNumbersWhole(string text, string expected)
    {
        var words = AnalysisTokenizer.Split(text).Select(t => text.Substring(t.Start, t.Length));
        Assert.Equal(expected, string.Join('|', words));
    }

    [Fact]
    public void OffsetsPointIntoTheOriginalText()
    {
        const string text = "  Kepala Desa “Sukamaju”";
        foreach (var token in IndonesianAnalyzer.Default.Analyze(text))
        {
            Assert.Equal(token.Term, IndonesianAnalyzer.Default.Normalize(text.AsSpan(token.Start, token.Length)));
        }
    }

    [Fact]
    public void AnEmptyTextHasNoTermsAndADocumentWithAnEmptyTitleIsIndexed()
    {
        // Lucene.Net's string reader reads an empty text as null: the tokenizer threw on an empty title.
        Assert.Empty(IndonesianAnalyzer.Default.Analyze(""));
        Assert.Empty(IndonesianAnalyzer.Default.ForIndexing().Analyze(""));
        var folder = Directory.CreateTempSubdirectory("netralitas-empty-title-").FullName;
        try
        {
            var options = new Indexer.Index.IndexOptions(folder);
            using (var writer = Indexer.Index.IndexWriter.Open(options))
            {
                writer.Upsert(new Indexer.Documents.Document { Id = "kosong", File = "kosong.txt", Format = Indexer.Documents.DocumentFormat.Text, Title = "", Text = "Camat Sukamaju hadir dalam kampanye." });
                writer.Commit();
            }

            using var searcher = new Indexer.Index.IndexSearcher(options);
            Assert.Equal("kosong", Assert.Single(searcher.Search(new Indexer.Index.SearchRequest { Query = "camat kampanye" }).Response!.Hits).Id);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

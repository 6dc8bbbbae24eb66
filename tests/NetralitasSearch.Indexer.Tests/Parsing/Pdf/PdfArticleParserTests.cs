using System.IO.Compression;
using System.Text;
using NetralitasSearch.Indexer.Parsing;
using NetralitasSearch.Indexer.Pipeline;
using NetralitasSearch.Tests;

namespace NetralitasSearch.Indexer.Tests.Parsing.Pdf;

/// <summary>
/// A PDF that cannot be read ends as a failure with its reason, never an exception out of the pipeline, and the next file
/// is read as if nothing had happened; the named limits (pages, inflated bytes) cut or refuse with a note.
/// </summary>
public sealed class PdfArticleParserTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Fixtures, "PdfOcr");

    [Theory]
    [InlineData("bad/encrypted.pdf", ParseFailureKind.Encrypted, "The PDF is encrypted with a password")]
    [InlineData("bad/truncated.pdf", ParseFailureKind.Damaged, "The PDF is damaged and cannot be read")]
    public void ABadPdfFailsWithItsReason(string file, ParseFailureKind kind, string reason)
    {
        var result = new ArticleParser(ParsingOptions.Default).Parse(Source(file));

        Assert.False(result.IsSuccess);
        Assert.Equal(kind, result.Failure.Kind);
        Assert.StartsWith(reason, result.Failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ADeflateBombIsRefusedBeforeItIsOpened()
    {
        // The checked-in bomb unpacks to 8 MiB; with the limit at 1 MiB it is one.
        var parser = new ArticleParser(ParsingOptions.Default with { MaxPdfInflatedBytes = 1024 * 1024 });

        var result = parser.Parse(Source("bad/deflate-bomb.pdf"));

        Assert.Equal(ParseFailureKind.LimitExceeded, result.Failure?.Kind);
        Assert.Equal("The PDF's compressed streams unpack to more than 1,048,576 bytes (a zip bomb, or far too large to read); it was not opened.", result.Failure!.Reason);
    }

    [Fact]
    public void ADeflateBombPastTheDefaultLimitIsRefusedWithoutBeingUnpackedInMemory()
    {
        var bomb = DeflateBomb(300L * 1024 * 1024);
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var result = new ArticleParser(ParsingOptions.Default).Parse(new SourceFile("bom.pdf", bomb));

        Assert.Equal(ParseFailureKind.LimitExceeded, result.Failure?.Kind);
        Assert.Contains("268,435,456 bytes", result.Failure!.Reason, StringComparison.Ordinal);
        Assert.True(GC.GetTotalAllocatedBytes(precise: true) - before < 64L * 1024 * 1024, "the bomb was held in memory");
    }

    [Fact]
    public void BadPdfsBlockNothing()
    {
        var pipeline = DocumentPipeline.Create();
        var results = new[] { "bad/encrypted.pdf", "bad/truncated.pdf", "bad/deflate-bomb.pdf", "batanghari-se-netralitas.pdf" }
            .Select(file => pipeline.Process(Source(file), DocumentOrigin.ForFile(file)))
            .ToList();

        Assert.All(results.Take(3), result => Assert.False(result.IsSuccess));
        Assert.True(results[3].IsSuccess);
        Assert.Equal("800.1.4/1871/BKPSDM/2024", results[3].Document!.Circular?.Number);
        Assert.Equal(Documents.DocumentFormat.Pdf, results[3].Document!.Format);
        Assert.Null(results[3].Document!.Ocr);
    }

    [Fact]
    public void PagesPastThePageLimitAreLeftOutAndTheNotesSaySo()
    {
        var parser = new ArticleParser(ParsingOptions.Default with { MaxPdfPages = 1 });

        var result = parser.Parse(Source("muratara-se-media-sosial.pdf"));

        Assert.True(result.IsSuccess);
        Assert.Contains("The PDF has 2 pages; only the first 1 were read.", result.Article.Notes);
        Assert.DoesNotContain("HENDRA SAPUTRA", result.Article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void RunningHeadsAndPageNumbersAreNotText()
    {
        var result = new ArticleParser(ParsingOptions.Default).Parse(Source("muratara-se-media-sosial.pdf"));

        Assert.True(result.IsSuccess);
        Assert.DoesNotContain("Halaman", result.Article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Surat Edaran Nomor 800/412/Bkpsdm/2024", result.Article.Text, StringComparison.Ordinal);
        Assert.Contains("NOMOR: 800/412/BKPSDM/2024", result.Article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void WordsHyphenatedAcrossLinesAreJoinedAndReduplicationsKeepTheirHyphen()
    {
        // Chromium broke "pertemuan" and "keterangan" at a line end, and "masing-masing" at its own hyphen.
        var result = new ArticleParser(ParsingOptions.Default).Parse(Source("batanghari-se-netralitas.pdf"));

        Assert.True(result.IsSuccess);
        Assert.Contains("masa kampanye meliputi pertemuan,ajakan", result.Article.Text, StringComparison.Ordinal);
        Assert.Contains("atau surat keterangan penduduk.", result.Article.Text, StringComparison.Ordinal);
        Assert.Contains("di bawah dinas masing-masing untuk dipahami", result.Article.Text, StringComparison.Ordinal);
    }

    private static SourceFile Source(string file)
    {
        var path = Path.Combine(Folder, file);
        return new SourceFile(path, File.ReadAllBytes(path));
    }

    /// <summary>A one-page PDF whose content stream deflates <paramref name="inflated"/> bytes of spaces into a few hundred KB.</summary>
    private static byte[] DeflateBomb(long inflated)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var block = new byte[1024 * 1024];
            Array.Fill(block, (byte)' ');
            for (long written = 0; written < inflated; written += block.Length)
            {
                zlib.Write(block);
            }
        }

        var head = Encoding.ASCII.GetBytes($"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n4 0 obj\n<< /Length {compressed.Length} /Filter /FlateDecode >>\nstream\n");
        var tail = Encoding.ASCII.GetBytes("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
        return [.. head, .. compressed.ToArray(), .. tail];
    }
}

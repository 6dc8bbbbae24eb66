using System.IO.Compression;
using System.Text;
using NetralitasSearch.Indexer.Parsing;
using NetralitasSearch.Indexer.Parsing.Ocr;
using NetralitasSearch.Indexer.Parsing.Pdf;

namespace NetralitasSearch.Indexer.Tests.Parsing.Pdf;

/// <summary>The layout rules shared by PDF text layers and OCR, on lines laid out by hand.</summary>
public sealed class PageLayoutTests
{
    private const double Right = 500;

    [Fact]
    public void AWrappedLineGoesOnTheLineBeforeAndACentredOneDoesNot()
    {
        var page = Page(
            Line("PEMERINTAH KABUPATEN CONTOH", 150, 350, 0),
            Line("SEKRETARIAT DAERAH", 190, 310, 14),
            Line("Dalam rangka menjaga netralitas aparatur sipil negara selama tahapan", 0, 498, 40),
            Line("pemilihan, disampaikan hal berikut:", 0, 230, 54),
            Line("1. Pegawai dilarang hadir dalam kampanye.", 0, 260, 68));

        var paragraphs = ParagraphAssembler.Assemble([page]);

        Assert.Equal(
            ["PEMERINTAH KABUPATEN CONTOH", "SEKRETARIAT DAERAH", "Dalam rangka menjaga netralitas aparatur sipil negara selama tahapan pemilihan, disampaikan hal berikut:", "1. Pegawai dilarang hadir dalam kampanye."],
            paragraphs);
    }

    [Theory]
    [InlineData("penyelenggara-", "an pemilu berjalan.", "penyelenggaraan pemilu berjalan.")]
    [InlineData("unit kerja masing-", "masing wajib melapor.", "unit kerja masing-masing wajib melapor.")]
    [InlineData("memba\u2010", "gikan unggahan.", "membagikan unggahan.")]
    [InlineData("pegawai non-", "ASN wajib netral.", "pegawai non-ASN wajib netral.")]
    public void AWordHyphenatedAcrossLinesIsJoined(string first, string second, string joined)
    {
        var page = Page(Line(first, 0, 300, 0), Line(second, 0, 200, 14));

        Assert.Equal([joined], ParagraphAssembler.Assemble([page]));
    }

    [Fact]
    public void AWiderGapThanUsualStartsAParagraph()
    {
        var page = Page(
            Line("satu baris yang panjang sekali sampai ke tepi kanan halaman ini", 0, 499, 0),
            Line("dua baris yang panjang sekali sampai ke tepi kanan halaman ini", 0, 499, 14),
            Line("tiga", 0, 40, 28),
            Line("empat baris yang panjang sekali sampai ke tepi kanan halaman", 0, 499, 60));

        Assert.Equal(2, ParagraphAssembler.Assemble([page]).Count);
    }

    [Fact]
    public void RunningHeadsAndPageNumbersRepeatedOnEveryPageAreRemoved()
    {
        var pages = Enumerable.Range(1, 3).Select(number => Page(
            number,
            Line($"Surat Edaran Nomor 800/{number}/2024", 100, 400, 0),
            Line($"Isi halaman {number} yang berbeda dari halaman lain: {new string('x', number * 3)}", 0, 480, 30),
            Line($"Halaman {number} dari 3", 200, 300, 700))).ToList();

        var kept = PageFurniture.Remove(pages);

        Assert.All(kept, page => Assert.Equal([$"Isi halaman {page.Number} yang berbeda dari halaman lain: {new string('x', page.Number * 3)}"], page.Lines.Select(line => line.Text)));
    }

    [Fact]
    public void APageNumberAloneIsRemovedEvenOnASinglePage()
    {
        var kept = PageFurniture.Remove([Page(Line("Isi surat.", 0, 100, 0), Line("- 1 -", 240, 260, 700))]);

        Assert.Equal(["Isi surat."], kept.Single().Lines.Select(line => line.Text));
    }

    [Fact]
    public void TesseractTsvBecomesLinesWithConfidencesAndDropsSpecks()
    {
        const string tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
            + "1\t1\t0\t0\t0\t0\t0\t0\t1240\t1754\t-1\t\n"
            + "5\t1\t1\t1\t1\t1\t100\t100\t80\t20\t96.5\tSURAT\n"
            + "5\t1\t1\t1\t1\t2\t190\t100\t90\t20\t95.1\tEDARAN\n"
            + "5\t1\t1\t1\t1\t3\t300\t102\t6\t6\t81.0\t:\n"
            + "5\t1\t1\t1\t2\t1\t100\t130\t70\t20\t41.2\tNomor\n"
            + "5\t1\t1\t1\t2\t2\t180\t130\t5\t5\t20.0\t—\n";

        var page = TesseractReader.Parse(tsv, pageNumber: 1);

        Assert.Equal((1240, 1754), (page.Width, page.Height));
        Assert.Equal(["SURAT EDARAN", "Nomor"], page.Lines.Lines.Select(line => line.Text));
        Assert.Equal([96.5, 95.1, 41.2], page.Words.Select(word => word.Confidence));
    }

    [Fact]
    public void ImageSizesAreReadFromPngAndJpegHeaders()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 0x04, 0xD8, 0, 0, 0x06, 0xDA];
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0, 0, 0xFF, 0xC0, 0, 11, 8, 0x06, 0xDA, 0x04, 0xD8, 1, 0, 0, 0];

        Assert.Equal((1240, 1754), ImageSize.Read(png));
        Assert.Equal((1240, 1754), ImageSize.Read(jpeg));
        Assert.Null(ImageSize.Read(jpeg[..6]));
    }

    [Fact]
    public void TheStreamGuardCountsWhatDeflateStreamsUnpackToAndStopsPastTheLimit()
    {
        var pdf = Pdf(Deflate(new byte[200_000]), Deflate(new byte[50_000]));

        Assert.Equal(250_000, PdfStreamGuard.InflatedBytes(pdf, limit: 1_000_000));
        Assert.InRange(PdfStreamGuard.InflatedBytes(pdf, limit: 100_000), 100_001, 200_000);
    }

    [Fact]
    public void ACapitalSubjectSetOverSeveralLinesIsReadWhole()
    {
        var circular = CircularReader.Read(
        [
            "BUPATI CONTOH", "SURAT EDARAN", "NOMOR: 800/1/2024", "TENTANG", "NETRALITAS APARATUR SIPIL NEGARA", "DALAM PEMILIHAN TAHUN 2024",
            "Yth. Para Camat", "1. Pegawai dilarang berkampanye.", "Ditetapkan di Contoh pada tanggal 2 September 2024",
        ]);

        Assert.Equal("NETRALITAS APARATUR SIPIL NEGARA DALAM PEMILIHAN TAHUN 2024", circular?.Subject);
    }

    private static PageLine Line(string text, double left, double right, double top)
    {
        var words = text.Split(' ');
        var width = (right - left) / Math.Max(1, text.Length);
        var at = left;
        var lineWords = new List<LineWord>();
        foreach (var word in words)
        {
            lineWords.Add(new LineWord(word, at, at + (word.Length * width)));
            at += (word.Length + 1) * width;
        }

        return new PageLine(lineWords, left, right, top, top + 10);
    }

    private static PageLines Page(params PageLine[] lines) => Page(1, lines);

    private static PageLines Page(int number, params PageLine[] lines) => new(number, lines, Right + 100, 800);

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    private static byte[] Pdf(params byte[][] streams)
    {
        var pdf = new List<byte>(Encoding.ASCII.GetBytes("%PDF-1.7\n"));
        for (var i = 0; i < streams.Length; i++)
        {
            pdf.AddRange(Encoding.ASCII.GetBytes($"{i + 1} 0 obj\n<< /Length {streams[i].Length} /Filter /FlateDecode >>\nstream\n"));
            pdf.AddRange(streams[i]);
            pdf.AddRange(Encoding.ASCII.GetBytes("\nendstream\nendobj\n"));
        }

        return [.. pdf];
    }
}

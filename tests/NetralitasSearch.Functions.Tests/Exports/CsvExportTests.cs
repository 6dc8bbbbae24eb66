using System.Text;
using NetralitasSearch.Functions.Exports;
using NetralitasSearch.Functions.Tests.Infrastructure;
using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Functions.Tests.Exports;

public sealed class CsvExportTests
{
    [Theory]
    [InlineData("Kades dukung paslon", "Kades dukung paslon")]
    [InlineData("Kades, Lurah dan Camat", "\"Kades, Lurah dan Camat\"")]
    [InlineData("Disebut \"tim sukses\"", "\"Disebut \"\"tim sukses\"\"\"")]
    [InlineData("baris satu\nbaris dua", "\"baris satu\nbaris dua\"")]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+62 812", "'+62 812")]
    [InlineData("-1+1", "'-1+1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void CellsAreQuotedAsRfc4180AndFormulasMadeInert(string? value, string expected)
    {
        Assert.Equal(expected, CsvExport.Cell(value));
    }

    [Fact]
    public void WritesABomAHeaderAndOneRowPerDocumentWithJoinedEntities()
    {
        var row = new ExportRow("abc", "Judul, dengan koma", new DateOnly(2024, 10, 8), "Kabar Mura", "https://kabarmura.example/a", ["Musi Rawas", "Kota Lubuklinggau"], ["Sumatera Selatan"],
            [new PersonEntity("Ahmad Fauzi", "Kepala Desa Sukamaju"), new PersonEntity("Rudi Hartono", null)], ["social-media"], "ui/a.html", "7");

        var bytes = CsvExport.Write([row]);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var rows = CsvReader.Parse(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(CsvExport.Columns, rows[0]);
        Assert.Equal(["abc", "Judul, dengan koma", "2024-10-08", "Kabar Mura", "https://kabarmura.example/a", "Musi Rawas; Kota Lubuklinggau", "Sumatera Selatan", "Ahmad Fauzi (Kepala Desa Sukamaju); Rudi Hartono", "social-media", "ui/a.html"], rows[1]);
        Assert.Equal(2, rows.Count);
        Assert.EndsWith("\r\n", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }
}

using NetralitasSearch.Indexer.Parsing;

namespace NetralitasSearch.Indexer.Tests.Parsing;

public sealed class DatelineReaderTests
{
    private static readonly string[] Pieces =
    [
        "JAKARTA", "MUSI RAWAS", "Musi Rawas", "KABARSUMSEL.COM", "LamanQu.id", "(ANTARA)", "Palembang", "OKU", "MT", "Presiden",
        "mengatakan", "bahwa", "pemerintah", "Sumatera Selatan", "12", "d'Arc", "Ma’ruf", ",", ", ", " ", "  ", "-", "–", "—", ".", ":",
        "\t", "\"", "é", "É", "/", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    ];

    [Theory]
    [InlineData("MUSI RAWAS, KABARSUMSEL.COM – Kepala desa", "Musi Rawas", "KABARSUMSEL.COM")]
    [InlineData("TRIBUNSUMSEL.COM, PALEMBANG - Bawaslu", "PALEMBANG", "TRIBUNSUMSEL.COM")]
    [InlineData("Palembang (ANTARA) - Bawaslu", "Palembang", "ANTARA")]
    public void ReadsThePlaceAndOutletOfADateline(string paragraph, string place, string outlet)
    {
        var dateline = DatelineReader.Read(paragraph);
        Assert.NotNull(dateline);
        Assert.Contains(dateline.Places, p => p.Equals(place, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(outlet, dateline.Outlet);
    }

    [Theory]
    [InlineData("JAKARTA—Presiden meminta ASN netral.", "JAKARTA", 8)]
    [InlineData("TEMPO.CO, Jakarta- Bambang Soesatyo tak bersemangat.", "Jakarta", 19)]
    [InlineData("YOKOHAMA -Produsen Nissan memperlihatkan desain baru.", "YOKOHAMA", 10)]
    [InlineData("KOTA BOGOR -- Mayor Caucus 2019 digelar di Bogor.", "KOTA BOGOR", 14)]
    [InlineData("OKU,- Ratusan massa mendatangi kantor bupati.", "OKU", 6)]
    public void TheDatelineEndsAtItsDash(string paragraph, string place, int length)
    {
        var dateline = DatelineReader.Read(paragraph);
        Assert.NotNull(dateline);
        Assert.Equal(place, Assert.Single(dateline.Places));
        Assert.Equal(length, dateline.Length);
    }

    [Theory]
    [InlineData("Status Pegawai KPK Jadi ASN, Ini Kata Menpan-RB")]
    [InlineData("Gara-gara kabut asap, Garuda membatalkan 15 penerbangan hingga 19 September.")]
    [InlineData("Timnas Indonesia U-16 memetik kemenangan besar pada matchday kedua.")]
    [InlineData("Barcelona Menang Telak 5-2 atas Valencia")]
    [InlineData("DPR Periode 2019–2024 Telah Dilantik")]
    public void AHyphenInsideAWordIsNoDateline(string paragraph) => Assert.Null(DatelineReader.Read(paragraph));

    [Fact]
    public void TheQuickCheckNeverRulesOutWhatThePatternMatches()
    {
        var random = new Random(7);
        var matched = 0;
        for (var i = 0; i < 50_000; i++)
        {
            var head = string.Concat(Enumerable.Range(0, random.Next(1, 14)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            head = head.Length > 120 ? head[..120] : head;
            if (DatelineReader.Dashed().IsMatch(head))
            {
                matched++;
                Assert.True(DatelineReader.CouldBeDashed(head), head);
            }
        }

        Assert.True(matched > 1000, $"only {matched} generated openings were datelines");
    }
}

using System.Globalization;
using System.Text;
using NetralitasSearch.Indexer.Parsing;
using NetralitasSearch.Indexer.Parsing.Dates;

namespace NetralitasSearch.Indexer.Tests.Parsing;

/// <summary>
/// A publication date must be plausible for the document: not after the time of ingestion, not a placeholder, not
/// decades before the years its text reports. The next source is tried; with none left the document is undated and its
/// notes say why. The time of ingestion comes from the clock in <see cref="ParsingOptions.Clock"/>.
/// </summary>
public sealed class PublicationDateTests
{
    private const string Ingested = "2024-11-20T03:00:00Z";

    private const string Body =
        "<p>MUSI RAWAS – Para veteran yang ikut perang 1967 berkumpul di aula kantor bupati, Senin (14/10/2024). Bupati meminta seluruh ASN menjaga netralitas menjelang Pilkada 27 November 2024.</p>" +
        "<p>Ketua Bawaslu Musi Rawas mengatakan pengawasan netralitas ASN diperketat sejak tahapan kampanye dimulai pada 25 September 2024.</p>";

    [Theory]
    [InlineData("<div class=\"timeline\">5 Juni 1967</div>", "2024-10-14", "The date 1967-06-05 (shown on the page beside the article) was not taken as the publication date: it is 57 years before the time the text reports (the years it writes centre on 2024).")]
    [InlineData("<meta property=\"article:published_time\" content=\"1967-06-05T08:00:00+07:00\">", "2024-10-14", "The date 1967-06-05 (from the page's metadata) was not taken as the publication date: it is 57 years before the time the text reports (the years it writes centre on 2024).")]
    [InlineData("<meta property=\"article:published_time\" content=\"2031-10-14T08:00:00+07:00\">", "2024-10-14", "The date 2031-10-14 (from the page's metadata) was not taken as the publication date: it is after the day the file was read (2024-11-20).")]
    [InlineData("<meta property=\"article:published_time\" content=\"1970-01-01T00:00:00Z\">", "2024-10-14", "The date 1970-01-01 (from the page's metadata) was not taken as the publication date: it is a placeholder date that publishing systems write when they have none.")]
    [InlineData("<meta property=\"article:published_time\" content=\"2024-10-15T09:30:00+07:00\">", "2024-10-15", null)]
    public void AnImplausibleDateGivesWayToTheNextSource(string dateMarkup, string expected, string? note)
    {
        var page = $"<html><head><title>Veteran Diminta Ikut Jaga Netralitas ASN</title>{(dateMarkup.StartsWith("<meta", StringComparison.Ordinal) ? dateMarkup : "")}</head>" +
            $"<body><h1>Veteran Diminta Ikut Jaga Netralitas ASN</h1>{(dateMarkup.StartsWith("<div", StringComparison.Ordinal) ? dateMarkup : "")}<article>{Body}</article></body></html>";

        var article = Parse("veteran.html", page);

        Assert.Equal(Date(expected), article.Published);
        if (note is null)
        {
            Assert.Empty(article.Notes);
        }
        else
        {
            Assert.Equal([note], article.Notes);
        }
    }

    [Theory]
    [InlineData("Diterbitkan 5 Juni 1967", null, "The date 1967-06-05 (from a date line at the top of the text) was not taken as the publication date: it is 57 years before the time the text reports (the years it writes centre on 2024).")]
    [InlineData("Diterbitkan 14 Oktober 2099", null, "The date 2099-10-14 (from a date line at the top of the text) was not taken as the publication date: it is after the day the file was read (2024-11-20).")]
    [InlineData("Diterbitkan 14 Oktober 2024", "2024-10-14", null)]
    [InlineData("Selasa, 15 Okt 2024", "2024-10-15", null)]
    [InlineData("Kamis, 14 November 2024 10:15 WIB", "2024-11-14", null)]
    public void ATextWithOnlyAnImplausibleDateIsUndatedAndSaysWhy(string stamp, string? expected, string? note)
    {
        var text = $"Veteran Diminta Ikut Jaga Netralitas ASN\n\n{stamp}\n\nPara veteran yang ikut perang 1967 berkumpul di aula kantor bupati. Bupati meminta ASN netral menjelang Pilkada 2024 pada 27 November 2024.\n";

        var article = Parse("veteran.txt", text);

        Assert.Equal(expected is null ? null : Date(expected), article.Published);
        if (note is null)
        {
            Assert.Empty(article.Notes);
        }
        else
        {
            Assert.Equal([note, "No plausible publication date was found: the document is undated."], article.Notes);
        }
    }

    [Fact]
    public void AnArticleAboutHistoryKeepsItsOwnDate()
    {
        var text = "Mengenang Perang 1967 di Musi Rawas\n\nDiterbitkan 14 Oktober 2024\n\n" +
            "Pada 1965 dan 1966 desa-desa di hulu Musi sudah bergolak. Pertempuran besar pecah pada 5 Juni 1967, dan baru pada 1968 keadaan pulih. Para saksi yang masih hidup menceritakannya kembali pekan ini.\n";

        var article = Parse("sejarah.txt", text);

        Assert.Equal(new DateOnly(2024, 10, 14), article.Published);
        Assert.Empty(article.Notes);
    }

    [Theory]
    [InlineData("Para veteran perang 1967 berkumpul di aula kantor bupati menjelang Pilkada 2024.")]
    [InlineData("Tahun 2024 menjadi tahun politik; ASN diminta netral sejak 2023.")]
    public void ABareYearIsNeverAPublicationDate(string paragraph)
    {
        var article = Parse("tahun.txt", $"Veteran Diminta Netral\n\n{paragraph}\n");

        Assert.Null(article.Published);
        Assert.Empty(article.Notes);
    }

    [Theory]
    [InlineData("2024-10-13T16:30:00Z", "2024-10-14T08:00:00+09:00", "2024-10-14")]
    [InlineData("2024-10-13T14:30:00Z", "2024-10-14T08:00:00+09:00", null)]
    public void TheDayOfIngestionIsTheLatestDayInIndonesia(string now, string stamp, string? expected)
    {
        var page = $"<html><head><title>Judul Berita Netralitas ASN</title><meta property=\"article:published_time\" content=\"{stamp}\"></head><body><article><p>Bupati meminta ASN menjaga netralitas menjelang pemungutan suara pilkada serentak.</p></article></body></html>";

        var article = Parse("jam.html", page, now);

        Assert.Equal(expected is null ? null : Date(expected), article.Published);
    }

    [Theory]
    [InlineData("perang 1967 dan Pilkada 2024 pada 27 November 2024", 2026, 2024, 3)]
    [InlineData("Rp 2.019.000 untuk 1.967 orang, pukul 20.19", 2026, null, 0)]
    [InlineData("Visi Indonesia Emas 2045 dan RPJMD 2021-2026", 2026, 2021, 2)]
    [InlineData("Senin (14/10/2024) dan 2024-10-15", 2026, 2024, 2)]
    [InlineData("tahun 2000an dan 1967,5 persen", 2026, null, 0)]
    public void TheYearsATextReportsAreItsWrittenYearsUpToTheReadingYear(string text, int latestYear, int? median, int count)
    {
        var years = ReportedYears.In([text], latestYear);

        Assert.Equal(count, years.Count);
        Assert.Equal(median, years.Median);
    }

    [Theory]
    [InlineData("Diterbitkan 5 Juni 1967. Perang 1967 dan Pilkada 2024 pada 27 November 2024", 1967, 2024)]
    [InlineData("Senin (14/10/2024), perang 1967", 2024, 1967)]
    [InlineData("Pilkada 2024", 1967, 2024)]
    [InlineData("Pilkada 2024", 2024, null)]
    public void ADateReadFromTheTextIsNotEvidenceForItself(string text, int own, int? median) =>
        Assert.Equal(median, ReportedYears.In([text], 2026).MedianWithout(own));

    private static ParsedArticle Parse(string name, string content, string now = Ingested)
    {
        var parser = new ArticleParser(ParsingOptions.Default with { Clock = FixedClock.At(now) });
        var result = parser.Parse(new SourceFile(name, Encoding.UTF8.GetBytes(content)));
        Assert.True(result.IsSuccess, result.Failure?.Reason);
        return result.Article;
    }

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

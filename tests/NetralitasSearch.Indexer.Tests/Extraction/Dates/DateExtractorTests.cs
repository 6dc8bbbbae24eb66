using System.Globalization;
using NetralitasSearch.Indexer.Extraction;
using NetralitasSearch.Indexer.Extraction.Dates;

namespace NetralitasSearch.Indexer.Tests.Extraction.Dates;

/// <summary>The date extractor on sentences in the forms of the development sets' articles (the first row is Real16's
/// tempo-01584): written dates, ranges and the year of a date written without one.</summary>
public sealed class DateExtractorTests
{
    [Theory]
    // A range without a year that starts on the publication day is in the publication's year, even when a later full
    // date of another year is nearer ("3 Oktober 2020" of the final round).
    [InlineData("2019-09-14", "Kualifikasi Piala AFC U-16 yang akan digelar di Jakarta, mulai Sabtu ini, 14 September hingga 22 September mendatang. Namun tanggal pelaksanaan putaran final sudah ditetapkan, yakni 16 September hingga 3 Oktober 2020.",
        "2019-09-14 2019-09-15 2019-09-16 2019-09-17 2019-09-18 2019-09-19 2019-09-20 2019-09-21 2019-09-22 2020-09-16 2020-09-17 2020-09-18 2020-09-19 2020-09-20 2020-09-21 2020-09-22 2020-09-23 2020-09-24 2020-09-25 2020-09-26 2020-09-27 2020-09-28 2020-09-29 2020-09-30 2020-10-01 2020-10-02 2020-10-03")]
    // A day and month without a year take the year of the same day written in full elsewhere.
    [InlineData("2019-09-20", "Sidang digelar pada 12 September 2019. Putusan dibacakan pada 12 September di Pengadilan Negeri.", "2019-09-12")]
    // Else the nearest full date's year.
    [InlineData("2019-09-20", "Turnamen berlangsung 5 Januari 2020 dan final pada 19 Januari mendatang.", "2020-01-05 2020-01-19")]
    // Day-first numeric dates and a range inside one month with the year.
    [InlineData("2019-09-20", "Kegiatan itu, Senin (16/9/2019), dilanjutkan 21-23 September 2019.", "2019-09-16 2019-09-21 2019-09-22 2019-09-23")]
    // A year-less abbreviated month alone is not a date ("9 Des" is too risky); a range longer than a month is a period,
    // not expanded: only its two ends are dates.
    [InlineData("2019-09-20", "Diskon 9 Des hanya untuk anggota. Pendaftaran dibuka 1 Januari hingga 28 Februari 2020.", "2020-01-01 2020-02-28")]
    public void FindsTheDatesOfRealSentences(string published, string text, string expected)
    {
        var entities = new ExtractedEntities();
        new DateExtractor().Extract(new ExtractionContext("", text, DateOnly.Parse(published, CultureInfo.InvariantCulture)), entities);

        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries), entities.Dates.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void TheEventDateIsTheFirstDateWrittenWithItsDayName()
    {
        var entities = new ExtractedEntities();
        new DateExtractor().Extract(new ExtractionContext("", "Undang-undang itu disahkan 17 Agustus 2019. Bawaslu memanggil camat itu, Rabu (18/9/2019), di kantornya.", new DateOnly(2019, 9, 19)), entities);

        Assert.Equal(new DateOnly(2019, 9, 18), entities.EventDate);
    }
}

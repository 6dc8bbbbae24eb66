using NetralitasSearch.Indexer.Parsing;

namespace NetralitasSearch.Indexer.Tests.Parsing;

public sealed class PublishedDateReaderTests
{
    [Theory]
    [InlineData("Senin, 24 Juni 2024 10:15 WIB", "2024-06-24")]
    [InlineData("Kompas.com - 24/06/2024, 10:15 WIB", "2024-06-24")]
    [InlineData("Kamis (12/9/2024)", "2024-09-12")]
    [InlineData("2024-10-08", "2024-10-08")]
    [InlineData("2024/03/14 10:05:00", "2024-03-14")]
    [InlineData("Diunggah 2024.03.14", "2024-03-14")]
    [InlineData("Nov 9, 2022", "2022-11-09")]
    [InlineData("Published November 9 2022 · 4 min read", "2022-11-09")]
    [InlineData("Oct. 31, 2024, 07:30 WIT", "2024-10-31")]
    [InlineData("Pasal 9, 2022 lalu, lalu 9 Nov 2022", "2022-11-09")]
    public void AVisibleDateIsReadInTheFormsPagesPrintIt(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), PublishedDateReader.FromVisibleText(text));

    [Theory]
    [InlineData("2024/03-14")]
    [InlineData("Nomor 800/123/2024")]
    [InlineData("Pasal 70 ayat 1, 2024")]
    [InlineData("Feb 30, 2024")]
    [InlineData("2024/13/01")]
    public void TextThatIsNoDateGivesNone(string text) => Assert.Null(PublishedDateReader.FromVisibleText(text));

    [Theory]
    [InlineData("2024-11-16T00:15:00+07:00", "2024-11-16")]
    [InlineData("2024-11-15T17:15:00Z", "2024-11-16")]
    [InlineData("2024/03/14 10:05:00", "2024-03-14")]
    public void AMachineValueIsReadAsThePageShowsIt(string value, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), PublishedDateReader.FromMachineValue(value));
}

using Microsoft.Extensions.Configuration;
using NetralitasSearch.Functions.Scraping;

namespace NetralitasSearch.Functions.Tests.Scraping;

public sealed class ScraperOptionsTests
{
    private static ScraperOptions Read(params (string Key, string Value)[] settings) =>
        ScraperOptions.Read(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build());

    [Fact]
    public void HostJsonGivesDefaultsAndSettingsOverrideThem()
    {
        var options = Read(
            ("AzureFunctionsJobHost:scraper:pollFeedsSchedule", "00:30:00"),
            ("AzureFunctionsJobHost:scraper:perHostDelay", "00:00:02"),
            ("Scraper:PerHostDelay", "00:00:00.050"),
            ("Scraper:MaxBytes", "262144"));

        Assert.Equal("00:30:00", options.PollFeedsSchedule);
        Assert.Equal(TimeSpan.FromMilliseconds(50), options.PerHostDelay);
        Assert.Equal(262144, options.MaxBytes);
        Assert.Equal(5, options.MaxRedirects);
    }

    [Fact]
    public void PrivateAddressesAreOffUnlessTheSettingTurnsThemOn()
    {
        Assert.False(Read().AllowPrivateAddresses);
        Assert.False(Read(("AzureFunctionsJobHost:scraper:allowPrivateAddresses", "true")).AllowPrivateAddresses);
        Assert.True(Read(("Scraper:AllowPrivateAddresses", "true")).AllowPrivateAddresses);
    }

    [Theory]
    [InlineData("Scraper:Timeout", "00:00:00")]
    [InlineData("Scraper:MaxRedirects", "-1")]
    [InlineData("Scraper:MaxBytes", "10")]
    [InlineData("Scraper:UserAgent", " ")]
    public void NonsensicalValuesStopTheHostAtStart(string key, string value)
    {
        Assert.ThrowsAny<ArgumentException>(() => Read((key, value)));
    }

    [Fact]
    public void RobotsGroupsAreMatchedAgainstTheProductToken()
    {
        Assert.Equal("NetralitasSearch", new ScraperOptions().ProductToken);
    }
}

using NetralitasSearch.Functions.Triggers;

namespace NetralitasSearch.Functions.Tests.Triggers;

/// <summary>Timer schedules as the Functions host reads them: an interval, or six-field CRON with seconds, in UTC.</summary>
public sealed class TimerScheduleTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 6, 12, 0, 30, TimeSpan.Zero);

    [Theory]
    [InlineData("00:00:01", "2026-12-06T12:00:31Z", 1)]
    [InlineData("00:15:00", "2026-12-06T12:15:30Z", 900)]
    [InlineData("0 * * * * *", "2026-12-06T12:01:00Z", 60)]
    [InlineData("0 */15 * * * *", "2026-12-06T12:15:00Z", 900)]
    [InlineData("*/10 * * * * *", "2026-12-06T12:00:40Z", 10)]
    public void ASchedulesNextOccurrenceAndIntervalAreThoseItsTextSays(string text, string next, int seconds)
    {
        var schedule = TimerSchedule.Parse(text, "Test:Schedule");

        Assert.Equal(DateTimeOffset.Parse(next, System.Globalization.CultureInfo.InvariantCulture), schedule.Next(Noon));
        Assert.Equal(TimeSpan.FromSeconds(seconds), schedule.Interval(Noon));
    }

    [Theory]
    [InlineData("")]
    [InlineData("00:00:00")]
    [InlineData("-00:00:05")]
    [InlineData("* * * * *")]
    [InlineData("0 */15 * * * * *")]
    [InlineData("every minute")]
    [InlineData("61 * * * * *")]
    public void AnythingElseIsRefusedNamingTheSetting(string text)
    {
        var refused = Assert.Throws<FormatException>(() => TimerSchedule.Parse(text, "Test:Schedule"));

        Assert.StartsWith("Test:Schedule", refused.Message, StringComparison.Ordinal);
    }
}

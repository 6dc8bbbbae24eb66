using System.Globalization;
using NCrontab;

namespace NetralitasSearch.Functions.Triggers;

/// <summary>
/// A TimerTrigger schedule as the Functions host reads one: a six-field CRON expression with seconds
/// (<c>0 */5 * * * *</c>, the only form Flex Consumption takes) or an interval written as a TimeSpan
/// (<c>00:00:01</c>, App Service plans and the local runner). Times are UTC.
/// </summary>
public sealed class TimerSchedule
{
    private readonly CrontabSchedule? cron;
    private readonly TimeSpan interval;

    private TimerSchedule(string text, CrontabSchedule? cron, TimeSpan interval)
    {
        Text = text;
        this.cron = cron;
        this.interval = interval;
    }

    public string Text { get; }

    /// <summary>The schedule; throws <see cref="FormatException"/> with a plain message when it is neither form.</summary>
    public static TimerSchedule Parse(string? text, string setting)
    {
        var value = text?.Trim() ?? "";
        if (TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var span) && value.Contains(':', StringComparison.Ordinal))
        {
            return span > TimeSpan.Zero
                ? new TimerSchedule(value, null, span)
                : throw new FormatException($"{setting} '{value}' is not a positive interval.");
        }

        if (value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6
            && CrontabSchedule.TryParse(value, new CrontabSchedule.ParseOptions { IncludingSeconds = true }) is { } parsed)
        {
            return new TimerSchedule(value, parsed, TimeSpan.Zero);
        }

        throw new FormatException($"{setting} '{value}' is neither an interval (hh:mm:ss) nor a six-field CRON expression with seconds ('0 */5 * * * *').");
    }

    /// <summary>The first occurrence after <paramref name="after"/>.</summary>
    public DateTimeOffset Next(DateTimeOffset after) => cron is null
        ? after + interval
        : new DateTimeOffset(cron.GetNextOccurrence(after.UtcDateTime), TimeSpan.Zero);

    /// <summary>The time between two occurrences (for CRON, the two after <paramref name="from"/>).</summary>
    public TimeSpan Interval(DateTimeOffset from)
    {
        var first = Next(from);
        return Next(first) - first;
    }

    public override string ToString() => Text;
}

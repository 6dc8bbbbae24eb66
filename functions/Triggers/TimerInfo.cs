namespace NetralitasSearch.Functions.Triggers;

/// <param name="IsPastDue">The previous run took longer than the schedule's interval.</param>
public sealed record TimerInfo(DateTimeOffset ScheduledAt, bool IsPastDue);

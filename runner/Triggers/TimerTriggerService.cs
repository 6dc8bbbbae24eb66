using NetralitasSearch.Functions.Triggers;
using WorkerTimerInfo = Microsoft.Azure.Functions.Worker.TimerInfo;

namespace NetralitasSearch.LocalRunner.Triggers;

/// <summary>
/// The timer trigger of one function: runs it once the app is ready, then at each occurrence of its schedule (an
/// interval or CRON, <see cref="TimerSchedule"/>); runs never overlap, and a failed run is logged and the schedule goes on.
/// </summary>
public sealed partial class TimerTriggerService(
    FunctionDescriptor function,
    TimerSchedule schedule,
    IServiceProvider services,
    HostReadiness readiness,
    TimeProvider time,
    ILogger<TimerTriggerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.WaitAsync(stoppingToken).ConfigureAwait(false);
        DateTimeOffset? last = null;
        var due = time.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            var started = time.GetUtcNow();
            var next = schedule.Next(started);
            var timer = new WorkerTimerInfo
            {
                IsPastDue = started - due > schedule.Interval(due),
                ScheduleStatus = new Microsoft.Azure.Functions.Worker.ScheduleStatus { Last = (last ?? started).UtcDateTime, Next = next.UtcDateTime, LastUpdated = started.UtcDateTime },
            };
            try
            {
                await FunctionInvoker.InvokeAsync(services, function, new FunctionInvoker.Input(Timer: timer), stoppingToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogRunFailed(logger, exception, function.Name);
            }

            last = started;
            due = schedule.Next(started);
            var wait = due - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Function} failed; it runs again on schedule")]
    private static partial void LogRunFailed(ILogger logger, Exception exception, string function);
}

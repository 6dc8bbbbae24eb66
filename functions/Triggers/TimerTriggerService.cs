using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NetralitasSearch.Functions.Triggers;

/// <summary>Runs a timer-triggered function on its schedule once the host is ready; a failed run is logged and the schedule goes on.</summary>
public sealed partial class TimerTriggerService<TFunction>(
    TFunction function,
    TimeSpan schedule,
    HostReadiness readiness,
    ILogger<TimerTriggerService<TFunction>> logger) : BackgroundService
    where TFunction : ITimerTriggerFunction
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.WaitAsync(stoppingToken).ConfigureAwait(false);
        using var timer = new PeriodicTimer(schedule);
        var next = DateTimeOffset.UtcNow;
        do
        {
            var started = DateTimeOffset.UtcNow;
            try
            {
                await function.RunAsync(new TimerInfo(next, started - next > schedule), stoppingToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogRunFailed(logger, exception, typeof(TFunction).Name);
            }

            next = started + schedule;
        }
        while (await WaitAsync(timer, stoppingToken).ConfigureAwait(false));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Function} failed; it runs again on schedule")]
    private static partial void LogRunFailed(ILogger logger, Exception exception, string function);
}

namespace NetralitasSearch.Functions.Triggers;

/// <summary>A function run on a schedule (the Functions TimerTrigger).</summary>
public interface ITimerTriggerFunction
{
    Task RunAsync(TimerInfo timer, CancellationToken cancellationToken = default);
}

namespace NetralitasSearch.Functions.Triggers;

/// <summary>Set once storage has its containers and queues; triggers wait for it, health reports it.</summary>
public sealed class HostReadiness
{
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => ready.Task.IsCompleted;

    public void SetReady() => ready.TrySetResult();

    public Task WaitAsync(CancellationToken cancellationToken) => ready.Task.WaitAsync(cancellationToken);
}

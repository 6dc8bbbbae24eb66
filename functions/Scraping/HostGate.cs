using System.Collections.Concurrent;

namespace NetralitasSearch.Functions.Scraping;

/// <summary>
/// Politeness per host: one request at a time, and a pause of <c>delay</c> between the end of one request and
/// the start of the next. Holds for this host process; several instances each keep their own gate.
/// </summary>
public sealed class HostGate(TimeSpan delay, TimeProvider? timeProvider = null)
{
    private readonly TimeProvider time = timeProvider ?? TimeProvider.System;
    private readonly ConcurrentDictionary<string, Slot> slots = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits for the host's turn; dispose the pass when the request (body included) is done.</summary>
    public async Task<IDisposable> EnterAsync(string host, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(host);
        var slot = slots.GetOrAdd(host, _ => new Slot());
        await slot.Turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var wait = slot.FreeAt - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            slot.Turn.Release();
            throw;
        }

        return new Pass(slot, () => time.GetUtcNow() + delay);
    }

    private sealed class Slot
    {
        public SemaphoreSlim Turn { get; } = new(1, 1);

        public DateTimeOffset FreeAt { get; set; }
    }

    private sealed class Pass(Slot slot, Func<DateTimeOffset> freeAt) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                slot.FreeAt = freeAt();
                slot.Turn.Release();
            }
        }
    }
}

using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Triggers;

/// <summary>
/// A blob lease used as a lock across host instances, renewed in the background at a third of its duration so that
/// work longer than the lease (a scan of a large container, a reconciliation) keeps it; released when disposed. If
/// the process dies, the lease runs out by itself within one duration.
/// </summary>
public sealed class HeldLease : IAsyncDisposable
{
    private readonly IBlobStore blobs;
    private readonly string container;
    private readonly string name;
    private readonly string leaseId;
    private readonly CancellationTokenSource stop = new();
    private readonly Task renewal;
    private readonly long durationMilliseconds;
    private long renewedAt = Environment.TickCount64;
    private bool lost;

    private HeldLease(IBlobStore blobs, string container, string name, string leaseId, TimeSpan duration)
    {
        this.blobs = blobs;
        this.container = container;
        this.name = name;
        this.leaseId = leaseId;
        durationMilliseconds = (long)duration.TotalMilliseconds;
        renewal = Task.Run(() => RenewAsync(duration / 3));
    }

    /// <summary>The lease, or null when another instance holds it.</summary>
    public static async Task<HeldLease?> TryAcquireAsync(IBlobStore blobs, string container, string name, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        var leaseId = await blobs.TryAcquireLeaseAsync(container, name, duration, cancellationToken).ConfigureAwait(false);
        return leaseId is null ? null : new HeldLease(blobs, container, name, leaseId, duration);
    }

    /// <summary>Waits for the lease, trying every <paramref name="retry"/>, until it is free or the token is cancelled.</summary>
    public static async Task<HeldLease> AcquireAsync(IBlobStore blobs, string container, string name, TimeSpan duration, TimeSpan retry, CancellationToken cancellationToken = default)
    {
        var lease = await StorageRetry.WhileNull<HeldLease>(retry).ExecuteAsync(async token => await TryAcquireAsync(blobs, container, name, duration, token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        return lease!;
    }

    /// <summary>
    /// Whether the lease is surely still ours: not reported lost, and renewed within two thirds of its duration (a lease
    /// not renewed for a whole duration may already be another instance's).
    /// </summary>
    public bool IsHeld => !Volatile.Read(ref lost) && Environment.TickCount64 - Interlocked.Read(ref renewedAt) < durationMilliseconds * 2 / 3;

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync().ConfigureAwait(false);
        await renewal.ConfigureAwait(false);
        stop.Dispose();
        try
        {
            await blobs.ReleaseLeaseAsync(container, name, leaseId, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Storage unreachable: the lease expires on its own.
        }
    }

    private async Task RenewAsync(TimeSpan interval)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, stop.Token).ConfigureAwait(false);
                if (await blobs.RenewLeaseAsync(container, name, leaseId, stop.Token).ConfigureAwait(false))
                {
                    Interlocked.Exchange(ref renewedAt, Environment.TickCount64);
                }
                else
                {
                    Volatile.Write(ref lost, true);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception)
            {
                // A failed renewal is tried again next interval; if the lease is lost, the work is idempotent anyway.
            }
        }
    }
}

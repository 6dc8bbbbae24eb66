namespace NetralitasSearch.Functions.Alerts;

/// <summary>
/// How many alerts one client address may make without the admin key in the last hour
/// (<see cref="AlertOptions.PublicPerAddressPerHour"/>), counted in this host instance's memory: a bound on a loop or a
/// careless script, beside the total cap that storage enforces (<see cref="AlertOptions.MaxPublicAlerts"/>).
/// </summary>
public sealed class AlertCreationLimit(AlertOptions options, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    /// <summary>Addresses remembered at once; past it the ones whose last creation is over an hour old are forgotten.</summary>
    private const int MaxAddresses = 10_000;

    private readonly Dictionary<string, Queue<DateTimeOffset>> recent = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>Counts one creation for the address; false (and nothing counted) when it has made its hour's share.</summary>
    public bool TryTake(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var now = time.GetUtcNow();
        lock (gate)
        {
            if (recent.Count >= MaxAddresses)
            {
                foreach (var stale in recent.Where(r => r.Value.Count == 0 || now - r.Value.Last() >= Window).Select(r => r.Key).ToList())
                {
                    recent.Remove(stale);
                }
            }

            var times = recent.TryGetValue(address, out var known) ? known : recent[address] = new Queue<DateTimeOffset>();
            while (times.Count > 0 && now - times.Peek() >= Window)
            {
                times.Dequeue();
            }

            if (times.Count >= options.PublicPerAddressPerHour)
            {
                return false;
            }

            times.Enqueue(now);
            return true;
        }
    }
}

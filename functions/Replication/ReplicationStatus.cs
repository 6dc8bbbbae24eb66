namespace NetralitasSearch.Functions.Replication;

/// <summary>What /api/health says about replication: the generation served, the newest published, the writer lease.</summary>
public sealed class ReplicationStatus
{
    private readonly System.Threading.Lock gate = new();
    private IndexManifest? served;
    private IndexManifest? newest;

    /// <summary>Whether this instance holds the writer lease now (writer role).</summary>
    public bool Writing { get; set; }

    /// <summary>When the store last answered the poll; null before it ever did.</summary>
    public DateTimeOffset? LastContact { get; private set; }

    /// <summary>Why the newest publication is not served yet, if something is wrong with it or the store.</summary>
    public string? Problem { get; set; }

    public (IndexManifest? Served, IndexManifest? Newest) Generations()
    {
        lock (gate)
        {
            return (served, newest);
        }
    }

    public void Polled(IndexManifest? latest, DateTimeOffset now)
    {
        lock (gate)
        {
            newest = latest;
            LastContact = now;
        }
    }

    public void Serving(IndexManifest manifest)
    {
        lock (gate)
        {
            served = manifest;
            Problem = null;
        }
    }
}

namespace NetralitasSearch.Functions.Replication;

/// <summary>What an instance does with the index (<c>Index__Role</c>).</summary>
public enum IndexRole
{
    /// <summary>One machine: ingests, writes its own index and searches it (the default).</summary>
    All,

    /// <summary>Ingests; the one instance holding the writer lease indexes and publishes each commit; searches a replica.</summary>
    Writer,

    /// <summary>Ingests nothing: serves search from the newest published commit, copied to its own disk.</summary>
    Reader,
}

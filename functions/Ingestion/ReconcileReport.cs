namespace NetralitasSearch.Functions.Ingestion;

/// <summary>What a reconciliation found and did (snake_case in JSON).</summary>
public sealed record ReconcileReport
{
    public int Blobs { get; init; }

    public int Documents { get; init; }

    public long Indexed { get; init; }

    /// <summary>Blobs without a finished receipt for their version, or whose document went missing: queued again.</summary>
    public int Enqueued { get; init; }

    /// <summary>Stored documents whose blob is gone: removed with their index entries.</summary>
    public int OrphanDocumentsRemoved { get; init; }

    /// <summary>Index entries without a stored document: removed.</summary>
    public int OrphanIndexEntriesRemoved { get; init; }

    /// <summary>Stored documents missing from the index: indexed again from the documents container.</summary>
    public int Reindexed { get; init; }

    public long ElapsedMs { get; init; }
}

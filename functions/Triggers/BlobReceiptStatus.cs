namespace NetralitasSearch.Functions.Triggers;

/// <summary>Where a blob version is in its life. The first two are in flight; the others are where it ended.</summary>
public enum BlobReceiptStatus
{
    /// <summary>Enqueued by the scanner (or waiting to be retried after an error).</summary>
    Queued,

    /// <summary>A host is running the function on it now.</summary>
    Processing,

    /// <summary>The function succeeded (for IngestArticle: indexed).</summary>
    Processed,

    /// <summary>The content cannot be processed (unsupported, too large, no text): recorded at once, no retries.</summary>
    Failed,

    /// <summary>Errors on every attempt up to maxDequeueCount: moved to the poison queue.</summary>
    Poisoned,

    /// <summary>A new version with the same bytes as the version already processed: nothing to do.</summary>
    Skipped,

    /// <summary>The blob is gone and the function has handled its removal.</summary>
    Deleted,
}

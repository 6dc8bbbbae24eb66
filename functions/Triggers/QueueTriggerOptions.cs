namespace NetralitasSearch.Functions.Triggers;

/// <summary>host.json <c>extensions.queues</c>, with the Functions host's meaning for each setting.</summary>
public sealed class QueueTriggerOptions
{
    public const string Section = "AzureFunctionsJobHost:extensions:queues";

    /// <summary>The longest wait between polls of an empty queue (polling backs off up to this).</summary>
    public TimeSpan MaxPollingInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a failed message stays hidden before it is tried again.</summary>
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Messages fetched at once (1..32).</summary>
    public int BatchSize { get; set; } = 16;

    /// <summary>A new batch is fetched when fewer than this many messages are still being processed.</summary>
    public int NewBatchThreshold { get; set; } = 8;

    /// <summary>Attempts before a message goes to the poison queue.</summary>
    public int MaxDequeueCount { get; set; } = 5;
}

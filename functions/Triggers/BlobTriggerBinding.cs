namespace NetralitasSearch.Functions.Triggers;

/// <summary>Which container triggers which function through which queues (the attributes of a Functions BlobTrigger).</summary>
public sealed record BlobTriggerBinding(string FunctionName, string Container, string Queue, string PoisonQueue, string HostContainer);

namespace NetralitasSearch.Functions.Triggers;

/// <summary>Which container triggers which function through which queues (the attributes of a Functions BlobTrigger).</summary>
/// <param name="SkipUnchanged">
/// A new version whose bytes equal the version already processed is recorded as skipped instead of run again. Right
/// for articles (a re-upload must not re-index); wrong for URL lists, where uploading the same list again asks for a
/// fresh fetch.
/// </param>
public sealed record BlobTriggerBinding(string FunctionName, string Container, string Queue, string PoisonQueue, string HostContainer, bool SkipUnchanged = false);

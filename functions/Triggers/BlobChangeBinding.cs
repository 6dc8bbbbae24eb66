namespace NetralitasSearch.Functions.Triggers;

/// <summary>
/// How the changes of one container reach one blob-triggered function: its name (which names its receipts), the
/// container, the queue of changes the scan and repairs write to (the function's queue twin reads it), the poison
/// queue, and the host container where receipts and locks live.
/// </summary>
/// <param name="SkipUnchanged">
/// A new version whose bytes equal the version already processed is recorded as skipped instead of run again. Right
/// for articles (a re-upload must not re-index); wrong for URL lists, where uploading the same list again asks for a
/// fresh fetch.
/// </param>
public sealed record BlobChangeBinding(string FunctionName, string Container, string Queue, string PoisonQueue, string HostContainer, bool SkipUnchanged = false);

namespace NetralitasSearch.Functions.Triggers;

/// <param name="Skipped">The scan did not run because another host instance holds the scan lease.</param>
public sealed record ScanResult(int Blobs, int Enqueued, int Deleted, bool Skipped = false);

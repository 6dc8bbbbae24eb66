namespace NetralitasSearch.Functions.Replication;

/// <summary>One file of a published commit: its Lucene name, size, SHA-256 (hex) and the blob holding its bytes.</summary>
public sealed record ManifestFile(string Name, long Length, string Sha256, string Blob);

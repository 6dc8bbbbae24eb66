namespace NetralitasSearch.Functions.Scraping;

/// <summary>The blob holding a fetched page: a new version, or the latest one when the page had not changed.</summary>
public sealed record ArchivedPage(string BlobName, string ETag, bool IsNewVersion);

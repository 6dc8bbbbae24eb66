namespace NetralitasSearch.Indexer.Pipeline;

/// <summary>Where a file came from: its id, its path or blob name, and the version read.</summary>
public sealed record DocumentOrigin(string Id, string File, string? Container = null, string? Etag = null)
{
    public static DocumentOrigin ForFile(string path) => new(Documents.DocumentId.ForFile(path), path);

    public static DocumentOrigin ForBlob(string container, string name, string? etag) => new(Documents.DocumentId.ForBlob(container, name), name, container, etag);
}
